/**
 * Quick exit, for readers who must leave a page at once (GOV.UK's "Exit this page" pattern).
 * `leavePage` does the safety steps in a fixed order; a short-lived marker makes a return to the
 * page in the same tab (Back, the back/forward cache, an earlier in-page history entry) find it
 * hidden and leave again. Shift ×3, the keyboard way to exit, is in `shift-triple.ts`.
 */
import {isWebUrl} from '../document/safe-url.js';

/** A neutral page that phones open in the browser rather than an app. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/webhp';

/** localStorage keys of this library start with this; quick exit removes them all. */
export const STORAGE_PREFIX = 'hf-widgets:';

/**
 * The sessionStorage key of the exit marker: the time until which a return to this page in this
 * tab leaves again, and where to. It holds no personal data, lives only in this tab, and expires.
 */
export const EXIT_MARKER_KEY = `${STORAGE_PREFIX}exited`;

/** How long after an exit a return to the page in the same tab leaves again. */
export const EXIT_MARKER_MS = 30 * 60 * 1000;

/**
 * The navigation step, replaceable so that a test can see where the page would go without
 * leaving it. Production code never changes it.
 */
export const exitNavigation = {
  replace(url: string): void {
    // In a frame, take the whole tab away: the frame alone would leave the host page on screen.
    // Browsers allow it from a frame of another origin only on the reader's own gesture.
    if (window.top && window.top !== window) {
      try {
        window.top.location.replace(url);
        return;
      } catch {
        // A sandbox without top navigation: leave at least this frame.
      }
    }
    location.replace(url);
  },
};

/**
 * `exit-url` is usable when it is an absolute http(s) address of another page: `#`, `?x`, a
 * relative path or this very page would leave the reader where they are.
 */
export function isUsableExitUrl(url: string): boolean {
  return isAbsoluteWebUrl(url) && !isSamePage(url);
}

const isAbsoluteWebUrl = (url: string): boolean => /^https?:\/\//i.test(url) && isWebUrl(url);

/** The same page as this one, whatever the scheme, query or fragment (`http:` for `https:`, `?x`, `#`). */
function isSamePage(url: string): boolean {
  const target = new URL(url, location.href);
  return target.host === location.host && target.pathname === location.pathname;
}

/** Removes everything this library stored in localStorage. */
function clearStoredState(): void {
  try {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    for (const key of keys) localStorage.removeItem(key);
  } catch {
    // Storage can be disabled by the browser; then there is nothing of ours to clear.
  }
}

function suppressReferrer(): void {
  let meta = document.head.querySelector<HTMLMetaElement>('meta[name="referrer"]');
  if (!meta) {
    meta = document.createElement('meta');
    meta.name = 'referrer';
    document.head.append(meta);
  }
  meta.content = 'no-referrer';
}

let cover: HTMLElement | undefined;

/**
 * Hides the page so that its own CSS cannot bring it back: `visibility: hidden` on the root as an
 * inline !important style (which beats any stylesheet, layered or not), and an opaque cover in
 * the top layer, above everything the page can stack, whose own inline !important styles a
 * page rule cannot undo. Inline styles set through the CSSOM are allowed under a strict CSP.
 */
function hidePage(): void {
  document.documentElement.style.setProperty('visibility', 'hidden', 'important');
  document.title = '';
  if (cover?.isConnected) return;
  cover = document.createElement('div');
  // `all: initial` first resets every property a page rule could aim at the cover (scale,
  // translate, rotate, zoom, masks, clips, offset paths, blend modes, transitions…); the
  // declarations after it then set only what the cover needs. All inline and !important.
  const styles: [string, string][] = [
    ['all', 'initial'],
    ['display', 'block'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['position', 'fixed'],
    ['inset', '0'],
    ['inline-size', '100vw'],
    ['block-size', '100vh'],
    ['zoom', '1'],
    ['background', 'Canvas'],
    ['z-index', '2147483647'],
    ['pointer-events', 'auto'],
  ];
  for (const [name, value] of styles) cover.style.setProperty(name, value, 'important');
  cover.setAttribute('aria-hidden', 'true');
  (document.body ?? document.documentElement).append(cover);
  if ('showPopover' in cover) {
    cover.popover = 'manual';
    try {
      cover.showPopover();
    } catch {
      // Fixed and topmost without the top layer is the best an old browser offers.
    }
  }
}

function setExitMarker(exitUrl: string): void {
  try {
    sessionStorage.setItem(EXIT_MARKER_KEY, JSON.stringify({until: Date.now() + EXIT_MARKER_MS, url: exitUrl}));
  } catch {
    // Without storage, Back may show the page again; the docs say so.
  }
}

/** The exit URL of a recent exit in this tab, or undefined (an expired marker is removed). */
function activeExitMarker(): string | undefined {
  try {
    const raw = sessionStorage.getItem(EXIT_MARKER_KEY);
    if (!raw) return undefined;
    const marker = JSON.parse(raw) as {until?: unknown; url?: unknown};
    if (typeof marker.until === 'number' && marker.until > Date.now() && typeof marker.url === 'string' && isAbsoluteWebUrl(marker.url)) {
      return marker.url;
    }
    sessionStorage.removeItem(EXIT_MARKER_KEY);
  } catch {
    // Unreadable storage or a marker we did not write: no marker.
  }
  return undefined;
}

/**
 * Leaves the page, in this order and at once: hide the content (and blank the title), clear
 * stored state, mark the exit for this tab, stop the referrer, then replace the page so Back
 * does not return to it.
 */
export function leavePage(exitUrl: string): void {
  hidePage();
  clearStoredState();
  setExitMarker(exitUrl);
  suppressReferrer();
  exitNavigation.replace(exitUrl);
}

/**
 * If this tab left a page a short while ago, hide this one and leave again at once, unless this
 * is the exit page itself (an exit address on the same site that also loads the library).
 */
function leaveAgainIfExited(): void {
  const url = activeExitMarker();
  if (url && !isSamePage(url)) leavePage(url);
}

/**
 * As soon as the library loads (the first thing the page can run of ours), and whenever the
 * browser shows the page again from its back/forward cache or an earlier history entry of the
 * same document.
 */
if (typeof window !== 'undefined') {
  leaveAgainIfExited();
  window.addEventListener('pageshow', leaveAgainIfExited, true);
  window.addEventListener('popstate', leaveAgainIfExited, true);
  // Firefox restores a page from its back/forward cache with the sessionStorage it had when the
  // reader left it, so a page of this site visited before the exit cannot see the marker. An
  // unload listener keeps Firefox from caching pages that load the banner: Back loads them
  // afresh, and they read the marker. (Chromium shows the marker to cached pages, and ignores
  // this listener for caching.)
  window.addEventListener('unload', () => undefined);
}

/** For tests: shows the page again and forgets the exit, after a `leavePage` whose navigation was replaced. */
export function restorePageForTests(): void {
  document.documentElement.style.removeProperty('visibility');
  cover?.remove();
  cover = undefined;
  try {
    sessionStorage.removeItem(EXIT_MARKER_KEY);
  } catch {
    // Nothing stored.
  }
}
