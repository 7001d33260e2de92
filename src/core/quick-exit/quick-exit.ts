/**
 * Quick exit, for readers who must leave a page at once (GOV.UK's "Exit this page" pattern).
 * `leavePage` does the safety steps in a fixed order; the return marker (`return-marker.ts`)
 * makes a return to a page of the site through history (Back, Forward, the back/forward cache,
 * an earlier in-page entry) find it hidden and leave again, while a fresh visit or a reload shows
 * it. Shift ×3, the keyboard way to exit, is in `shift-watcher.ts` (the element's side in
 * `shift-triple.ts`). No Lit here: a small script can arm the exit before the banner loads.
 */
import {hidePage, showPageForTests} from './page-cover.js';
import {
  EXIT_MARKER_KEY,
  EXIT_MARKER_MS,
  STORAGE_PREFIX,
  activeExitMarker,
  clearExitMarker,
  reserveExitMarker,
  writeExitMarker,
} from './return-marker.js';
import type {ExitMarker} from './return-marker.js';
import {mayBeSurroundingPage} from './same-page.js';

export {EXIT_MARKER_KEY, EXIT_MARKER_MS, STORAGE_PREFIX};

/** The element whose fallback and `quick-exit` this module reads. */
export const BANNER_TAG = 'hf-hotline-banner';

/** A neutral page that phones open in the browser rather than an app. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/webhp';

/**
 * A page of this site loaded afresh within this time of an exit was reached through the exit
 * address itself: its navigation began at the exit (an HTTP redirect keeps the start of the
 * navigation), too soon for a reader to have typed an address.
 */
export const BOUNCE_MS = 2000;

/**
 * The message a banner in a frame sends to the page holding the frame, `{type, url}`: that
 * page's `hf-embed-resize.js` carries out the exit there. Firefox lets a frame of another origin
 * navigate the whole tab only within seconds of the reader's last click in it.
 */
export const EMBED_EXIT_MESSAGE = 'hf-embed-exit';

/**
 * The navigation step, replaceable so that a test can see where the page would go without
 * leaving it. Production code never changes it.
 */
export const exitNavigation = {
  replace(url: string): void {
    if (window.top !== window) {
      // Take the whole tab away: the frame alone would leave the host page on screen.
      try {
        window.parent.postMessage({type: EMBED_EXIT_MESSAGE, url}, '*');
      } catch {
        // A detached frame: nothing to ask.
      }
    }
    // The top window is this one when there is no frame.
    try {
      window.top!.location.replace(url);
    } catch {
      // Refused (no recent click, or a sandbox), or a detached frame: leave at least this frame.
      location.replace(url);
    }
  },
};

/**
 * `exit-url` is usable when it is an absolute http(s) address of another page: `#`, `?x`, a
 * relative path, an address that does not parse, this very page in another spelling, or (in a
 * frame) the page that holds the frame would leave the reader where they are.
 */
export function isUsableExitUrl(url: string): boolean {
  try {
    // A host name with a space or a `%` does not parse in Firefox, and Chromium makes an error page of it.
    return /^https?:\/\//i.test(url) && !/[\s%]/.test(new URL(url).hostname) && !mayBeSurroundingPage(url);
  } catch {
    return false;
  }
}

/** The first of `wanted` that is a usable exit address, written out in full; else the default. */
export function usableExitUrl(...wanted: (string | null | undefined)[]): string {
  for (const url of wanted) if (url && isUsableExitUrl(url)) return new URL(url).href;
  return DEFAULT_EXIT_URL;
}

/** A page's quick exits: a banner with `quick-exit`, or the fallback's plain exit link. */
export const QUICK_EXIT_CONTROLS = `${BANNER_TAG}[quick-exit], a[data-hf-exit]`;

/**
 * The exit address of this page: that of its first quick exit (a `quick-exit` banner, or a
 * fallback `<a data-hf-exit>` link) when usable, else the default. A return to the page leaves
 * only ever for this address, never for one read from storage.
 */
export function pageExitUrl(): string {
  const control = document.querySelector(QUICK_EXIT_CONTROLS);
  return usableExitUrl(control?.getAttribute(control.localName === 'a' ? 'href' : 'exit-url'));
}

/** Removes everything this library stored in localStorage. */
function clearStoredState(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
  } catch {
    // Storage can be disabled by the browser; then there is nothing of ours to clear.
  }
}

function suppressReferrer(): void {
  let meta = document.head?.querySelector<HTMLMetaElement>('meta[name="referrer"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'referrer';
    (document.head ?? document.documentElement).append(meta);
  }
  meta.content = 'no-referrer';
}

export interface LeaveOptions {
  /** What assistive technology hears while the page goes, in the banner's language. */
  announcement?: string;
  /** The language of `announcement`. */
  lang?: string;
}

/** What assistive technology hears when no banner says it in its own language. */
const LEAVING = 'Leaving this page.';

function leave(exitUrl: string, {announcement = LEAVING, lang}: LeaveOptions, bounces = 0): void {
  hidePage(announcement, lang);
  clearStoredState();
  writeExitMarker({at: Date.now(), bounces});
  suppressReferrer();
  exitNavigation.replace(exitUrl);
}

/**
 * Leaves the page, in this order and at once: hide the content (and blank the title), clear
 * stored state, mark the exit for this tab, stop the referrer, then replace the page so Back
 * does not return to it. The page stays hidden until the browser has replaced it.
 */
export function leavePage(exitUrl: string, options: LeaveOptions = {}): void {
  leave(exitUrl, options);
}

/** This document's navigation timing (none in an old browser). */
const navigationEntry = (): PerformanceNavigationTiming | undefined =>
  (performance.getEntriesByType?.('navigation') as PerformanceNavigationTiming[] | undefined)?.[0];

/** How this document was reached: `navigate`, `reload`, `back_forward` or `prerender`. */
const navigationType = (): string => navigationEntry()?.type ?? 'navigate';

/** True when this document was loaded afresh right after an exit: the exit address led back here. */
function bouncedBack(marker: ExitMarker): boolean {
  const sinceExit = performance.timeOrigin - marker.at;
  return navigationType() === 'navigate' && sinceExit >= -500 && sinceExit < BOUNCE_MS;
}

/**
 * Runs when the page is shown: `throughHistory` when the reader came back to it through history
 * (Back, Forward, the back/forward cache, an earlier in-page entry). After a recent exit in this
 * tab such a return hides the page and leaves again, for the page's own exit address. A fresh
 * navigation or a reload shows the page, unless the exit address itself sent the reader straight
 * back here: then the exit goes on to the default address, and if that too comes back, to an
 * empty page; it never loops.
 */
function leaveAgainIfExited(throughHistory: boolean): void {
  const marker = activeExitMarker();
  if (!marker) return;
  if (throughHistory) {
    // An entry the reader opened afresh after this exit is theirs.
    if (openedAfterExit(marker)) return;
    // Hidden at once; the address is read once the page's own scripts have set up its banner.
    hidePage(LEAVING);
    whenParsed(() => leave(pageExitUrl(), {}));
  } else if (bouncedBack(marker) && document.querySelector(QUICK_EXIT_CONTROLS)) {
    // Never this page in any spelling: `isUsableExitUrl` refuses that.
    leave(marker.bounces === 0 && pageExitUrl() !== DEFAULT_EXIT_URL ? DEFAULT_EXIT_URL : 'about:blank', {}, marker.bounces + 1);
  } else {
    openedAfterExit(marker, true);
  }
}

/**
 * The key this library adds to the state of a history entry that the reader opened afresh (or
 * reloaded) after an exit, holding the time of that exit. Back or Forward to the entry later shows
 * it, while the same exit is the latest; entries from before the exit carry no such key (or that
 * of an older exit), and the fled entry itself is gone (`location.replace`).
 */
export const OPENED_AFTER_EXIT_KEY = `${STORAGE_PREFIX}opened-after-exit`;

/** The entry's state when the page keeps none or a plain object, which can take our key too. */
function plainState(): Record<string, unknown> | undefined {
  const state: unknown = history.state ?? {};
  // A string, a number or a boolean has its wrapper's prototype here, never Object's.
  return Object.getPrototypeOf(state) === Object.prototype ? (state as Record<string, unknown>) : undefined;
}

/**
 * Whether the reader opened this history entry afresh (or reloaded it) after the exit of
 * `marker`; with `mark`, an entry that is not marked so is marked now.
 */
function openedAfterExit(marker: ExitMarker, mark?: boolean): boolean {
  try {
    const state = plainState();
    if (state?.[OPENED_AFTER_EXIT_KEY] === marker.at) return true;
    // A state of another kind (a string, an array, a class) is the page's own to keep: unmarked,
    // the entry leaves on Back, the safe side.
    if (mark && state) history.replaceState({...state, [OPENED_AFTER_EXIT_KEY]: marker.at}, '');
  } catch {
    // History refused (a sandbox, too many calls): the entry stays unmarked.
  }
  return false;
}

/**
 * Runs `then` once the document's own deferred and module scripts have run (one of them may set
 * the banner's `exit-url`), or at once when that has happened already.
 */
function whenParsed(then: () => void): void {
  if (document.readyState === 'loading' || navigationEntry()?.domContentLoadedEventStart === 0)
    document.addEventListener('DOMContentLoaded', then, {once: true});
  else then();
}

/**
 * A document shown again from the back/forward cache, or moving to an earlier entry of its own,
 * counts as a return only when it was there at the exit: a page the reader opened afresh after
 * the exit is theirs to use.
 */
function onShownAgain(): void {
  const marker = activeExitMarker();
  if (marker && performance.timeOrigin <= marker.at) leaveAgainIfExited(true);
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  // A page with a quick exit keeps the marker's room from the start (a banner added later
  // reserves it when it arms Shift ×3).
  if (document.querySelector(QUICK_EXIT_CONTROLS)) reserveExitMarker();
  leaveAgainIfExited(navigationType() === 'back_forward');
  window.addEventListener('pageshow', (event) => event.persisted && onShownAgain(), true);
  window.addEventListener('popstate', onShownAgain, true);
  // Firefox restores a page from its back/forward cache with the sessionStorage it had when the
  // reader left it, so a page of this site visited before the exit cannot see the marker. An
  // unload listener keeps Firefox from caching pages that load the banner: Back loads them
  // afresh, and they read the marker. (Chromium shows the marker to cached pages, and ignores
  // this listener for caching.)
  window.addEventListener('unload', () => undefined);
}

/** For tests: shows the page again and forgets the exit, after a `leavePage` whose navigation was replaced. */
export function restorePageForTests(): void {
  showPageForTests();
  clearExitMarker();
}
