/**
 * The base of every hf-widgets element: the shared attributes, the action document and its states,
 * `hf-` events, the element's locale. A subclass names the parts of the document it reads
 * (`documentShape`), what it shows with no data (`defaultDocument`), and renders the ready state
 * (`renderReady`). Beside it: the locale (i18n/element-locale-controller.ts), first-render turns
 * (first-render-turn.ts), focus (focus.ts), heading levels, the state templates.
 */
import {LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import type {ActionDocument, LocalizedText} from '../document/action-types.js';
import type {Shape} from '../document/schema.js';
import type {DataError} from '../loading/data-error.js';
import {ActionDocumentController} from '../loading/document-controller.js';
import type {HfEventDetail, HfEventName} from './events.js';
import {FocusKeeper, focusWithin} from './focus.js';
import {headingLevels} from './heading-levels.js';
import {scheduleInTurn} from './first-render-turn.js';
import {emptyTemplate, errorTemplate, loadingTemplate} from './state-templates.js';
import type {SupportedLocale} from '../../i18n/locale.js';
import {ElementLocaleController} from '../../i18n/element-locale-controller.js';
import {pickText, type ShownText} from '../../i18n/localized-text.js';

export abstract class HfElement extends LitElement {
  /** Reactive properties here and in each element, not decorators (0.4–0.6 KB gzip a file: docs/performance.md). */
  static override properties: PropertyDeclarations = {
    data: {attribute: false},
    src: {reflect: true},
    headingLevel: {attribute: 'heading-level', type: Number},
    theme: {reflect: true},
  };

  /** Loads the rules of the parts of the action document this element reads: only when a page gives data. */
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

  /** The element's locale through every update (first, so the page's locale is followed before a load starts). */
  private readonly localeTracker = new ElementLocaleController(this);

  /** Where the action document comes from and its loading state (named apart from the page's `document`). */
  protected readonly actionSource = new ActionDocumentController(this, {
    shape: (this.constructor as typeof HfElement).documentShape,
    defaultDocument: () => (this.constructor as typeof HfElement).defaultDocument(),
    onSettled: (state) =>
      state.status === 'ready'
        ? this.emit('hf-load', {source: state.source, id: state.action.id})
        : this.emit('hf-error', state.failure.toDetail()),
  });

  /** The levels of the element's heading and of its sections' (heading-levels.ts). */
  protected headingLevelInRange = 2;
  protected subheadingLevel = 3;

  constructor() {
    super();
    new FocusKeeper(this, () => this.restoreFocus());
  }

  /** For UI strings, data text and `Intl` formatting: the nearest `lang`, else the page's; output carries it as `lang`. */
  protected get locale(): SupportedLocale {
    return this.localeTracker.current;
  }

  /** A data text field in the element's locale (or its fallback: see `textLang`). */
  protected text(value: LocalizedText | undefined): string {
    return this.shown(value).text;
  }

  /** The `lang` of a data text shown in a fallback language (localized-text.ts); `nothing` when in the element's. */
  protected textLang(value: LocalizedText | undefined): string | typeof nothing {
    return this.shown(value).lang ?? nothing;
  }

  /** A data text field with the language it is shown in, when that is not the element's. */
  protected shown(value: LocalizedText | undefined): ShownText {
    return pickText(value, this.locale);
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
  protected override getUpdateComplete(): Promise<boolean> {
    return this.actionSource.afterValidator(() => super.getUpdateComplete());
  }

  /** The first render may wait for a turn, so several elements do not make one long task together. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return scheduleInTurn(this, (this.constructor as typeof HfElement).firstRenderMayWait, () => super.scheduleUpdate());
  }

  /** Every `msg()` of an update (willUpdate, render, updated) answers in the element's locale. */
  protected override performUpdate(): void {
    this.localeTracker.runUpdate(() => super.performUpdate());
  }

  /** Starts a load on a new `data` or `src` before a subclass's `willUpdate` derives from the state. */
  protected override willUpdate(changed: PropertyValues): void {
    this.actionSource.sync();
    if (changed.has('headingLevel')) {
      [this.headingLevelInRange, this.subheadingLevel] = headingLevels(this.headingLevel);
    }
    super.willUpdate(changed);
  }

  /** Where focus goes when a render removed the focused control: the error, else the box, else the loading box. */
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
    const state = this.actionSource.state;
    if (state.status === 'loading') return loadingTemplate(this.locale);
    return state.status === 'error' ? this.renderError(state.failure) : this.renderReady(state.action);
  }

  /** The error state; the banner shows its own. */
  protected renderError(failure: DataError): TemplateResult {
    return errorTemplate(failure, this.locale);
  }
}
