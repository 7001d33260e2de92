/**
 * A sticky banner's bar (`position="top|bottom"`): held at its window edge by the styles
 * (`position: fixed`, so it stays there wherever the banner stands in the page), and never more
 * than about a third of the window high. When the whole banner would be taller than that, it folds to one row (the exit first,
 * then a button that shows the numbers), so that the page keeps room for its focused element
 * (WCAG 2.4.11) and the exit never has to scroll.
 *
 * The bar's height is what the banner claims of the root's padding and scroll padding
 * (sticky-scroll-padding.ts), so they always agree and go together.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {claimScrollPadding, releaseScrollPadding, type StickyEdge} from './sticky-scroll-padding.js';

/** The share of the window's height a sticky bar may take before it folds. */
export const MAX_BAR_SHARE = 1 / 3;

export interface StickyBarOptions {
  /** The edge the bar is at; undefined while the banner shows nothing there (inline, or dismissed without quick exit). */
  edge: () => StickyEdge | undefined;
  /** Whether the numbers may fold away behind a button (the dismissed bar has none to fold). */
  canFold: () => boolean;
  /** Shows the banner in full (false) or folded to one row (true), at once and by CSS alone, so it can be measured. */
  setFolded: (folded: boolean) => void;
}

export class StickyBarController implements ReactiveController {
  private readonly resizeObserver = new ResizeObserver(() => this.onBarResized());
  private observedBar?: HTMLElement;
  private refitRequest = 0;
  private readonly onWindowResize = (): void => this.fit();
  /** On paper the bar is a plain box where the banner stands (see the styles): the page gets its own padding back. */
  private readonly onBeforePrint = (): void => this.release();

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: StickyBarOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('resize', this.onWindowResize);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onWindowResize);
  }

  hostDisconnected(): void {
    window.removeEventListener('resize', this.onWindowResize);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onWindowResize);
    cancelAnimationFrame(this.refitRequest);
    this.release();
  }

  hostUpdated(): void {
    this.fit();
  }

  /** Lays the banner out in full, folds it if that is more than its share of the window, and claims the bar's height. */
  fit(): void {
    const edge = this.options.edge();
    const bar = edge && this.host.isConnected ? this.host.renderRoot.querySelector<HTMLElement>('.frame > .banner') : null;
    if (!edge || !bar) {
      this.options.setFolded(false);
      this.release();
      return;
    }
    if (this.observedBar !== bar) {
      this.resizeObserver.disconnect();
      this.resizeObserver.observe(bar);
      this.observedBar = bar;
    }
    // Both layouts happen in this task, before the next paint: the reader only sees the one chosen.
    this.options.setFolded(false);
    const folded = this.options.canFold() && bar.getBoundingClientRect().height > windowHeight() * MAX_BAR_SHARE;
    this.options.setFolded(folded);
    this.claim(edge, bar);
  }

  /** Gives the open numbers and the page's padding and scroll padding the bar's height. */
  private claim(edge: StickyEdge, bar: HTMLElement): void {
    const size = Math.ceil(bar.getBoundingClientRect().height);
    this.host.renderRoot.querySelector<HTMLElement>('.frame')?.style.setProperty('--_bar-block-size', `${size}px`);
    claimScrollPadding(this.host, edge, size);
  }

  /**
   * The bar changed size without a render (the page's text size, a font that arrived): the
   * page's padding follows now, and the fold is decided again before the next
   * frame (deciding it here could resize the bar inside its own resize notification).
   */
  private onBarResized(): void {
    const edge = this.options.edge();
    if (!edge || !this.observedBar?.isConnected) return;
    this.claim(edge, this.observedBar);
    cancelAnimationFrame(this.refitRequest);
    this.refitRequest = requestAnimationFrame(() => this.fit());
  }

  private release(): void {
    this.resizeObserver.disconnect();
    this.observedBar = undefined;
    releaseScrollPadding(this.host);
  }
}

/** The height of the window the page is seen through, without a horizontal scroll bar. */
function windowHeight(): number {
  return document.documentElement.clientHeight || window.innerHeight;
}
