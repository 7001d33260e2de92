/**
 * Shift pressed three times, on its own, at most 5 s apart: the keyboard way to quick exit
 * (GOV.UK's pattern). One watcher serves the page: the fallback's early exit (fallback-exit.ts)
 * subscribes to it before any banner upgrades, and `ShiftTripleController` (shift-triple.ts, the
 * element's side, which stays out of `dist/hf-quick-exit.js`) subscribes an element while it is
 * connected and wants it.
 *
 * Presses of Shift on its own count. Anything else between or during the presses — another key
 * (Shift+A types a capital), a click (Shift+click extends a selection), a wheel turn
 * (Shift+wheel scrolls sideways) — starts the count again, so typing never exits by accident;
 * a Shift held down counts once, however long it auto-repeats. Only the first subscribed banner
 * reacts, so two banners do not exit twice.
 *
 * It listens in the capture phase on `window` from the moment the library loads, the earliest a
 * library can, and in every same-origin frame (nested, inside open shadow roots, after it
 * navigates). It cannot hear keys in a frame of another origin or inside a closed shadow root,
 * or keys that a page listener registered before the library on `window` stops with
 * stopImmediatePropagation().
 *
 * Written for the minifier (this is part of `dist/hf-quick-exit.js`, which must stay small): the
 * watcher's state is module-level variables and functions, whose names it shortens.
 */
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

/** The subscribers; the first one answers. */
const listeners: ShiftTripleListener[] = [];
/** Documents whose window the watcher listens in (a frame that navigates has a new one). */
const documents = new WeakSet<Document>();
/** Frames whose loads the watcher follows, to listen in each new document they show. */
const frames = new WeakSet<Element>();
/** Shift is down, and nothing else has happened since it went down: its release counts. */
let shiftAlone = false;
let presses = 0;
let lastPress = 0;
let resetTimer: ReturnType<typeof setTimeout> | undefined;

/** The events the watcher hears in each window, all in the capture phase. */
const INPUT_EVENTS = ['keydown', 'keyup', 'pointerdown', 'wheel'];

/**
 * Keys, clicks (Shift+click extends a selection) and wheel turns (Shift+wheel scrolls sideways).
 * Passive: it never cancels anything.
 */
function onInput(event: Event): void {
  const {key, repeat} = event as KeyboardEvent;
  if (event.type === 'keyup') {
    if (key !== 'Shift') return;
    if (shiftAlone && listeners[0]) countPress();
    shiftAlone = false;
  } else if (key === 'Shift') {
    if (!repeat) shiftAlone = true;
  } else {
    // Any other key, with or without Shift held, is typing; a click or a wheel turn too: start again.
    shiftAlone = false;
    resetCount();
  }
}

function countPress(): void {
  const now = Date.now();
  presses = now - lastPress <= SHIFT_PRESS_WINDOW_MS ? presses + 1 : 1;
  lastPress = now;
  clearTimeout(resetTimer);
  if (presses > 2) {
    presses = 0;
    listeners[0].onShiftTriple();
    return;
  }
  listeners[0].onShiftProgress(3 - presses);
  resetTimer = setTimeout(() => {
    presses = 0;
    listeners[0]?.onShiftReset();
  }, SHIFT_PRESS_WINDOW_MS);
}

function resetCount(): void {
  clearTimeout(resetTimer);
  if (presses) listeners[0]?.onShiftReset();
  presses = 0;
}

/** Listens in `target`'s window unless it does already; a frame of another origin is out of reach. */
function listenIn(target: Window): void {
  try {
    const page = target.document;
    if (documents.has(page)) return;
    for (const type of INPUT_EVENTS) target.addEventListener(type, onInput, {capture: true, passive: true});
    // Focus leaving this window may be going into a frame (or from one frame to another).
    target.addEventListener('blur', onWindowBlur);
    documents.add(page);
  } catch {
    // A frame of another origin: its keys are out of reach.
  }
}

/**
 * Listens in `target` and every same-origin frame below it, nested ones included (one of our
 * origin inside a frame of another origin too), and follows each frame's loads.
 */
function listenInTree(target: Window): void {
  listenIn(target);
  for (let i = 0; i < target.frames.length; i++) {
    try {
      const child = target.frames[i];
      followFrame(child.frameElement);
      listenInTree(child);
    } catch {
      // A frame of another origin.
    }
  }
}

/** Listens in each new document that `frame` loads (a form sent inside it, a link followed). */
function followFrame(frame: Element | null): void {
  if (!frame || frames.has(frame)) return;
  frame.addEventListener('load', onFrameLoad);
  frames.add(frame);
}

function onFrameLoad(event: Event): void {
  const frameWindow = (event.currentTarget as HTMLIFrameElement).contentWindow;
  if (!listeners[0]) return;
  if (frameWindow) listenInTree(frameWindow);
  listenInTree(window);
}

function onWindowBlur(): void {
  if (!listeners[0]) return;
  // The frame's document gets focus a moment after this window loses it.
  setTimeout(() => {
    listenInTree(window);
    // `frames` leaves out frames inside shadow roots: find the focused one through open roots.
    let focused = document.activeElement;
    while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
    if (focused instanceof HTMLIFrameElement && focused.contentWindow) {
      followFrame(focused);
      listenInTree(focused.contentWindow);
    }
  });
}

// Listening starts when the library loads, not when a banner connects: a page script that
// registers its own key handlers later cannot get in before this one.
if (typeof window !== 'undefined') listenIn(window);

/** Adds `listener`; the first subscribed one answers. */
export function subscribeToShiftTriple(listener: ShiftTripleListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
  // A quick exit is armed: keep room for its return marker before the page can fill storage.
  reserveExitMarker();
  // Frames the reader may already be typing in, loaded before the library was.
  listenInTree(window);
}

export function unsubscribeFromShiftTriple(listener: ShiftTripleListener): void {
  const index = listeners.indexOf(listener);
  if (index < 0) return;
  listeners.splice(index, 1);
  // Listening goes on (counting needs a subscriber): removing and adding would let a page
  // handler registered meanwhile get in first.
  if (!listeners[0]) resetCount();
}
