/**
 * Quick exit, for readers who must leave a page at once (GOV.UK's "Exit this page" pattern).
 * `leavePage` does the safety steps in a fixed order; `ShiftTripleWatcher` turns three presses
 * of Shift alone (at most 5 s apart) into an exit.
 */

/** A neutral page that phones open in the browser rather than an app. */
export const DEFAULT_EXIT_URL = 'https://www.google.com/webhp';

/** The longest pause between two Shift presses that still counts towards three. */
export const SHIFT_PRESS_WINDOW_MS = 5000;

/** localStorage keys of this library start with this; quick exit removes them all. */
export const STORAGE_PREFIX = 'hf-widgets:';

/**
 * The navigation step, replaceable so that a test can see where the page would go without
 * leaving it. Production code never changes it.
 */
export const exitNavigation = {
  replace(url: string): void {
    location.replace(url);
  },
};

interface HiddenPage {
  visibility: string;
  priority: string;
  title: string;
}

let hiddenPage: HiddenPage | undefined;

/** Undoes the hiding when the browser brings the page back from its back/forward cache. */
function restoreOnPageShow(event: PageTransitionEvent): void {
  if (!event.persisted || !hiddenPage) return;
  const root = document.documentElement.style;
  root.setProperty('visibility', hiddenPage.visibility, hiddenPage.priority);
  document.title = hiddenPage.title;
  hiddenPage = undefined;
}

/** Removes everything this library stored in localStorage. */
export function clearStoredState(): void {
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

/**
 * Leaves the page, in this order and at once: hide the content, blank the title, clear stored
 * state, stop the referrer, then replace the page so Back does not return to it.
 */
export function leavePage(exitUrl: string): void {
  const root = document.documentElement.style;
  if (!hiddenPage) {
    hiddenPage = {visibility: root.getPropertyValue('visibility'), priority: root.getPropertyPriority('visibility'), title: document.title};
    window.addEventListener('pageshow', restoreOnPageShow);
  }
  // An inline style set through the CSSOM is allowed under a strict style-src policy.
  root.setProperty('visibility', 'hidden', 'important');
  document.title = '';
  clearStoredState();
  suppressReferrer();
  exitNavigation.replace(exitUrl);
}

/** For tests: shows the page again after a `leavePage` whose navigation was replaced. */
export function restorePageForTests(): void {
  restoreOnPageShow(new PageTransitionEvent('pageshow', {persisted: true}));
}

export interface ShiftTripleListener {
  /** Called after the first and second press: how many more presses will exit. */
  onShiftProgress(remaining: number): void;
  /** Called when the presses are spread too far apart and counting starts again. */
  onShiftReset(): void;
  onShiftTriple(): void;
}

/**
 * Counts presses of Shift on its own. A Shift held while another key is typed (a capital
 * letter) does not count, nor does a held key's auto-repeat. One watcher serves the page: only
 * the first subscribed banner reacts, so two banners do not exit twice or announce twice.
 */
class ShiftTripleWatcher {
  private readonly listeners: ShiftTripleListener[] = [];
  private shiftDown = false;
  private otherKeyDuringShift = false;
  private presses = 0;
  private lastPress = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;

  subscribe(listener: ShiftTripleListener): void {
    if (this.listeners.includes(listener)) return;
    this.listeners.push(listener);
    if (this.listeners.length === 1) {
      // Capture on window: a page handler that stops propagation cannot block the exit.
      window.addEventListener('keydown', this.onKeyDown, true);
      window.addEventListener('keyup', this.onKeyUp, true);
    }
  }

  unsubscribe(listener: ShiftTripleListener): void {
    const index = this.listeners.indexOf(listener);
    if (index === -1) return;
    this.listeners.splice(index, 1);
    if (this.listeners.length === 0) {
      window.removeEventListener('keydown', this.onKeyDown, true);
      window.removeEventListener('keyup', this.onKeyUp, true);
      this.reset();
    }
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (!event.repeat) {
        this.shiftDown = true;
        this.otherKeyDuringShift = false;
      }
    } else if (this.shiftDown) {
      this.otherKeyDuringShift = true;
    } else {
      // Any other key between presses breaks the sequence.
      this.reset();
    }
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const counts = this.shiftDown && !this.otherKeyDuringShift;
    this.shiftDown = false;
    if (counts) this.countPress();
  };

  private countPress(): void {
    const now = Date.now();
    this.presses = now - this.lastPress <= SHIFT_PRESS_WINDOW_MS ? this.presses + 1 : 1;
    this.lastPress = now;
    const listener = this.listeners[0];
    clearTimeout(this.resetTimer);
    if (this.presses >= 3) {
      this.presses = 0;
      listener?.onShiftTriple();
      return;
    }
    listener?.onShiftProgress(3 - this.presses);
    this.resetTimer = setTimeout(() => {
      this.presses = 0;
      this.listeners[0]?.onShiftReset();
    }, SHIFT_PRESS_WINDOW_MS);
  }

  private reset(): void {
    clearTimeout(this.resetTimer);
    if (this.presses > 0) this.listeners[0]?.onShiftReset();
    this.presses = 0;
  }
}

export const shiftTripleWatcher = new ShiftTripleWatcher();
