import {html, nothing, type PropertyDeclarations, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ActionDocument, Hotline} from '../../core/document/action-types.js';
import {defaultIdentity} from '../../core/document/default-data/identity.js';
import {defaultHotlines} from '../../core/document/default-data/hotlines.js';
import type {HfExitDetail} from '../../core/element/events.js';
import {focusNeighbourOf} from '../../core/element/focus.js';
import {HfElement} from '../../core/element/hf-element.js';
import {DEFAULT_EXIT_URL, STORAGE_PREFIX, isUsableExitUrl, leavePage} from '../../core/quick-exit/quick-exit.js';
import {hotlinesShape} from '../../core/document/rules/hotlines.js';
import {ShiftTripleController, type ShiftTripleListener} from '../../core/quick-exit/shift-triple.js';
import {attributeOr, warnOnce} from '../../core/element/warn-once.js';
import {formatIsoDate} from '../../i18n/format.js';
import type {ShownText} from '../../i18n/localized-text.js';
import {hotlineBannerStyles} from './hotline-banner.styles.js';

/**
 * Hotline numbers for people affected by human trafficking, as `tel:` links with hours, free and
 * anonymous marks and audience, with an optional quick exit for readers who may be watched.
 *
 * @tagname hf-hotline-banner
 * @summary Hotline numbers with an optional quick exit.
 *
 * @slot - Fallback content, shown before the element upgrades and when its data fails: put the
 *   numbers and a plain exit link there so readers without JavaScript still get them.
 *
 * @csspart base - The banner's outer box.
 * @csspart heading - The banner's heading.
 * @csspart intro - The sentence under the heading.
 * @csspart list - The list of hotlines.
 * @csspart hotline - One hotline.
 * @csspart name - A hotline's name.
 * @csspart number - A hotline's number, a `tel:` link.
 * @csspart marks - A hotline's hours, free and anonymous marks.
 * @csspart audience - Who a hotline is for.
 * @csspart checked - When every shown number has a `checked` date: the line saying when they were confirmed live.
 * @csspart exit - The "Exit this page" control.
 * @csspart dismiss - The button that hides the banner.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The message shown when there is no hotline to show.
 * @csspart error - The error message.
 *
 * @cssprop --hf-color-text - Text colour.
 * @cssprop --hf-color-muted - Secondary text colour.
 * @cssprop --hf-color-surface - Background.
 * @cssprop --hf-color-surface-raised - Background of the hotline list and placeholders.
 * @cssprop --hf-color-border - Border colour.
 * @cssprop --hf-color-accent - Accent colour (the banner's edge).
 * @cssprop --hf-color-link - Link colour.
 * @cssprop --hf-color-exit - Background of the exit control.
 * @cssprop --hf-color-exit-text - Text of the exit control.
 * @cssprop --hf-color-focus - Focus ring.
 * @cssprop --hf-color-danger - Error text and border.
 * @cssprop --hf-color-danger-surface - Error background.
 * @cssprop --hf-radius - Corner radius.
 * @cssprop --hf-space - Base spacing.
 * @cssprop --hf-font-family - Font (inherits the page's by default).
 * @cssprop --hf-font-size - Base font size.
 * @cssprop --hf-z-index - Stacking order of a sticky banner.
 * @cssprop --hf-loading-min-height - Space reserved while loading.
 *
 * @fires hf-load - The data is ready. `detail: {source, id}`.
 * @fires hf-error - The data could not be used. `detail: {code, path, message, issues}`.
 * @fires hf-dismiss - The reader hid the banner. `detail: {remembered}`.
 * @fires hf-exit - Quick exit started: the page is already hidden and about to be replaced. `detail: {url, trigger}`.
 */
export class HfHotlineBanner extends HfElement implements ShiftTripleListener {
  static override styles = hotlineBannerStyles;
  static override properties: PropertyDeclarations = {
    hotlines: {},
    variant: {reflect: true},
    position: {reflect: true},
    dismissible: {type: Boolean, reflect: true},
    rememberDismissal: {attribute: 'remember-dismissal', type: Boolean},
    quickExit: {attribute: 'quick-exit', type: Boolean, reflect: true},
    exitUrl: {attribute: 'exit-url'},
    hiddenByReader: {state: true},
    announcement: {state: true},
  };
  protected static override documentShape = hotlinesShape;
  protected static override defaultDocument = (): ActionDocument => ({...defaultIdentity, hotlines: defaultHotlines});
  protected static override firstRenderMayWait = false;

  /**
   * Ids of the hotlines to show, in order, comma-separated (`astra,police`). When absent, every
   * line of the document except those marked `showByDefault: false`.
   */
  hotlines?: string;

  /** `full` (default) or `compact`: one line with names and numbers. */
  variant: 'full' | 'compact' = 'full';

  /** `inline` (default) in the flow of the page, or sticky at the `top` or `bottom` of the viewport. */
  position: 'inline' | 'top' | 'bottom' = 'inline';

  /** Shows a button that hides the banner. */
  dismissible = false;

  /** Remembers a dismissal in localStorage (nothing is stored without this attribute). */
  rememberDismissal = false;

  /** Shows an "Exit this page" control and listens for Shift pressed three times. */
  quickExit = false;

  /** Where quick exit goes: an `https:` or `http:` URL. Defaults to a neutral search page. */
  exitUrl?: string;

  /** Hidden by the reader during this visit. */
  private hiddenByReader = false;

  /** Text for the live region: quick-exit progress. */
  private announcement = '';

  private readonly internals = this.attachInternals();

  constructor() {
    super();
    new ShiftTripleController(this, () => this.quickExit);
  }

  /**
   * True once the reader has hidden the banner: in this visit, or in an earlier one with
   * `remember-dismissal`. Set it to false to show the banner again (and forget a stored dismissal).
   */
  get dismissed(): boolean {
    return this.hiddenByReader || this.dismissalRemembered();
  }

  set dismissed(value: boolean) {
    this.hiddenByReader = value;
    if (!value) this.forgetDismissal();
  }

  /**
   * The exit URL in use: `exit-url` when it is an absolute http(s) address of another page, else
   * the default (with a warning): `#`, `?…` or this page would leave the reader where they are.
   * @internal
   */
  get effectiveExitUrl(): string {
    return attributeOr(
      this.exitUrl,
      (wanted) => (isUsableExitUrl(wanted) ? new URL(wanted).href : undefined),
      () => DEFAULT_EXIT_URL,
      (wanted) =>
        `hf-hotline-banner: exit-url "${wanted}" is not an absolute https: or http: address of another page; using ${DEFAULT_EXIT_URL}.`,
    );
  }

  /** Leaves the page now, as the exit control and Shift ×3 do. */
  exit(trigger: HfExitDetail['trigger'] = 'control'): void {
    const url = this.effectiveExitUrl;
    this.announcement = this.inOwnLocale(() => msg('Leaving this page.', {id: 'banner-exit-leaving'}));
    // The page is hidden before any listener runs; the navigation itself happens after this task.
    leavePage(url);
    this.emit('hf-exit', {url, trigger});
  }

  /** Hides the banner, remembering it when `remember-dismissal` is set. */
  dismiss(): void {
    this.hiddenByReader = true;
    const key = this.storageKey;
    let remembered = false;
    if (this.rememberDismissal && key) {
      try {
        localStorage.setItem(key, new Date().toISOString().slice(0, 10));
        remembered = true;
      } catch {
        // Storage may be disabled; the banner is still hidden for this visit.
      }
    }
    this.emit('hf-dismiss', {remembered});
  }

  /** @internal Called by the page-wide Shift ×3 watcher. */
  onShiftProgress(remaining: number): void {
    this.announcement = this.inOwnLocale(() =>
      remaining === 2
        ? msg('Shift pressed once. Press it 2 more times to exit this page.', {id: 'banner-shift-2'})
        : msg('Shift pressed twice. Press it once more to exit this page.', {id: 'banner-shift-1'}),
    );
  }

  /** @internal Called by the page-wide Shift ×3 watcher. */
  onShiftReset(): void {
    this.announcement = this.inOwnLocale(() => msg('Quick exit cancelled.', {id: 'banner-shift-reset'}));
  }

  /** @internal Called by the page-wide Shift ×3 watcher. */
  onShiftTriple(): void {
    this.exit('keyboard');
  }

  /** The localStorage key of a remembered dismissal, once the document (and its id) is known. */
  private get storageKey(): string | undefined {
    const state = this.actionSource.state;
    return state.status === 'ready' ? `${STORAGE_PREFIX}hotline-banner-dismissed:${state.action.id}` : undefined;
  }

  private dismissalRemembered(): boolean {
    const key = this.storageKey;
    if (!this.rememberDismissal || !key) return false;
    try {
      return localStorage.getItem(key) !== null;
    } catch {
      return false;
    }
  }

  private forgetDismissal(): void {
    const key = this.storageKey;
    try {
      if (key) localStorage.removeItem(key);
    } catch {
      // Nothing could have been stored.
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // `:host(:state(dismissed))` lets the styles drop a sticky position without an attribute.
    if (this.dismissed) this.internals.states.add('dismissed');
    else this.internals.states.delete('dismissed');
  }

  /** The dismiss button has gone: focus moves on to what follows the banner (or precedes it). */
  protected override restoreFocus(): void {
    if (!this.dismissed || !focusNeighbourOf(this)) super.restoreFocus();
  }

  /**
   * The hotlines to show: those named by `hotlines` in that order (unknown ids warned), else
   * every line not marked `showByDefault: false`.
   */
  private selectHotlines(all: readonly Hotline[]): Hotline[] {
    const ids = this.hotlines
      ?.split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (!ids || ids.length === 0) return all.filter((line) => line.showByDefault !== false);
    const byId = new Map(all.map((line) => [line.id, line]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length > 0) warnOnce(`hf-hotline-banner: no hotline with id ${unknown.map((id) => `"${id}"`).join(', ')}.`);
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /**
   * "Numbers checked: <date>" only when a person confirmed every shown number live (each has a
   * `checked` date); then the oldest of those dates. Otherwise nothing: an unchecked number is
   * never called checked.
   */
  private renderChecked(lines: readonly Hotline[]): TemplateResult | typeof nothing {
    const dates = lines.map((line) => line.checked);
    if (dates.length === 0 || dates.some((date) => !date)) return nothing;
    const oldest = (dates as string[]).sort()[0];
    return html`<p part="checked" class="checked">${msg(str`Numbers checked: ${formatIsoDate(oldest, this.locale)}`, {id: 'banner-checked'})}</p>`;
  }

  private onExitClick(event: MouseEvent): void {
    // The control is a real link, so it still works if this handler never runs.
    event.preventDefault();
    this.exit('control');
  }

  private renderMarks(line: Hotline): TemplateResult | typeof nothing {
    const marks = [
      line.hours ? this.shown(line.hours) : undefined,
      line.free === true ? {text: msg('Free', {id: 'banner-free'})} : line.free ? this.shown(line.free) : undefined,
      line.anonymous ? {text: msg('Anonymous', {id: 'banner-anonymous'})} : undefined,
    ].filter((mark): mark is ShownText => Boolean(mark?.text));
    if (marks.length === 0) return nothing;
    return html`<span part="marks" class="marks">${marks.map((mark) => html`<span class="mark" lang=${mark.lang ?? nothing}>${mark.text}</span>`)}</span>`;
  }

  private renderNumber(line: Hotline): TemplateResult {
    const name = this.text(line.name);
    return html`<a part="number" class="number" href="tel:${line.number}" aria-label=${msg(str`Call ${name}: ${line.display}`, {id: 'banner-call'})}
      >${line.display}</a
    >`;
  }

  private renderExit(): TemplateResult | typeof nothing {
    return this.quickExit
      ? html`<a
              part="exit"
              class="exit"
              href=${this.effectiveExitUrl}
              target=${window.top !== window ? '_top' : nothing}
              rel="noreferrer noopener"
              aria-describedby="exit-hint"
              @click=${this.onExitClick}
              >${msg('Exit this page', {id: 'banner-exit'})}</a
            ><span id="exit-hint" class="visually-hidden">${msg('Or press Shift 3 times.', {id: 'banner-exit-hint'})}</span>`
      : nothing;
  }

  private renderControls(): TemplateResult {
    return html`
      ${this.renderExit()}
      ${
        this.dismissible
          ? html`<button part="dismiss" class="dismiss" type="button" aria-label=${msg('Hide the hotline banner', {id: 'banner-dismiss'})} @click=${this.dismiss}>
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
          </button>`
          : nothing
      }
    `;
  }

  protected renderReady(action: ActionDocument): TemplateResult | typeof nothing {
    if (this.dismissed) return html`${this.renderLiveRegion()}`;
    const lines = this.selectHotlines(action.hotlines ?? []);
    const title = msg('Help against human trafficking', {id: 'banner-title'});
    if (this.variant === 'compact') return this.renderCompact(lines, title);
    return html`
      <section part="base" class="banner" aria-labelledby="title" lang=${this.locale}>
        <div class="head">
          <div part="heading" class="heading" id="title" role="heading" aria-level=${this.headingLevelInRange}>${title}</div>
          <div class="controls">${this.renderControls()}</div>
        </div>
        ${
          lines.length === 0
            ? this.renderNoLines()
            : html`
              <p part="intro" class="intro">${msg('If you or someone you know may be a victim of trafficking, call for help.', {id: 'banner-intro'})}</p>
              <ul part="list" class="lines">
                ${lines.map(
                  (line) => html`
                    <li part="hotline" class="line">
                      <span part="name" class="name" lang=${this.textLang(line.name)}>${this.text(line.name)}</span>
                      ${this.renderNumber(line)} ${this.renderMarks(line)}
                      ${line.audience ? html`<span part="audience" class="audience" lang=${this.textLang(line.audience)}>${this.text(line.audience)}</span>` : nothing}
                    </li>
                  `,
                )}
              </ul>
              ${this.renderChecked(lines)}
            `
        }
        ${this.renderLiveRegion()}
      </section>
    `;
  }

  private renderCompact(lines: Hotline[], title: string): TemplateResult {
    return html`
      <section part="base" class="banner compact" aria-label=${title} lang=${this.locale}>
        ${
          lines.length === 0
            ? this.renderNoLines()
            : html`<ul part="list" class="lines">
              ${lines.map(
                (line) =>
                  html`<li part="hotline" class="line"><span part="name" class="name" lang=${this.textLang(line.name)}>${this.text(line.name)}</span> ${this.renderNumber(line)}</li>`,
              )}
            </ul>`
        }
        <div class="controls">${this.renderControls()}</div>
        ${this.renderLiveRegion()}
      </section>
    `;
  }

  /** No line to show (none in the data, or a `hotlines` typo): the page's own fallback numbers stand in. */
  private renderNoLines(): TemplateResult {
    return html`${this.renderEmpty(msg('No hotline numbers are available.', {id: 'banner-empty'}))}<slot></slot>`;
  }

  /**
   * While the data loads, and when it fails, the reader still has a way out: the exit control
   * (and the live region for Shift ×3) stand beside the page's fallback.
   */
  protected override render(): TemplateResult | typeof nothing {
    const content = super.render();
    if (!this.quickExit || this.actionSource.state.status === 'ready') return content;
    return html`${content}
      <div class="controls standalone" lang=${this.locale}>${this.renderExit()}</div>
      ${this.renderLiveRegion()}`;
  }

  private renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.locale}>${this.announcement}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-hotline-banner': HfHotlineBanner;
  }
}
