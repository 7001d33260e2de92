/**
 * The base of every hf-widgets element: the shared attributes, the document controller's three
 * states (loading / ready / error), `hf-` events, locale tracking, and keeping focus when a
 * re-render removes the focused control. A subclass says which parts of the action document it
 * reads (`documentShape`), what it shows with no data (`defaultDocument`), and renders only the
 * ready state (`renderReady`).
 */
import {LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, updateWhenLocaleChanges} from '@lit/localize';
import type {ActionDocument, LocalizedText} from '../document/action-types.js';
import type {DataError} from '../loading/data-error.js';
import {ActionDocumentController} from '../loading/document-controller.js';
import {dataErrorMessage} from '../loading/error-messages.js';
import type {HfEventDetail, HfEventName} from './events.js';
import {firstRenderDone, firstRenderTurn} from './first-render-turn.js';
import type {Shape} from '../document/schema.js';
import {getLocale, watchPageLocale, type SupportedLocale} from '../../i18n/locale.js';
import {localizedText} from '../../i18n/localized-text.js';

export abstract class HfElement extends LitElement {
  /**
   * Reactive properties, here and in each element: declared in `static properties` rather than
   * with decorators, whose runtime and per-property calls cost 0.4–0.6 KB gzip in every file
   * (docs/performance.md). The class field of the same name carries the type and the JSDoc.
   */
  static override properties: PropertyDeclarations = {
    data: {attribute: false},
    src: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    theme: {reflect: true},
  };

  /** The rules of the parts of the action document this element reads; only those are validated. */
  protected static documentShape: Shape = {};

  /** What the element shows when it is given no data: its part of the default action. */
  protected static defaultDocument: () => ActionDocument;

  /**
   * Whether the first render may wait for a task of its own (first-render-turn.ts). The hotline
   * banner's may not: its numbers and exit control wait for nothing, not even a page whose
   * message channel never delivers.
   */
  protected static firstRenderMayWait = true;

  /** An action document as an object (checked at run time). Takes precedence over inline JSON and `src`. */
  data?: ActionDocument;

  /** URL of an action document (JSON). Elements naming the same URL share one request. */
  src?: string;

  /** Level of the element's heading, 2 to 6 (outside that range, 2); its sections use the next level. */
  headingLevel = 2;

  /** `light` or `dark` forces a colour scheme; by default the reader's preference is followed. */
  theme?: 'light' | 'dark';

  /** Where the action document comes from and its loading state (named apart from the page's `document`). */
  protected readonly actionSource = new ActionDocumentController(this, {
    shape: (this.constructor as typeof HfElement).documentShape,
    defaultDocument: () => (this.constructor as typeof HfElement).defaultDocument(),
    onSettled: (state) =>
      state.status === 'ready'
        ? this.emit('hf-load', {source: state.source, id: state.action.id})
        : this.emit('hf-error', state.failure.toDetail()),
  });

  /** The locale of the last render, to catch a change made while the element was detached. */
  private renderedLocale?: SupportedLocale;
  private focusWasInside = false;

  constructor() {
    super();
    // Every element renders again when the locale changes (what @localized() does per class).
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLocale();
    if (this.renderedLocale && this.renderedLocale !== getLocale()) this.requestUpdate();
  }

  /** The document once it is ready, for code outside `renderReady` (undefined while loading or on error). */
  protected get readyAction(): ActionDocument | undefined {
    const state = this.actionSource.state;
    return state.status === 'ready' ? state.action : undefined;
  }

  /** The active locale, for data text and `Intl` formatting. */
  protected get locale(): SupportedLocale {
    return getLocale();
  }

  /** `heading-level` clamped to 2–6, for the element's own heading. */
  protected get headingLevelInRange(): number {
    const level = Math.trunc(this.headingLevel);
    return level >= 2 && level <= 6 ? level : 2;
  }

  /** The level below the element's heading (at most 6), for its sections. */
  protected get subheadingLevel(): number {
    return Math.min(this.headingLevelInRange + 1, 6);
  }

  /** A data text field in the active locale. */
  protected text(value: LocalizedText | undefined): string {
    return localizedText(value, this.locale);
  }

  /**
   * Fires `hf-<name>`: bubbles and crosses shadow roots so a page can listen anywhere.
   * Returns false when a listener called preventDefault() on a cancelable event.
   */
  protected emit<K extends HfEventName>(name: K, detail: HfEventDetail<K>, options: {cancelable?: boolean} = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
  }

  /** Loads the document again from its source (for a retry after an error). */
  reload(): void {
    this.actionSource.load();
    this.requestUpdate();
  }

  /**
   * The first render waits for a turn when another element has rendered in the current task and
   * waiting shifts nothing visible, so several elements do not make one long task together.
   * `updateComplete` waits for it too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const turn = this.hasUpdated ? undefined : firstRenderTurn(this, (this.constructor as typeof HfElement).firstRenderMayWait);
    if (!turn) return super.scheduleUpdate();
    return turn.then(() => {
      super.scheduleUpdate();
      firstRenderDone();
    });
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.actionSource.sync();
    super.willUpdate(changed);
    this.focusWasInside = this.matches(':focus-within');
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A re-render removed the focused control (new data, an error, a dismissal): put focus
    // somewhere near rather than let it fall to <body>, where a keyboard reader loses their place.
    if (this.focusWasInside && !this.matches(':focus-within')) this.restoreFocus();
  }

  /**
   * Where focus goes when a re-render removed the focused control: the error, else the element's
   * box, else (a reload under way) the loading box, from which it moves on to what follows.
   */
  protected restoreFocus(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="error"], [part~="base"], [part~="loading"]');
    if (!target) return;
    // Focusable by script only: the box does not join the Tab order.
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }

  /** Renders the element once its data is ready. */
  protected abstract renderReady(action: ActionDocument): TemplateResult | typeof nothing;

  /** A short localized line shown in place of content when the element's part is absent. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p part="empty" class="empty">${message}</p>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    this.renderedLocale = this.locale;
    const state = this.actionSource.state;
    switch (state.status) {
      case 'loading':
        // The page's fallback (a banner's numbers and exit link) stays visible while loading.
        // Only "Loading…" is the status: the fallback beside it is content, not an announcement.
        return html`<div part="loading" class="loading">
          <span class="visually-hidden" role="status">${msg('Loading…', {id: 'loading'})}</span><slot></slot>
        </div>`;
      case 'error':
        return this.renderError(state.failure);
      case 'ready':
        return this.renderReady(state.action);
    }
  }

  /** The error state: a localized message with the field path, then the page's own fallback. */
  protected renderError(failure: DataError): TemplateResult {
    return html`
      <div part="error" class="error" role="alert">
        <p class="error-title">${msg('This content could not be shown.', {id: 'error-title'})}</p>
        <p class="error-detail">
          ${dataErrorMessage(failure.code)}
          ${failure.path ? html`<span class="error-path">${msg('Field:', {id: 'error-field'})} <code>${failure.path}</code></span>` : nothing}
        </p>
      </div>
      <slot></slot>
    `;
  }
}
