/**
 * Shift pressed three times, on its own, at most 5 s apart: the keyboard way to quick exit
 * (GOV.UK's pattern). One watcher serves the page; `ShiftTripleController` subscribes an element
 * to it while the element is connected and wants it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The longest pause between two Shift presses that still counts towards three. */
export const SHIFT_PRESS_WINDOW_MS = 5000;

export interface ShiftTripleListener {
  /** Called after the first and second press: how many more presses will exit. */
  onShiftProgress(remaining: number): void;
  /** Called when the presses are spread too far apart, or something else happens, and counting starts again. */
  onShiftReset(): void;
  onShiftTriple(): void;
}

/**
 * Counts presses of Shift on its own. Anything else between or during the presses — another key
 * (Shift+A types a capital), a click (Shift+click extends a selection), a held key's
 * auto-repeat — starts the count again, so typing never exits by accident. One watcher serves
 * the page: only the first subscribed banner reacts, so two banners do not exit twice.
 *
 * It listens in the capture phase on `window`, the earliest point a library can reach, and in
 * the windows of same-origin frames that take focus. It cannot hear keys in a frame of another
 * origin, or keys that a page listener registered earlier on `window` stops with
 * stopImmediatePropagation().
 */
class ShiftTripleWatcher {
  private readonly listeners: ShiftTripleListener[] = [];
  private readonly windows = new Set<Window>();
  private shiftDown = false;
  private otherInputDuringShift = false;
  private presses = 0;
  private lastPress = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    // Listening starts when the library loads, not when a banner connects: a page script that
    // registers its own key handlers later cannot get in before this one.
    if (typeof window === 'undefined') return;
    this.listenIn(window);
    window.addEventListener('blur', this.onWindowBlur);
  }

  subscribe(listener: ShiftTripleListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
  }

  unsubscribe(listener: ShiftTripleListener): void {
    const index = this.listeners.indexOf(listener);
    if (index === -1) return;
    this.listeners.splice(index, 1);
    if (this.listeners.length > 0) return;
    for (const target of this.windows) if (target !== window) this.stopListeningIn(target);
    this.reset();
  }

  private listenIn(target: Window): void {
    if (this.windows.has(target)) return;
    try {
      target.addEventListener('keydown', this.onKeyDown, true);
      target.addEventListener('keyup', this.onKeyUp, true);
      target.addEventListener('pointerdown', this.onPointerDown, true);
      this.windows.add(target);
    } catch {
      // A frame of another origin: its keys are out of reach.
    }
  }

  private stopListeningIn(target: Window): void {
    try {
      target.removeEventListener('keydown', this.onKeyDown, true);
      target.removeEventListener('keyup', this.onKeyUp, true);
      target.removeEventListener('pointerdown', this.onPointerDown, true);
    } catch {
      // The frame has gone or changed origin.
    }
    this.windows.delete(target);
  }

  /** Focus went into a frame: listen there too if the frame is ours to listen in. */
  private readonly onWindowBlur = (): void => {
    if (this.listeners.length === 0) return;
    // The frame's document gets focus a moment after this window loses it.
    setTimeout(() => {
      const frame = document.activeElement;
      if (frame instanceof HTMLIFrameElement && frame.contentWindow) {
        for (const known of this.windows) if (known !== window && known.closed) this.windows.delete(known);
        this.listenIn(frame.contentWindow);
      }
    });
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Shift') {
      if (event.repeat) return;
      this.shiftDown = true;
      this.otherInputDuringShift = false;
      return;
    }
    // Any other key, with or without Shift held, is typing: start again.
    this.otherInputDuringShift = this.shiftDown;
    this.reset();
  };

  private readonly onKeyUp = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') return;
    const counts = this.shiftDown && !this.otherInputDuringShift && this.listeners.length > 0;
    this.shiftDown = false;
    if (counts) this.countPress();
  };

  private readonly onPointerDown = (): void => {
    this.otherInputDuringShift = this.shiftDown;
    this.reset();
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

const shiftTripleWatcher = new ShiftTripleWatcher();

/**
 * Subscribes an element to the page's Shift ×3 watcher while it is connected and `enabled()`
 * says so (a banner with `quick-exit`), and unsubscribes it otherwise.
 */
export class ShiftTripleController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & Element & ShiftTripleListener,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    shiftTripleWatcher.unsubscribe(this.host);
  }

  private sync(): void {
    if (this.host.isConnected && this.enabled()) shiftTripleWatcher.subscribe(this.host);
    else shiftTripleWatcher.unsubscribe(this.host);
  }
}
