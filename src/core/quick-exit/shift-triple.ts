/**
 * Shift ×3 for an element: `ShiftTripleController` subscribes it to the page's one watcher
 * (shift-watcher.ts) while it is connected and wants it. Only the element imports this module, so
 * it stays out of `dist/hf-quick-exit.js`.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {subscribeToShiftTriple, unsubscribeFromShiftTriple, type ShiftTripleListener} from './shift-watcher.js';

export {SHIFT_PRESS_WINDOW_MS, type ShiftTripleListener} from './shift-watcher.js';

/**
 * Subscribes an element to the page's Shift ×3 watcher while it is connected and `enabled()`
 * says so (a banner with `quick-exit`), and unsubscribes it otherwise.
 */
export class ShiftTripleController implements ReactiveController {
  readonly hostConnected: () => void;
  readonly hostUpdated: () => void;
  readonly hostDisconnected: () => void;

  constructor(host: ReactiveControllerHost & Element & ShiftTripleListener, enabled: () => boolean) {
    this.hostConnected = this.hostUpdated = () =>
      (host.isConnected && enabled() ? subscribeToShiftTriple : unsubscribeFromShiftTriple)(host);
    this.hostDisconnected = () => unsubscribeFromShiftTriple(host);
    host.addController(this);
  }
}
