/**
 * The way out before the banner upgrades. A page's fallback inside `<hf-hotline-banner>` holds a
 * plain exit link marked `data-hf-exit`; as soon as this module runs, a click on that link and
 * Shift ×3 do the element's full quick exit (`leavePage`: hide, blank title, marker,
 * `location.replace`), while the rest of the library is still on its way. `dist/hf-quick-exit.js`
 * and the banner's own file start with it; so do the bundle and the npm module.
 *
 * Once the element is defined it takes over: Shift ×3 is the element's own (this listener leaves
 * the page's one watcher), and a click on a fallback link still shown (while loading, on error)
 * is handed to the element's `exit()`, so every way out fires `hf-exit` and exits once.
 */
import {BANNER_TAG, leavePage, usableExitUrl} from './quick-exit.js';
import {subscribeToShiftTriple, unsubscribeFromShiftTriple, type ShiftTripleListener} from './shift-watcher.js';

/** The fallback's exit link, a direct or deeper light-DOM child of a banner. */
const EXIT_LINK = `${BANNER_TAG} a[data-hf-exit]`;

/** What of the upgraded element this module calls; a type only, so no element code comes in. */
interface UpgradedBanner extends HTMLElement {
  quickExit: boolean;
  exit(trigger: 'control' | 'keyboard'): void;
}

/**
 * Exits for `banner`: through the element once it is upgraded to this library's element (a page
 * may have defined the tag as something else, which cannot exit), else at once from here, for
 * the banner's `exit-url` when usable (what the element will use), else the fallback link's own
 * address when usable, else the element's default.
 */
function exitFor(banner: Element & Partial<UpgradedBanner>, link: Element | null | undefined, trigger: 'control' | 'keyboard'): void {
  if (customElements.get(BANNER_TAG) === banner.constructor && typeof banner.exit === 'function') {
    if (trigger === 'control' || banner.quickExit) banner.exit(trigger);
  } else leavePage(usableExitUrl(banner.getAttribute('exit-url'), link?.getAttribute('href')));
}

/** Capture phase on the window: before any page handler can stop the click. */
function onClick(event: MouseEvent): void {
  // The exit link on the click's way, also when it began inside a shadow root in the link (an
  // icon element), which `closest` would not leave.
  const link = event.composedPath().find((node) => (node as Partial<Element>).matches?.(EXIT_LINK)) as Element | undefined;
  const banner = link?.closest(BANNER_TAG);
  if (!banner) return;
  event.preventDefault();
  exitFor(banner, link, 'control');
}

/** Shift ×3 for the first banner that offers a way out, until the element takes over. */
const earlyShiftListener: ShiftTripleListener = {
  onShiftProgress() {},
  onShiftReset() {},
  onShiftTriple() {
    const link = document.querySelector<HTMLAnchorElement>(EXIT_LINK);
    const banner = link?.closest(BANNER_TAG) ?? document.querySelector(`${BANNER_TAG}[quick-exit]`);
    if (banner) exitFor(banner, link, 'keyboard');
  },
};

/** Marks the page armed, so a second copy of the library (another drop-in file) adds nothing. */
const ARMED_KEY = Symbol.for('hf-widgets.fallback-exit');

if (typeof window !== 'undefined' && !(window as {[ARMED_KEY]?: boolean})[ARMED_KEY]) {
  (window as {[ARMED_KEY]?: boolean})[ARMED_KEY] = true;
  window.addEventListener('click', onClick, true);
  subscribeToShiftTriple(earlyShiftListener);
  // The element subscribes itself as it connects (with `quick-exit`); from then on it answers.
  void customElements.whenDefined(BANNER_TAG).then(() => unsubscribeFromShiftTriple(earlyShiftListener));
}
