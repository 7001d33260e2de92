import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Tracks whether the page is being printed (between `beforeprint` and `afterprint`), so that an
 * element can put on paper what the screen keeps folded. The host re-renders on each change,
 * and `onChange`, when given, hears of it first.
 */
export class PrintController implements ReactiveController {
  /** True from `beforeprint` to `afterprint`. */
  printing = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (printing: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.printing = false;
  }

  private readonly onBeforePrint = (): void => this.set(true);
  private readonly onAfterPrint = (): void => this.set(false);

  private set(printing: boolean): void {
    if (printing === this.printing) return;
    this.printing = printing;
    this.onChange?.(printing);
    this.host.requestUpdate();
  }
}
