/**
 * Subscribes an element to the page's Shift ×3 watcher while it is connected and `enabled()`
 * says so (a banner with `quick-exit`), and unsubscribes it otherwise.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {shiftTripleWatcher, type ShiftTripleListener} from './quick-exit.js';

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
