/** Calls the host back whenever its box changes size, while it is connected. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

export class ResizeController implements ReactiveController {
  private observer?: ResizeObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onResize: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new ResizeObserver(() => this.onResize());
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
