/**
 * Shift pressed three times, on its own, at most 5 s apart: the keyboard way to quick exit
 * (GOV.UK's pattern). One watcher serves the page; `ShiftTripleController` subscribes an element
 * to it while the element is connected and wants it.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {reserveExitMarker} from './return-marker.js';

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
 * (Shift+A types a capital), a click (Shift+click extends a selection), a wheel turn
 * (Shift+wheel scrolls sideways) — starts the count again, so typing never exits by accident;
 * a Shift held down counts once, however long it auto-repeats. One watcher serves
 * the page: only the first subscribed banner reacts, so two banners do not exit twice.
 *
 * It listens in the capture phase on `window` from the moment the library loads, the earliest a
 * library can, and in every same-origin frame (nested, inside open shadow roots, after it
 * navigates). It cannot hear keys in a frame of another origin or inside a closed shadow root,
 * or keys that a page listener registered before the library on `window` stops with
 * stopImmediatePropagation().
 */
class ShiftTripleWatcher {
  private readonly listeners: ShiftTripleListener[] = [];
  /** Documents whose window this watcher listens in (a frame that navigates has a new one). */
  private readonly documents = new WeakSet<Document>();
  /** Frames whose loads this watcher follows, to listen in each new document they show. */
  private readonly frames = new WeakSet<Element>();
  private shiftDown = false;
  private otherInputDuringShift = false;
  private presses = 0;
  private lastPress = 0;
  private resetTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    // Listening starts when the library loads, not when a banner connects: a page script that
    // registers its own key handlers later cannot get in before this one.
    if (typeof window !== 'undefined') this.listenIn(window);
  }

  subscribe(listener: ShiftTripleListener): void {
    if (!this.listeners.includes(listener)) this.listeners.push(listener);
    // A quick exit is armed: keep room for its return marker before the page can fill storage.
    reserveExitMarker();
    // Frames the reader may already be typing in, loaded before the library was.
    this.listenInFrames(window);
  }

  unsubscribe(listener: ShiftTripleListener): void {
    const index = this.listeners.indexOf(listener);
    if (index === -1) return;
    this.listeners.splice(index, 1);
    // Listening goes on (counting needs a subscriber): removing and adding would let a page
    // handler registered meanwhile get in first.
    if (this.listeners.length === 0) this.reset();
  }

  private listenIn(target: Window): void {
    try {
      const page = target.document;
      if (this.documents.has(page)) return;
      target.addEventListener('keydown', this.onKeyDown, true);
      target.addEventListener('keyup', this.onKeyUp, true);
      target.addEventListener('pointerdown', this.onOtherInput, true);
      target.addEventListener('wheel', this.onOtherInput, {capture: true, passive: true});
      // Focus leaving this window may be going into a frame (or from one frame to another).
      target.addEventListener('blur', this.onWindowBlur);
      this.documents.add(page);
    } catch {
      // A frame of another origin: its keys are out of reach.
    }
  }

  /**
   * Listens in every same-origin frame below `parent`, nested ones and those inside shadow roots
   * included (`frames` lists them all), and follows each frame's loads.
   */
  private listenInFrames(parent: Window): void {
    for (let i = 0; i < parent.frames.length; i++) {
      try {
        const child = parent.frames[i];
        if (child.frameElement) this.followFrame(child.frameElement);
        this.listenIn(child);
        this.listenInFrames(child);
      } catch {
        // A frame of another origin.
      }
    }
  }

  private readonly onWindowBlur = (): void => {
    if (this.listeners.length === 0) return;
    // The frame's document gets focus a moment after this window loses it.
    setTimeout(() => {
      this.listenInFrames(window);
      // `frames` leaves out frames inside shadow roots: find the focused one through open roots.
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      if (focused instanceof HTMLIFrameElement && focused.contentWindow) {
        this.followFrame(focused);
        this.listenIn(focused.contentWindow);
        this.listenInFrames(focused.contentWindow);
      }
    });
  };

  /** Listens in each new document that `frame` loads (a form sent inside it, a link followed). */
  private followFrame(frame: Element): void {
    if (this.frames.has(frame)) return;
    frame.addEventListener('load', this.onFrameLoad);
    this.frames.add(frame);
  }

  private readonly onFrameLoad = (event: Event): void => {
    if (this.listeners.length === 0) return;
    const frame = event.currentTarget as HTMLIFrameElement;
    if (frame.contentWindow) this.listenIn(frame.contentWindow);
    this.listenInFrames(window);
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

  /** A click (Shift+click extends a selection) or a wheel turn (Shift+wheel scrolls sideways). */
  private readonly onOtherInput = (): void => {
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

/** The page's one watcher (the fallback's early exit subscribes to it before any banner upgrades). */
export const shiftTripleWatcher = new ShiftTripleWatcher();

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
