/**
 * The base of every hf-widgets element: the shared attributes, the action document and its three
 * states (loading / ready / error), `hf-` events, and locale tracking. A subclass says which parts
 * of the action document it reads (`documentShape`), what it shows with no data
 * (`defaultDocument`), and renders only the ready state (`renderReady`). Behaviours beyond these
 * live beside it: first-render turns (first-render-turn.ts), keeping focus (focus.ts), the
 * loading, error and empty templates (state-templates.ts).
 */
import {LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {updateWhenLocaleChanges} from '@lit/localize';
import type {ActionDocument, LocalizedText} from '../document/action-types.js';
import type {DataError} from '../loading/data-error.js';
import {ActionDocumentController} from '../loading/document-controller.js';
import type {HfEventDetail, HfEventName} from './events.js';
import {FocusKeeper, focusWithin} from './focus.js';
import {scheduleInTurn} from './first-render-turn.js';
import {emptyTemplate, errorTemplate, loadingTemplate} from './state-templates.js';
import type {Shape} from '../document/schema.js';
import {inLocale, watchPageLocale, type SupportedLocale} from '../../i18n/locale.js';
import {elementLocale, unwatchElementLocale, watchElementLocale} from '../../i18n/element-locale.js';
import {pickText, type ShownText} from '../../i18n/localized-text.js';

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

  /**
   * Loads the rules of the parts of the action document this element reads (only those are
   * validated): a dynamic import, so that they come only when a page gives data.
   */
  protected static documentShape = async (): Promise<Shape> => ({});

  /** What the element shows when it is given no data: its part of the default action. */
  protected static defaultDocument: () => ActionDocument;

  /** Whether the first render may wait for a task of its own (first-render-turn.ts says when it does). */
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

  /** The locale of the last render, to re-render when the nearest `lang` or the page's locale changes. */
  private renderedLocale?: SupportedLocale;
  /** The locale of the update under way, so that one render reads one locale throughout. */
  private updateLocale?: SupportedLocale;

  /** `heading-level` clamped to 2–6 for the element's heading, and one below (at most 6) for its sections. */
  protected headingLevelInRange = 2;
  protected subheadingLevel = 3;

  constructor() {
    super();
    // Every element renders again when the locale changes (what @localized() does per class).
    updateWhenLocaleChanges(this);
    new FocusKeeper(this, () => this.restoreFocus());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchPageLocale();
    watchElementLocale(this, () => this.followLocale());
    this.followLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchElementLocale(this);
  }

  /** Re-renders when the element's locale is no longer the one it rendered in (a `lang` changed, or it moved). */
  private followLocale(): void {
    if (this.renderedLocale && this.renderedLocale !== this.locale) this.requestUpdate();
  }

  /**
   * The element's locale, for UI strings, data text and `Intl` formatting: its nearest `lang`,
   * else the page's (element-locale.ts). Rendered output carries it as `lang`.
   */
  protected get locale(): SupportedLocale {
    return this.updateLocale ?? elementLocale(this);
  }

  /** A data text field in the element's locale (or its fallback: see `textLang`). */
  protected text(value: LocalizedText | undefined): string {
    return pickText(value, this.locale).text;
  }

  /**
   * The `lang` of a data text shown in a fallback language (English, or the first language the
   * document gives), for the element that holds it; `nothing` when it is in the element's locale.
   */
  protected textLang(value: LocalizedText | undefined): string | typeof nothing {
    return this.shown(value).lang ?? nothing;
  }

  /** A data text field with the language it is shown in, when that is not the element's. */
  protected shown(value: LocalizedText | undefined): ShownText {
    return pickText(value, this.locale);
  }

  /** Runs `work` (a `msg()` outside rendering, such as an announcement) in the element's locale. */
  protected inOwnLocale<T>(work: () => T): T {
    return inLocale(this.locale, work);
  }

  /** Fires `hf-<name>`, bubbling across shadow roots; false when a listener prevented a cancelable one. */
  protected emit<K extends HfEventName>(name: K, detail: HfEventDetail<K>, options: {cancelable?: boolean} = {}): boolean {
    return this.dispatchEvent(new CustomEvent(name, {detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false}));
  }

  /** Loads the document again from its source (for a retry after an error). */
  reload(): void {
    this.actionSource.load();
    this.requestUpdate();
  }

  /** A document given before the validator had loaded is shown by the time an update completes. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let loading = this.actionSource.validatorLoading; loading; loading = this.actionSource.validatorLoading) {
      await loading;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The first render may wait for a turn, so several elements do not make one long task together. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, (this.constructor as typeof HfElement).firstRenderMayWait, () => super.scheduleUpdate());
  }

  /** Every `msg()` of an update (willUpdate, render, updated) answers in the element's locale. */
  protected override performUpdate(): void {
    this.updateLocale = elementLocale(this);
    try {
      inLocale(this.updateLocale, () => super.performUpdate());
    } finally {
      this.updateLocale = undefined;
    }
  }

  /** Starts a load on a new `data` or `src` before a subclass's `willUpdate` derives from the state. */
  protected override willUpdate(changed: PropertyValues): void {
    this.actionSource.sync();
    if (changed.has('headingLevel')) {
      const level = Math.trunc(this.headingLevel);
      this.headingLevelInRange = level >= 2 && level <= 6 ? level : 2;
      this.subheadingLevel = Math.min(this.headingLevelInRange + 1, 6);
    }
    super.willUpdate(changed);
  }

  /**
   * Where focus goes when a re-render removed the focused control: the error, else the element's
   * box, else (a reload under way) the loading box, from which it moves on to what follows.
   */
  protected restoreFocus(): void {
    focusWithin(this.renderRoot, '[part~="error"], [part~="base"], [part~="loading"]');
  }

  /** Renders the element once its data is ready. */
  protected abstract renderReady(action: ActionDocument): TemplateResult | typeof nothing;

  /** A short localized line shown in place of content when the element's part is absent. */
  protected renderEmpty(message: string): TemplateResult {
    return emptyTemplate(message);
  }

  protected override render(): TemplateResult | typeof nothing {
    this.renderedLocale = this.locale;
    const state = this.actionSource.state;
    switch (state.status) {
      case 'loading':
        return loadingTemplate(this.locale);
      case 'error':
        return this.renderError(state.failure);
      case 'ready':
        return this.renderReady(state.action);
    }
  }

  /** The error state; the banner shows its own. */
  protected renderError(failure: DataError): TemplateResult {
    return errorTemplate(failure, this.locale);
  }
}
