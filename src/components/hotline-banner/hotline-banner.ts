import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {ActionDocument, Hotline} from '../../core/document/action-types.js';
import {defaultIdentity} from '../../core/document/default-data/identity.js';
import {defaultHotlines} from '../../core/document/default-data/hotlines.js';
import type {HfExitDetail} from '../../core/element/events.js';
import {focusNeighbourOf, focusWithin} from '../../core/element/focus.js';
import {HfElement} from '../../core/element/hf-element.js';
import {DEFAULT_EXIT_URL, STORAGE_PREFIX, isUsableExitUrl, leavePage} from '../../core/quick-exit/quick-exit.js';
import {ShiftTripleController, type ShiftTripleListener} from '../../core/quick-exit/shift-triple.js';
import {attributeOr, warnOnce} from '../../core/element/warn-once.js';
import {formatIsoDate} from '../../i18n/format.js';
import type {ShownText} from '../../i18n/localized-text.js';
import {inLocale} from '../../i18n/locale.js';
import type {DataError} from '../../core/loading/data-error.js';
import {hotlineBannerStyles} from './hotline-banner.styles.js';
import {StickyBarController} from './sticky-bar.js';
import type {StickyEdge} from './sticky-scroll-padding.js';

/**
 * Hotline numbers for people affected by human trafficking, as `tel:` links with hours, free and
 * anonymous marks and audience, with an optional quick exit for readers who may be watched.
 *
 * In a sticky (`position="top|bottom"`) or compact banner the exit control comes first and never
 * sits inside a scrolling box. A sticky banner is a bar fixed at the window's edge, wherever it
 * stands in the page, and never takes more than about a third of the window's height: when the
 * whole banner would, it folds to one row, the exit first and then a button that opens the
 * numbers over the page (Escape, or turning back to the page, closes them). While it is at an
 * edge it changes the host page in one way: it adds its bar's height to `padding-top` or
 * `padding-bottom` on `<html>` (so the page's first or last lines can be scrolled out from under
 * it) and, plus 8 px for a focus ring, to `scroll-padding-top` or `scroll-padding-bottom` (so the
 * browser scrolls a focused element clear of it, WCAG 2.4.11), each on top of the page's own. It
 * keeps them in step with the bar and gives them back when it is removed, dismissed or no longer
 * sticky. A dismissed `quick-exit` banner keeps a small bar with the exit control and a button
 * that shows the numbers again.
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
 * @csspart shift-progress - The three lights on the exit control that count Shift presses.
 * @csspart dismiss - The button that hides the banner.
 * @csspart restore - After a dismissal with `quick-exit`: the button that shows the numbers again.
 * @csspart numbers-toggle - In a sticky banner folded to one row: the button that opens and closes the numbers.
 * @csspart emergency - With no line to show: where to call in an emergency (the police, 192).
 * @csspart loading - The loading placeholder.
 * @csspart empty - The message shown when there is no hotline to show.
 * @csspart error - When the data fails: the box around the page's fallback (the technical detail
 *   goes only to the console and `hf-error`).
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
    shiftPresses: {state: true},
    numbersOpen: {state: true},
  };
  protected static override documentShape = () => import('../../core/document/rules/hotlines.js').then((rules) => rules.hotlinesShape);
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

  /** Hidden by the reader: in this visit, or (read once per document) in an earlier one. */
  private hiddenByReader = false;

  /** Text for the live region: quick-exit progress. */
  private announcement = '';

  /** Shift presses counted towards the three that exit, shown as lights on the exit control. */
  private shiftPresses = 0;

  /** In a sticky banner folded to one row: whether the reader has opened the numbers. */
  private numbersOpen = false;

  /** Whether the sticky bar is folded to one row (decided by measuring, in sticky-bar.ts). */
  private folded = false;

  // View state, derived in willUpdate so that render only reads.
  /** The hotlines to show. */
  private shownLines: Hotline[] = [];
  /** The exit control's address. */
  private exitHref = DEFAULT_EXIT_URL;
  /** Whether the page put fallback content (numbers, an exit link) inside the element. */
  private hasFallback = false;
  /** The storage key (and `remember-dismissal`) a remembered dismissal was last read for. */
  private dismissalReadFor?: string;
  /** The failure last written to the console, so each is written once. */
  private reportedFailure?: DataError;

  private readonly internals = this.attachInternals();

  private readonly stickyBar = new StickyBarController(this, {
    edge: () => this.coveringEdge,
    canFold: () => !this.hiddenByReader,
    setFolded: (folded) => this.setFolded(folded),
  });

  constructor() {
    super();
    new ShiftTripleController(this, () => this.quickExit);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.onPageInteraction, true);
    document.addEventListener('pointerdown', this.onPageInteraction, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.onPageInteraction, true);
    document.removeEventListener('pointerdown', this.onPageInteraction, true);
  }

  /**
   * True once the reader has hidden the banner: in this visit, or in an earlier one with
   * `remember-dismissal`. Set it to false to show the banner again (and forget a stored dismissal).
   */
  get dismissed(): boolean {
    return this.hiddenByReader;
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
    this.announcement = inLocale(this.locale, () => msg('Leaving this page.', {id: 'banner-exit-leaving'}));
    // The page is hidden before any listener runs; the navigation itself happens after this task.
    // The announcement stays the one thing assistive technology finds on the hidden page.
    leavePage(url, {announcement: this.announcement, lang: this.locale});
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
    this.shiftPresses = 3 - remaining;
    this.announcement = inLocale(this.locale, () =>
      remaining === 2
        ? msg('Shift pressed once. Press it 2 more times to exit this page.', {id: 'banner-shift-2'})
        : msg('Shift pressed twice. Press it once more to exit this page.', {id: 'banner-shift-1'}),
    );
  }

  /** @internal Called by the page-wide Shift ×3 watcher. */
  onShiftReset(): void {
    this.shiftPresses = 0;
    this.announcement = inLocale(this.locale, () => msg('Quick exit cancelled.', {id: 'banner-shift-reset'}));
  }

  /** @internal Called by the page-wide Shift ×3 watcher. */
  onShiftTriple(): void {
    this.shiftPresses = 3;
    this.exit('keyboard');
  }

  /** Folds the sticky bar to one row, or lays it out in full, at once (a custom state the styles read). */
  private setFolded(folded: boolean): void {
    this.folded = folded;
    if (folded) this.internals.states.add('folded');
    else this.internals.states.delete('folded');
  }

  private get isSticky(): boolean {
    return this.position === 'top' || this.position === 'bottom';
  }

  /** The window edge this banner covers while it shows something there (for the page's scroll padding). */
  private get coveringEdge(): StickyEdge | undefined {
    if (!this.isSticky || (this.hiddenByReader && !this.quickExit)) return undefined;
    return this.position as StickyEdge;
  }

  /** The localStorage key of a remembered dismissal, once the document (and its id) is known. */
  private get storageKey(): string | undefined {
    const state = this.actionSource.state;
    return state.status === 'ready' ? `${STORAGE_PREFIX}hotline-banner-dismissed:${state.action.id}` : undefined;
  }

  private dismissalRemembered(key: string): boolean {
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

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.actionSource.state;
    // A remembered dismissal is read once for each document (and when remember-dismissal turns on).
    const key = this.storageKey;
    const readFor = key && this.rememberDismissal ? key : undefined;
    if (readFor !== this.dismissalReadFor) {
      this.dismissalReadFor = readFor;
      if (readFor && this.dismissalRemembered(readFor)) this.hiddenByReader = true;
    }
    this.shownLines = state.status === 'ready' ? this.selectHotlines(state.action.hotlines ?? []) : [];
    if (changed.has('exitUrl') || !this.hasUpdated) this.exitHref = this.effectiveExitUrl;
    this.hasFallback = [...this.childNodes].some(isFallbackContent);
    if (state.status === 'error' && state.failure !== this.reportedFailure) {
      this.reportedFailure = state.failure;
      // Readers see the page's fallback numbers only; the detail is for the page's developer.
      const {code, path, message} = state.failure.toDetail();
      console.warn(
        `hf-hotline-banner: the data could not be used (${code}${path ? ` at ${path}` : ''}: ${message}); showing the page’s fallback.`,
      );
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // `:host(:state(dismissed))` lets the styles drop a sticky position without an attribute.
    if (this.hiddenByReader) this.internals.states.add('dismissed');
    else this.internals.states.delete('dismissed');
  }

  /**
   * The dismiss button has gone: with quick exit, focus moves to the button that brings the
   * banner back (in its place); otherwise on to what follows the banner (or precedes it).
   */
  protected override restoreFocus(): void {
    if (this.hiddenByReader && this.quickExit) {
      focusWithin(this.renderRoot, '[part~="restore"]');
      return;
    }
    // Brought back into a folded bar: the numbers are open, and focus is on the button that closes them.
    this.stickyBar.fit();
    if (!this.hiddenByReader && this.folded && focusWithin(this.renderRoot, '[part~="numbers-toggle"]')) return;
    if (!this.hiddenByReader || !focusNeighbourOf(this)) super.restoreFocus();
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

  private onExitClick(event: MouseEvent): void {
    // The control is a real link, so it still works if this handler never runs.
    event.preventDefault();
    this.exit('control');
  }

  /** Space as well as Enter: the control looks like a button, and a reader in a hurry presses either. */
  private onExitKeydown(event: KeyboardEvent): void {
    if (event.key !== ' ' || event.repeat || event.ctrlKey || event.metaKey || event.altKey) return;
    event.preventDefault();
    this.exit('control');
  }

  private readonly onSlotChange = (): void => this.requestUpdate();

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
    if (!this.quickExit) return nothing;
    // The lights repeat what the live region says, for readers who watch rather than listen.
    const lights =
      this.shiftPresses > 0
        ? html`<span part="shift-progress" class="shift-lights" aria-hidden="true"
            >${[1, 2, 3].map((press) => html`<span class=${press <= this.shiftPresses ? 'light lit' : 'light'}></span>`)}</span
          >`
        : nothing;
    return html`<a
        part="exit"
        class="exit"
        href=${this.exitHref}
        target=${window.top !== window ? '_top' : nothing}
        rel="noreferrer noopener"
        aria-describedby="exit-hint"
        @click=${this.onExitClick}
        @keydown=${this.onExitKeydown}
        >${msg('Exit this page', {id: 'banner-exit'})}${lights}</a
      ><span id="exit-hint" class="visually-hidden">${msg('Or press Shift 3 times.', {id: 'banner-exit-hint'})}</span>`;
  }

  private renderDismiss(): TemplateResult | typeof nothing {
    if (!this.dismissible) return nothing;
    return html`<button part="dismiss" class="dismiss" type="button" aria-label=${msg('Hide the hotline banner', {id: 'banner-dismiss'})} @click=${this.dismiss}>
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M3 3l10 10M13 3L3 13" /></svg>
    </button>`;
  }

  private renderHeading(): TemplateResult {
    return html`<div part="heading" class="heading" id="title" role="heading" aria-level=${this.headingLevelInRange}>
      ${msg('Help against human trafficking', {id: 'banner-title'})}
    </div>`;
  }

  /** The full variant's intro, list and checked line (or what stands in for no line). */
  private renderFullLines(): TemplateResult {
    const lines = this.shownLines;
    if (lines.length === 0) return this.renderNoLines();
    return html`
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
    `;
  }

  private renderCompactLines(): TemplateResult {
    if (this.shownLines.length === 0) return this.renderNoLines();
    return html`<ul part="list" class="lines">
      ${this.shownLines.map(
        (line) =>
          html`<li part="hotline" class="line"><span part="name" class="name" lang=${this.textLang(line.name)}>${this.text(line.name)}</span> ${this.renderNumber(line)}</li>`,
      )}
    </ul>`;
  }

  protected renderReady(): TemplateResult | typeof nothing {
    if (this.hiddenByReader) return this.quickExit ? this.renderDismissedBar() : this.renderLiveRegion();
    if (this.variant === 'compact') return this.renderExitFirst(this.renderCompactLines(), {labelledByHeading: false});
    if (this.isSticky) return this.renderExitFirst(html`${this.renderHeading()}${this.renderFullLines()}`, {labelledByHeading: true});
    return html`
      <section part="base" class="banner" role="group" aria-labelledby="title" lang=${this.locale}>
        <div class="head">${this.renderHeading()}<div class="controls">${this.renderExit()} ${this.renderDismiss()}</div></div>
        ${this.renderFullLines()} ${this.renderLiveRegion()}
      </section>
    `;
  }

  /**
   * Sticky and compact banners: the exit control first, in the page's order and on screen, and
   * never inside a box that scrolls. A sticky banner folded to one row (sticky-bar.ts) shows a
   * button after the exit that opens `numbers` over the page. A sticky banner is a landmark, so
   * it can be found from anywhere on the page; an inline one is a labelled group in the page's
   * own sections.
   */
  private renderExitFirst(numbers: TemplateResult, {labelledByHeading}: {labelledByHeading: boolean}): TemplateResult {
    const compact = this.variant === 'compact';
    const sticky = this.isSticky;
    return html`
      <section
        part="base"
        class=${`banner exit-first${compact ? ' compact' : ''}${sticky ? ' sticky' : ''}`}
        role=${sticky ? nothing : 'group'}
        aria-labelledby=${labelledByHeading ? 'title' : nothing}
        aria-label=${labelledByHeading ? nothing : msg('Help against human trafficking', {id: 'banner-title'})}
        lang=${this.locale}
        @keydown=${this.onBarKeydown}
      >
        ${this.quickExit ? html`<div class="exit-slot">${this.renderExit()}</div>` : nothing}
        ${
          sticky
            ? html`<button
              part="numbers-toggle"
              class="bar-button toggle"
              type="button"
              aria-expanded=${this.numbersOpen ? 'true' : 'false'}
              aria-controls="numbers"
              @click=${this.toggleNumbers}
            >
              ${PHONE_ICON}<span class="bar-button-label">${msg('Show help numbers', {id: 'banner-restore'})}</span>
            </button>`
            : nothing
        }
        <div id="numbers" class=${this.numbersOpen ? 'numbers open' : 'numbers'} tabindex=${sticky ? '-1' : nothing}>${numbers}</div>
        ${this.dismissible ? html`<div class="dismiss-slot">${this.renderDismiss()}</div>` : nothing} ${this.renderLiveRegion()}
      </section>
    `;
  }

  private readonly toggleNumbers = (): void => {
    this.numbersOpen = !this.numbersOpen;
  };

  /** Escape closes the open numbers and puts focus back on the button that opened them. */
  private readonly onBarKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.numbersOpen || !this.folded) return;
    this.numbersOpen = false;
    this.renderRoot.querySelector<HTMLElement>('[part~="numbers-toggle"]')?.focus();
  };

  /**
   * Open numbers cover part of the page, so they close as soon as the reader turns back to it
   * (focus moves into the page, or a press lands there): the page's focused element is never
   * left under them.
   */
  private readonly onPageInteraction = (event: Event): void => {
    if (this.numbersOpen && !event.composedPath().includes(this)) this.numbersOpen = false;
  };

  /** After a dismissal with quick exit: the way out stays in view, and the numbers can come back. */
  private renderDismissedBar(): TemplateResult {
    return html`
      <section part="base" class="banner dismissed-bar" role="group" lang=${this.locale} aria-label=${msg('Help against human trafficking', {id: 'banner-title'})}>
        ${this.renderExit()}
        <button part="restore" class="bar-button restore" type="button" @click=${this.showAgain}>
          ${PHONE_ICON}<span class="bar-button-label">${msg('Show help numbers', {id: 'banner-restore'})}</span>
        </button>
        ${this.renderLiveRegion()}
      </section>
    `;
  }

  /** Brings the banner back; a folded sticky bar opens its numbers at once, as the button says. */
  private readonly showAgain = (): void => {
    this.dismissed = false;
    this.numbersOpen = true;
  };

  /** No line to show (none in the data, or a `hotlines` typo): the page's fallback and the police stand in. */
  private renderNoLines(): TemplateResult {
    return html`${this.renderEmpty(msg('No hotline numbers are available.', {id: 'banner-empty'}))}${this.renderEmergency()}<slot></slot>`;
  }

  /** Where to call when the banner has no line of its own to show. */
  private renderEmergency(): TemplateResult {
    return html`<p part="emergency" class="emergency">
      ${msg('In an emergency, call the police:', {id: 'banner-emergency'})}
      <a class="number" href="tel:${POLICE.number}">${POLICE.display}</a>
    </p>`;
  }

  /**
   * The data failed: readers see the page's fallback numbers (or, with none, the police) and the
   * exit, never a technical message; the detail went to the console and `hf-error`.
   */
  protected override renderError(): TemplateResult {
    return html`<div part="error" class="fallback">
      ${this.hasFallback ? nothing : this.renderEmergency()}<slot @slotchange=${this.onSlotChange}></slot>
    </div>`;
  }

  /**
   * While the data loads, and when it fails, the reader still has a way out: the exit control
   * comes first (with the live region for Shift ×3), then the page's fallback.
   */
  protected override render(): TemplateResult | typeof nothing {
    const content = super.render();
    const ready = this.actionSource.state.status === 'ready';
    if (this.isSticky) {
      // The bar is fixed at the window's edge (sticky-bar.ts). While loading or failed, the page's
      // fallback takes the numbers' place.
      const bar = ready ? content : this.renderExitFirst(content as TemplateResult, {labelledByHeading: false});
      return html`<div class="frame">${bar}</div>`;
    }
    if (!this.quickExit || ready) return content;
    return html`<div class="controls standalone" lang=${this.locale}>${this.renderExit()}</div>
      ${content} ${this.renderLiveRegion()}`;
  }

  private renderLiveRegion(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" lang=${this.locale}>${this.announcement}</div>`;
  }
}

/** A telephone handset: the button that shows the numbers, where the row has no room for its words. */
const PHONE_ICON = html`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
  <path d="M7.2 3.2 4.6 4.1C3.7 4.5 3.3 5.4 3.5 6.3c1.7 7.2 7 12.5 14.2 14.2.9.2 1.8-.2 2.2-1.1l.9-2.6-4.4-2.2-1.8 1.8c-2.6-1.2-4.5-3.1-5.7-5.7l1.8-1.8z" />
</svg>`;

/** The police line of the default data: what a banner with no line of its own tells readers to call. */
const POLICE = defaultHotlines.find((line) => line.id === 'police')!;

/** Light-DOM content a reader would see in the slot (not the inline JSON, not blank text). */
function isFallbackContent(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return Boolean(node.textContent?.trim());
  return node instanceof Element && !['SCRIPT', 'TEMPLATE', 'STYLE'].includes(node.tagName);
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-hotline-banner': HfHotlineBanner;
  }
}
