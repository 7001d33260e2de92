/**
 * Hiding the page at an exit, and keeping it hidden until the browser has replaced it: the exit
 * address may take seconds to load, and meanwhile the page's own scripts still run (a title
 * counter, a router, a dialog, a framework re-rendering `<body>`).
 *
 * - `visibility: hidden` on the root as an inline !important style, which beats any stylesheet,
 *   layered or not; it also takes the page out of the accessibility tree.
 * - An opaque cover in the top layer, above everything the page can stack, whose own inline
 *   !important styles no page rule can undo. It is a child of `<html>`, not of `<body>`, so a
 *   framework that replaces the body does not take it along.
 * - A short alert ("Leaving this page."), the one thing left in the accessibility tree.
 * - Until the page is gone, an observer puts all of this back at once (before the next frame)
 *   whenever the page changes it, blanks the title again, and closes any dialog or popover the
 *   page opens above the cover.
 * Inline styles set through the CSSOM are allowed under a strict CSP.
 */

/** The style attribute each of our elements was given, to see when a page script changed it. */
const givenStyles = new WeakMap<HTMLElement, string | null>();

/**
 * Every property a page rule could aim at the element (scale, translate, masks, clips, blend
 * modes, transitions…) reset by `all: initial`, then what the element needs; all !important.
 */
function setStyles(element: HTMLElement, styles: [string, string][]): void {
  if (givenStyles.has(element) && givenStyles.get(element) === element.getAttribute('style')) return;
  element.removeAttribute('style');
  element.style.setProperty('all', 'initial', 'important');
  for (const [name, value] of styles) element.style.setProperty(name, value, 'important');
  givenStyles.set(element, element.getAttribute('style'));
}

const COVER_STYLES: [string, string][] = [
  ['display', 'block'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['inline-size', '100vw'],
  ['block-size', '100vh'],
  ['max-inline-size', 'none'],
  ['max-block-size', 'none'],
  ['margin', '0'],
  ['zoom', '1'],
  ['background', 'Canvas'],
  ['z-index', '2147483647'],
  ['pointer-events', 'auto'],
];

/** Visible to assistive technology, not on screen (and under the cover in any case). */
const ANNOUNCEMENT_STYLES: [string, string][] = [
  ['display', 'block'],
  ['visibility', 'visible'],
  ['position', 'fixed'],
  ['inset-block-start', '0'],
  ['inset-inline-start', '0'],
  ['inline-size', '1px'],
  ['block-size', '1px'],
  ['overflow', 'hidden'],
  ['clip-path', 'inset(50%)'],
  ['white-space', 'nowrap'],
];

interface Hiding {
  cover: HTMLElement;
  announcement: HTMLElement;
  observer: MutationObserver;
}

let hiding: Hiding | undefined;

function hideRoot(): void {
  const root = document.documentElement;
  if (root.style.getPropertyValue('visibility') !== 'hidden' || root.style.getPropertyPriority('visibility') !== 'important')
    root.style.setProperty('visibility', 'hidden', 'important');
  for (const attribute of ['hidden', 'inert']) root.removeAttribute(attribute);
}

function showCover(cover: HTMLElement): void {
  if (!('showPopover' in cover)) return;
  if (cover.popover !== 'manual') cover.popover = 'manual';
  try {
    // Shown again, it goes to the top of the top layer, above anything opened meanwhile.
    if (cover.matches(':popover-open')) cover.hidePopover();
    cover.showPopover();
  } catch {
    // Fixed and topmost without the top layer is the best an old browser offers.
  }
}

/** Closes what the page opened into the top layer, which would stand above the cover. */
function closeTopLayer(cover: HTMLElement): boolean {
  let closed = false;
  let opened: HTMLElement[] = [];
  try {
    opened = [...document.querySelectorAll<HTMLElement>(':modal, :popover-open')];
  } catch {
    // A browser without these selectors has no top layer either.
  }
  for (const element of opened) {
    if (element === cover) continue;
    closed = true;
    if (element instanceof HTMLDialogElement) element.close();
    else if (element.matches(':popover-open')) element.hidePopover();
  }
  if (document.fullscreenElement) {
    closed = true;
    void document.exitFullscreen().catch(() => undefined);
  }
  return closed;
}

/** Puts every part of the hiding back where the page may have changed it. */
function keepHidden(): void {
  if (!hiding) return;
  const {cover, announcement} = hiding;
  hideRoot();
  if (document.title !== '') document.title = '';
  const root = document.documentElement;
  let moved = false;
  for (const [element, styles] of [
    [cover, COVER_STYLES],
    [announcement, ANNOUNCEMENT_STYLES],
  ] as const) {
    if (element.parentNode !== root) {
      root.append(element);
      moved = true;
    }
    // The page's script may have written to the element's style or attributes.
    setStyles(element, styles);
    for (const attribute of ['hidden', 'inert', 'class', 'id']) element.removeAttribute(attribute);
  }
  if (announcement.getAttribute('role') !== 'alert') announcement.setAttribute('role', 'alert');
  if (closeTopLayer(cover) || moved || !cover.matches(':popover-open')) showCover(cover);
}

/**
 * Hides the page at once and keeps it hidden until it is gone, leaving `announcement` as the
 * only thing assistive technology still finds on it.
 */
export function hidePage(announcement: string, lang?: string): void {
  if (!hiding) {
    const cover = document.createElement('div');
    cover.setAttribute('aria-hidden', 'true');
    const spoken = document.createElement('div');
    let corrections = 0;
    const observer = new MutationObserver(() => {
      // A page script that answers each correction with a change of its own must not hold the
      // page in an endless loop: past 100 corrections in one task, wait for the next task.
      if (++corrections === 1)
        setTimeout(() => {
          corrections = 0;
          keepHidden();
          observer.takeRecords();
        });
      if (corrections > 100) return;
      keepHidden();
      // Records of what this callback itself changed are dropped, so it cannot feed itself.
      observer.takeRecords();
    });
    hiding = {cover, announcement: spoken, observer};
    observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
    // Opening a popover announces itself first and can be refused then.
    window.addEventListener('beforetoggle', refuseOpening, true);
    window.addEventListener('toggle', onToggle, true);
    document.addEventListener('fullscreenchange', onToggle, true);
  }
  hiding.announcement.textContent = announcement;
  if (lang) hiding.announcement.lang = lang;
  keepHidden();
  hiding.observer.takeRecords();
}

function refuseOpening(event: Event): void {
  if (hiding && event.target !== hiding.cover && (event as ToggleEvent).newState === 'open' && event.cancelable) event.preventDefault();
}

function onToggle(event: Event): void {
  if (hiding && event.target !== hiding.cover) keepHidden();
}

/** For tests: shows the page again, after a `hidePage` whose navigation was replaced. */
export function showPageForTests(): void {
  if (hiding) {
    hiding.observer.disconnect();
    window.removeEventListener('beforetoggle', refuseOpening, true);
    window.removeEventListener('toggle', onToggle, true);
    document.removeEventListener('fullscreenchange', onToggle, true);
    hiding.cover.remove();
    hiding.announcement.remove();
    hiding = undefined;
  }
  document.documentElement.style.removeProperty('visibility');
}
