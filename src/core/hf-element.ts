/**
 * The base of every hf-widgets element: where its data comes from, its loading / ready / empty
 * / error states, its `hf-` events, and locale tracking. A subclass says which parts of the
 * action document it reads (`dataParts`) and renders only the ready state (`renderReady`).
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import type {ActionDocument} from './action-types.js';
import {validateAction, type ActionPart} from './action-schema.js';
import {DataError, type DataErrorCode, type HfErrorDetail} from './data-error.js';
import {defaultAction} from './default-action.js';
import type {HfEventDetail, HfEventName, HfLoadDetail} from './events.js';
import {fetchActionJson, readInlineJson} from './load-action.js';
import {getLocale, watchPageLocale, type SupportedLocale} from '../i18n/locale.js';
import {localizedText} from '../i18n/localized-text.js';
import type {LocalizedText} from './action-types.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** Localized one-line explanations of each data error code, for the error state. */
export function dataErrorMessage(code: DataErrorCode): string {
  switch (code) {
    case 'invalid-json':
      return msg('The data is not valid JSON.', {id: 'error-invalid-json'});
    case 'fetch-failed':
      return msg('The data could not be downloaded.', {id: 'error-fetch-failed'});
    case 'http-error':
      return msg('The data address answered with an error.', {id: 'error-http'});
    case 'not-json':
      return msg('The data address did not return JSON.', {id: 'error-not-json'});
    case 'wrong-type':
      return msg('A field has the wrong type.', {id: 'error-wrong-type'});
    case 'missing-field':
      return msg('A required field is missing.', {id: 'error-missing-field'});
    case 'unsafe-url':
      return msg('A link uses an address that is not allowed.', {id: 'error-unsafe-url'});
    case 'invalid-number':
      return msg('A number is not valid.', {id: 'error-invalid-number'});
    case 'negative-amount':
      return msg('An amount is negative.', {id: 'error-negative-amount'});
    case 'shares-sum':
      return msg('The funders’ shares do not add up to 100%.', {id: 'error-shares-sum'});
    case 'invalid-format':
      return msg('A field is not in the expected form.', {id: 'error-invalid-format'});
    case 'too-many':
      return msg('A list or text is too long.', {id: 'error-too-many'});
  }
}

export abstract class HfElement extends LitElement {
  /** The parts of the action document this element reads; only those are validated. */
  protected static dataParts: readonly ActionPart[] = [];

  /** An action document as an object. Takes precedence over inline JSON and `src`. */
  @property({attribute: false}) data?: unknown;

  /** URL of an action document (JSON). Elements naming the same URL share one request. */
  @property({reflect: true}) src?: string;

  /** Level of the element's heading, 2 to 6 (outside that range, 2); its sections use the next level. */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** `light` or `dark` forces a colour scheme; by default the reader's preference is followed. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  @state() protected status: LoadStatus = 'loading';
  @state() protected action?: ActionDocument;
  @state() protected failure?: DataError;

  /** Bumped on each load so that a slow response cannot overwrite a newer one. */
  private loadGeneration = 0;
  private announce?: {type: 'hf-load'; detail: HfLoadDetail} | {type: 'hf-error'; detail: HfErrorDetail};

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLocale();
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
  emit<K extends HfEventName>(name: K, detail: HfEventDetail<K>, options: {cancelable?: boolean} = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
  }

  /** Loads the document again from its source (for a retry after an error). */
  reload(): void {
    this.startLoading();
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || changed.has('src') || this.loadGeneration === 0) this.startLoading();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const event = this.announce;
    if (event) {
      this.announce = undefined;
      this.emit(event.type, event.detail);
    }
  }

  private startLoading(): void {
    const generation = ++this.loadGeneration;
    try {
      if (this.data !== undefined) return this.accept(this.data, 'data');
      const inline = readInlineJson(this);
      if (inline.found) return this.accept(inline.value, 'inline');
      if (!this.src) return this.accept(defaultAction, 'default');
    } catch (error) {
      return this.fail(error);
    }
    this.status = 'loading';
    fetchActionJson(this.src).then(
      (json) => generation === this.loadGeneration && this.accept(json, 'src'),
      (error) => generation === this.loadGeneration && this.fail(error),
    );
  }

  private accept(raw: unknown, source: HfLoadDetail['source']): void {
    try {
      this.action = validateAction(raw, (this.constructor as typeof HfElement).dataParts);
      this.failure = undefined;
      this.status = 'ready';
      this.announce = {type: 'hf-load', detail: {source, id: this.action.id}};
    } catch (error) {
      this.fail(error);
    }
  }

  private fail(error: unknown): void {
    // Anything that is not a DataError is a bug of ours; it is still contained here.
    const failure = error instanceof DataError ? error : DataError.single('invalid-format', '', String(error));
    this.failure = failure;
    this.action = undefined;
    this.status = 'error';
    this.announce = {type: 'hf-error', detail: failure.toDetail()};
  }

  /** Renders the element once its data is ready. */
  protected abstract renderReady(action: ActionDocument): TemplateResult | typeof nothing;

  /** A short localized line shown in place of content when the element's part is absent. */
  protected renderEmpty(message: string): TemplateResult {
    return html`<p part="empty" class="empty">${message}</p>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    switch (this.status) {
      case 'loading':
        return html`<div part="loading" class="loading" role="status"><span class="visually-hidden">${msg('Loading…', {id: 'loading'})}</span></div>`;
      case 'error':
        return this.renderError(this.failure!);
      case 'ready':
        return this.renderReady(this.action!);
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

