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
 * Inline styles set through the CSSOM (`style.cssText`) are allowed under a strict CSP.
 *
 * Written for the minifier (this is part of `dist/hf-quick-exit.js`, which must stay small):
 * module-level functions and variables, whose names it shortens, rather than objects and class
 * members, whose names it keeps.
 */

/**
 * Each element's declarations, every one !important (`important` adds that). `all: initial`
 * comes first: it resets every property a page rule could aim at the element (scale, translate,
 * masks, clips, blend modes, transitions, opacity, margins, pointer events…) to its initial value,
 * visibility to `visible` among them, whatever the root has; then the element's own declarations
 * win over it. `position: fixed` makes either a block.
 */
// No size in viewport units: a page's `zoom` on the root would scale them down; `inset: 0` fills the window whatever the zoom.
const COVER_STYLE = 'position:fixed;inset:0;zoom:1;background:Canvas;z-index:2147483647';
/** Visible to assistive technology, not on screen (and under the cover in any case); a box of 1px, so `inset: 0` places it at the start. */
const ANNOUNCEMENT_STYLE = 'position:fixed;inset:0;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';
// Split and joined rather than `replaceAll`, which some pages replace with a polyfill that
// changes only the first match.
const important = (declarations: string): string => `all:initial;${declarations};`.split(';').join('!important;');

/** The style attribute each of our elements was given, to see when a page script changed it. */
const givenStyles = new WeakMap<HTMLElement, string | null>();

/** The events that tell of an opening into the top layer (full screen's reach the window from the element or the document). */
const TOP_LAYER_EVENTS = ['beforetoggle', 'toggle', 'fullscreenchange'];

// While the page is hidden: the cover, the alert and the observer that keeps them.
let cover: HTMLElement | undefined;
let announcement: HTMLElement;
let observer: MutationObserver;

/**
 * Puts every part of the hiding back where the page may have changed it, then drops the
 * observer's records of these changes (writing a value that is there already makes one too),
 * so that it cannot feed itself.
 */
function keepHidden(): void {
  if (!cover) return;
  const root = document.documentElement;
  // Where it is set already, this changes nothing (and the style attribute stays as it is).
  root.style.setProperty('visibility', 'hidden', 'important');
  for (const attribute of ['hidden', 'inert']) root.removeAttribute(attribute);
  if (document.title) document.title = '';
  for (const [element, style] of [
    [cover, COVER_STYLE],
    [announcement, ANNOUNCEMENT_STYLE],
  ] as const) {
    if (element.parentNode !== root) root.append(element);
    // The page's script may have written to the element's style or attributes.
    if (givenStyles.get(element) !== element.getAttribute('style')) {
      element.style.cssText = important(style);
      givenStyles.set(element, element.getAttribute('style'));
    }
    for (const attribute of ['hidden', 'inert', 'class', 'id']) element.removeAttribute(attribute);
  }
  announcement.setAttribute('role', 'alert');
  raiseCover(closeTopLayer());
  observer.takeRecords();
}

/** Closes what the page opened into the top layer, which would stand above the cover: true when there was something. */
function closeTopLayer(): boolean {
  let opened = false;
  try {
    for (const element of document.querySelectorAll<HTMLElement>(':modal, :popover-open')) {
      if (element === cover) continue;
      opened = true;
      if (element instanceof HTMLDialogElement) element.close();
      else if (element.matches(':popover-open')) element.hidePopover();
    }
  } catch {
    // A browser without these selectors has no top layer either.
  }
  if (document.fullscreenElement) {
    opened = true;
    void document.exitFullscreen().catch(() => undefined);
  }
  return opened;
}

/**
 * Shows the cover in the top layer, or, when something was `opened` meanwhile, shows it again,
 * which takes it to the top, above that. (A cover taken out of the document and put back has left
 * the top layer: it is shown again too.)
 */
function raiseCover(opened: boolean): void {
  try {
    cover!.popover = 'manual';
    if (cover!.matches(':popover-open')) {
      if (!opened) return;
      cover!.hidePopover();
    }
    cover!.showPopover();
  } catch {
    // Fixed and topmost without the top layer is the best an old browser offers.
  }
}

/**
 * One cover for the page, whatever copies of the quick exit it runs (the bundle's first file and
 * its elements' file each carry one; so does a drop-in file beside the bundle): every copy hides
 * through the first copy's cover. Two covers would each close the other as "opened above the
 * cover", and neither would stay in the top layer.
 */
const PAGE_COVER = Symbol.for('hf-widgets.page-cover');

/**
 * Hides the page at once and keeps it hidden until it is gone, leaving `text` as the only thing
 * assistive technology still finds on it, in `lang`.
 */
export function hidePage(text: string, lang?: string): void {
  const page = window as {[PAGE_COVER]?: typeof hidePage};
  (page[PAGE_COVER] ??= hideWithThisCopy)(text, lang);
}

function hideWithThisCopy(text: string, lang?: string): void {
  if (!cover) {
    cover = document.createElement('div');
    cover.setAttribute('aria-hidden', 'true');
    announcement = document.createElement('div');
    let corrections = 0;
    observer = new MutationObserver(() => {
      // A page script that answers each correction with a change of its own must not hold the
      // page in an endless loop: past 100 corrections in one task, wait for the next task.
      if (++corrections === 1)
        setTimeout(() => {
          corrections = 0;
          keepHidden();
        });
      if (corrections <= 100) keepHidden();
    });
    observer.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
    // Opening a popover announces itself first (beforetoggle) and can be refused then.
    for (const type of TOP_LAYER_EVENTS) window.addEventListener(type, onTopLayerEvent, true);
  }
  announcement.textContent = text;
  if (lang) announcement.lang = lang;
  keepHidden();
}

function onTopLayerEvent(event: Event): void {
  if (!cover || event.target === cover) return;
  // An opening can be refused only before it happens (closing cannot be refused: then the call does nothing).
  if (event.type === 'beforetoggle') {
    if ((event as ToggleEvent).newState === 'open') event.preventDefault();
  } else keepHidden();
}

/** For tests: shows the page again, after a `hidePage` whose navigation was replaced. */
export function showPageForTests(): void {
  if (cover) {
    observer.disconnect();
    for (const type of TOP_LAYER_EVENTS) window.removeEventListener(type, onTopLayerEvent, true);
    cover.remove();
    announcement.remove();
    cover = undefined;
  }
  delete (window as {[PAGE_COVER]?: unknown})[PAGE_COVER];
  document.documentElement.style.removeProperty('visibility');
}
