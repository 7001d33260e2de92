import {html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ActionDocument, Link, LocalizedText, Period} from '../../core/document/action-types.js';
import type {Shape} from '../../core/document/schema.js';
import {defaultAction} from '../../core/document/default-action.js';
import {HfElement} from '../../core/element/hf-element.js';
import {attributeOr} from '../../core/element/warn-once.js';
import {formatMoney, formatPeriod} from '../../i18n/format.js';
import type {SupportedLocale} from '../../i18n/locale.js';
import type {ShownText} from '../../i18n/localized-text.js';
import {actionCardStyles} from './action-card.styles.js';

/** Where the action stands on a given day, worked out from its `period`. */
export type ActionStatus = 'planned' | 'ongoing' | 'completed';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first day an ISO date, month or year stands for: `2023` → `2023-01-01`. */
function firstDay(iso: string): string {
  const [year, month = '01', day = '01'] = iso.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day an ISO date, month or year stands for: `2026` → `2026-12-31`, `2024-02` → `2024-02-29`. */
function lastDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day) return iso;
  if (!month) return `${year}-12-31`;
  // Day 0 of the next month is the last day of this one.
  const days = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return `${year}-${month}-${String(days).padStart(2, '0')}`;
}

/**
 * The status of an action with this period on `today` (an ISO date): the start day is already
 * `ongoing`, the end day still is, the day after it is `completed`. A period given in years
 * covers the whole of both years.
 */
export function actionStatusOn(period: Period, today: string): ActionStatus {
  // Zero-padded ISO dates order correctly as strings.
  if (today < firstDay(period.start)) return 'planned';
  if (today > lastDay(period.end)) return 'completed';
  return 'ongoing';
}

/** The reader's own calendar day: an action ends at midnight where the reader is. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0'))
    .join('-');
}

function isValidDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const regionNames = new Map<SupportedLocale, Intl.DisplayNames | null>();

/** A country's name in the locale (`RS` → Serbia / Србија / Srbija), or its code if Intl has none. */
function countryName(code: string, locale: SupportedLocale): string {
  if (!regionNames.has(locale)) {
    try {
      regionNames.set(locale, new Intl.DisplayNames([locale], {type: 'region', fallback: 'code'}));
    } catch {
      regionNames.set(locale, null);
    }
  }
  return regionNames.get(locale)?.of(code) ?? code;
}

/** The host a web link leads to, without `www.`, so readers see where they are going. */
function linkHost(url: string): string | undefined {
  try {
    const parsed = new URL(url, document.baseURI);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
    return parsed.host.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The facts of the facts row, in the order the full card shows them. */
type FactKey = 'period' | 'programme' | 'country' | 'budget';

/**
 * What each section of the card shows, worked out once per render from the document and the
 * locale. A section is absent when it has nothing to show, so "does the card have content?" and
 * the section's renderer read the same value and cannot disagree.
 */
interface CardContent {
  /** Each fact's text, absent when the document lacks it. */
  facts: Partial<Record<FactKey, ShownText>>;
  summary?: ShownText;
  goal?: ShownText;
  approach?: ShownText[];
  results?: ShownText[];
  /**
   * The labels of the groups that have members. No counts: an entry such as "civil society
   * organisations" stands for many, so "(1)" would mislead.
   */
  beneficiaryGroups?: ShownText[];
  phases?: {period: string; title: ShownText}[];
  links?: Link[];
  attribution?: ShownText[];
}

/** The `lang` of a text shown in a fallback language; none when it is in the card's locale. */
function langOf(shown: ShownText): string | typeof nothing {
  return shown.lang ?? nothing;
}

/** A list, or absent when it is empty. */
function presentList<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

/** True when the card has something to show besides its title and status. */
function hasContent({facts, ...sections}: CardContent): boolean {
  return Object.values(facts).some((fact) => fact !== undefined) || Object.values(sections).some((section) => section !== undefined);
}

/**
 * The action at a glance: title, status (planned, ongoing or completed, from its dates), period,
 * programme, country and budget, then its goal, how it works, expected results, who benefits,
 * earlier phases, links and funding attribution. `variant="compact"` shows the essentials with a
 * "Show more" button that unfolds the rest in place.
 *
 * @tagname hf-action-card
 * @summary The action summary card, full or compact.
 *
 * @slot - Fallback content, shown before the element upgrades and when its data fails: put the
 *   action's title and a link to its page there.
 *
 * @csspart base - The card's outer box.
 * @csspart header - The title and status row.
 * @csspart title - The action's title (a heading).
 * @csspart status - The status badge: planned, ongoing or completed, always as text.
 * @csspart meta - The facts row (a definition list): period, programme, country, budget.
 * @csspart meta-item - One fact: a term and its value.
 * @csspart summary - The summary paragraph.
 * @csspart section - One section: goal, how it works, expected results, who benefits, earlier phases, links.
 * @csspart section-heading - A section's heading.
 * @csspart goal - The goal paragraph.
 * @csspart approach - The "How it works" list.
 * @csspart results - The "Expected results" list.
 * @csspart beneficiaries - The one-line summary of who benefits.
 * @csspart timeline - The earlier phases, an ordered list drawn as a timeline.
 * @csspart phase - One earlier phase.
 * @csspart links - The list of links.
 * @csspart link - A link.
 * @csspart toggle - The "Show more" button of the compact card.
 * @csspart details - The part of a compact card that the toggle shows and hides.
 * @csspart attribution - The funding line (text, no logos).
 * @csspart loading - The loading placeholder.
 * @csspart empty - The line shown when the document has nothing but a title.
 * @csspart error - The error message.
 *
 * @cssprop --hf-color-text - Text colour.
 * @cssprop --hf-color-muted - Secondary text colour.
 * @cssprop --hf-color-surface - Background.
 * @cssprop --hf-color-surface-raised - Background of the facts row and placeholders.
 * @cssprop --hf-color-border - Border colour.
 * @cssprop --hf-color-accent - Accent colour (the card's top edge, list markers, the timeline).
 * @cssprop --hf-color-link - Link colour, and the toggle's.
 * @cssprop --hf-color-success - The "Ongoing" badge.
 * @cssprop --hf-color-warning - The "Planned" badge.
 * @cssprop --hf-color-focus - Focus ring.
 * @cssprop --hf-color-danger - Error text and border.
 * @cssprop --hf-color-danger-surface - Error background.
 * @cssprop --hf-radius - Corner radius.
 * @cssprop --hf-space - Base spacing.
 * @cssprop --hf-font-family - Font (inherits the page's by default).
 * @cssprop --hf-font-size - Base font size.
 * @cssprop --hf-loading-min-height - Space reserved while loading.
 *
 * @fires hf-load - The data is ready. `detail: {source, id}`.
 * @fires hf-error - The data could not be used. `detail: {code, path, message, issues}`.
 * @fires hf-toggle - The reader showed or hid the rest of a compact card. `detail: {expanded}`.
 */
export class HfActionCard extends HfElement {
  static override styles = actionCardStyles;
  static override properties: PropertyDeclarations = {
    variant: {reflect: true},
    expanded: {type: Boolean, reflect: true},
    today: {},
  };
  protected static override documentShape = async (): Promise<Shape> => {
    const parts = await Promise.all([
      import('../../core/document/rules/overview.js').then((rules) => rules.overviewShape),
      import('../../core/document/rules/budget.js').then((rules) => rules.budgetShape),
      import('../../core/document/rules/beneficiaries.js').then((rules) => rules.beneficiariesShape),
    ]);
    return Object.assign({}, ...parts) as Shape;
  };
  protected static override defaultDocument = (): ActionDocument => defaultAction;

  /** `full` (default): everything; `compact`: the essentials and a "Show more" button. */
  variant: 'full' | 'compact' = 'full';

  /** Whether a compact card shows everything. The reader changes it with the "Show more" button. */
  expanded = false;

  /** The day the status is worked out for (ISO date, `2025-06-30`); the reader's today by default. For previews and tests. */
  today?: string;

  /** Where the action stands today, or `undefined` while there is no data or no period. */
  get actionStatus(): ActionStatus | undefined {
    return this.status;
  }

  /** The status and everything the card shows of the ready document, derived in willUpdate; render only reads them. */
  private status?: ActionStatus;
  private content?: CardContent;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.actionSource.state;
    const action = state.status === 'ready' ? state.action : undefined;
    this.status = action?.period ? actionStatusOn(action.period, this.effectiveToday) : undefined;
    this.content = action && this.contentOf(action);
  }

  /** Shows or hides the rest of a compact card (toggles without an argument), firing `hf-toggle` when it changes. */
  toggle(expanded = !this.expanded): void {
    if (expanded === this.expanded) return;
    this.expanded = expanded;
    this.emit('hf-toggle', {expanded});
  }

  private get effectiveToday(): string {
    return attributeOr(
      this.today,
      (wanted) => (isValidDay(wanted) ? wanted : undefined),
      localToday,
      (wanted) => `hf-action-card: today "${wanted}" is not an ISO date such as 2025-06-30; using the reader's date.`,
    );
  }

  private statusLabel(status: ActionStatus): string {
    switch (status) {
      case 'planned':
        return msg('Planned', {id: 'card-status-planned'});
      case 'ongoing':
        return msg('Ongoing', {id: 'card-status-ongoing'});
      case 'completed':
        return msg('Completed', {id: 'card-status-completed'});
    }
  }

  /** The texts of a list field, without blank entries; absent when none is left. */
  private texts(values: readonly LocalizedText[] | undefined): ShownText[] | undefined {
    return presentList((values ?? []).flatMap((value) => this.trimmed(value) ?? []));
  }

  /** A text field, trimmed; absent when blank. */
  private trimmed(value: LocalizedText | undefined): ShownText | undefined {
    const {text, lang} = this.shown(value);
    const trimmed = text.trim();
    return trimmed ? {text: trimmed, lang} : undefined;
  }

  /** Everything the card can show of `action`, each section worked out once (see CardContent). */
  private contentOf(action: ActionDocument): CardContent {
    const {locale} = this;
    const facts: CardContent['facts'] = {
      period: action.period ? {text: formatPeriod(action.period, locale)} : undefined,
      programme: this.trimmed(action.programme?.name),
      country: action.country ? {text: countryName(action.country, locale)} : undefined,
      budget: action.budget ? {text: formatMoney(action.budget.amount, action.budget.currency, locale)} : undefined,
    };
    return {
      facts,
      summary: this.trimmed(action.summary),
      goal: this.trimmed(action.goal),
      approach: this.texts(action.approach),
      results: this.texts(action.results),
      beneficiaryGroups: presentList(
        (action.beneficiaries ?? []).filter((group) => group.members.length > 0).map((group) => this.shown(group.label)),
      ),
      phases: presentList(
        (action.previousPhases ?? []).map((phase) => ({period: formatPeriod(phase.period, locale), title: this.shown(phase.title)})),
      ),
      links: presentList(action.links ?? []),
      attribution: this.texts(action.attribution),
    };
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const {status} = this;
    if (!status) return nothing;
    return html`<span part="status" class="status" data-status=${status}>
      ${
        status === 'completed'
          ? html`<svg class="status-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><path d="M2.5 6.3l2.3 2.3 4.7-5" /></svg>`
          : html`<svg class="status-icon" viewBox="0 0 12 12" aria-hidden="true" focusable="false"><circle cx="6" cy="6" r="3.5" /></svg>`
      }
      <span class="visually-hidden">${msg('Status:', {id: 'card-status-label'})} </span>${this.statusLabel(status)}
    </span>`;
  }

  private factTerm(key: FactKey): string {
    switch (key) {
      case 'period':
        return msg('Period', {id: 'card-period'});
      case 'programme':
        return msg('Programme', {id: 'card-programme'});
      case 'country':
        return msg('Country', {id: 'card-country'});
      case 'budget':
        return msg('Budget', {id: 'card-budget'});
    }
  }

  /** The facts row; `keys` picks which facts, in this order. */
  private renderMeta(facts: CardContent['facts'], keys: readonly FactKey[]): TemplateResult | typeof nothing {
    const items = keys.flatMap((key) => {
      const value = facts[key];
      return value === undefined
        ? []
        : [
            html`<div part="meta-item" class="meta-item meta-${key}">
              <dt>${this.factTerm(key)}</dt>
              <dd lang=${langOf(value)}>${value.text}</dd>
            </div>`,
          ];
    });
    return items.length > 0 ? html`<dl part="meta" class="meta">${items}</dl>` : nothing;
  }

  private renderSectionHeading(text: string): TemplateResult {
    return html`<div part="section-heading" class="section-heading" role="heading" aria-level=${this.subheadingLevel}>${text}</div>`;
  }

  private renderSummary(summary: ShownText | undefined): TemplateResult | typeof nothing {
    return summary ? html`<p part="summary" class="summary" lang=${langOf(summary)}>${summary.text}</p>` : nothing;
  }

  private renderGoal(goal: ShownText | undefined): TemplateResult | typeof nothing {
    if (!goal) return nothing;
    return html`<section part="section" class="section section-goal">
      ${this.renderSectionHeading(msg('Goal', {id: 'card-goal'}))}
      <p part="goal" class="goal" lang=${langOf(goal)}>${goal.text}</p>
    </section>`;
  }

  private renderLists({approach, results}: CardContent): TemplateResult | typeof nothing {
    if (!approach && !results) return nothing;
    return html`<div class="columns">
      ${
        approach
          ? html`<section part="section" class="section">
            ${this.renderSectionHeading(msg('How it works', {id: 'card-approach'}))}
            <ul part="approach" class="bullets" role="list">
              ${approach.map((item) => html`<li lang=${langOf(item)}><span class="bullet" aria-hidden="true"></span>${item.text}</li>`)}
            </ul>
          </section>`
          : nothing
      }
      ${
        results
          ? html`<section part="section" class="section">
            ${this.renderSectionHeading(msg('Expected results', {id: 'card-results'}))}
            <ul part="results" class="bullets results" role="list">
              ${results.map(
                (item) =>
                  html`<li lang=${langOf(item)}>
                    <svg class="check" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3.5 8.5l3 3 6-7" /></svg>${item.text}
                  </li>`,
              )}
            </ul>
          </section>`
          : nothing
      }
    </div>`;
  }

  private renderBeneficiaries(groups: CardContent['beneficiaryGroups']): TemplateResult | typeof nothing {
    if (!groups) return nothing;
    return html`<section part="section" class="section">
      ${this.renderSectionHeading(msg('Who benefits', {id: 'card-beneficiaries'}))}
      <div class="inline-list-clip">
        <ul part="beneficiaries" class="inline-list" role="list">
          ${groups.map((label) => html`<li lang=${langOf(label)}>${label.text}</li>`)}
        </ul>
      </div>
    </section>`;
  }

  private renderPhases(phases: CardContent['phases']): TemplateResult | typeof nothing {
    if (!phases) return nothing;
    return html`<section part="section" class="section">
      ${this.renderSectionHeading(msg('Earlier phases', {id: 'card-phases'}))}
      <ol part="timeline" class="timeline" role="list">
        ${phases.map(
          (phase) => html`<li part="phase" class="phase">
            <span class="phase-period">${phase.period}</span>
            <span class="phase-title" lang=${langOf(phase.title)}>${phase.title.text}</span>
          </li>`,
        )}
      </ol>
    </section>`;
  }

  private renderLink(link: Link): TemplateResult {
    const host = linkHost(link.url);
    return html`<a part="link" class="link" href=${link.url} lang=${this.textLang(link.label)}
        >${this.text(link.label)}<svg class="link-arrow" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 8h9M8.5 4l4 4-4 4" /></svg></a
      >${host ? html`<span class="link-host">${host}</span>` : nothing}`;
  }

  private renderLinks(links: readonly Link[], heading: string): TemplateResult | typeof nothing {
    if (links.length === 0) return nothing;
    return html`<section part="section" class="section">
      ${this.renderSectionHeading(heading)}
      <ul part="links" class="links" role="list">
        ${links.map((link) => html`<li>${this.renderLink(link)}</li>`)}
      </ul>
    </section>`;
  }

  private renderAttribution(lines: ShownText[] | undefined): TemplateResult | typeof nothing {
    if (!lines) return nothing;
    return html`<footer part="attribution" class="attribution">${lines.map((line) => html`<p lang=${langOf(line)}>${line.text}</p>`)}</footer>`;
  }

  protected renderReady(action: ActionDocument): TemplateResult {
    const compact = this.variant === 'compact';
    const content = this.content!;
    const header = html`<header part="header" class="header">
      <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevelInRange} lang=${this.textLang(action.title)}>${this.text(action.title)}</div>
      ${this.renderStatus()}
    </header>`;
    if (!hasContent(content)) {
      return html`<article part="base" class="frame card ${compact ? 'compact' : 'full'}" aria-labelledby="title" lang=${this.locale}>
        ${header} ${this.renderEmpty(msg('No details about this action have been published yet.', {id: 'card-empty'}))}
      </article>`;
    }
    if (compact) return this.renderCompact(content, header);
    return html`<article part="base" class="frame card full" aria-labelledby="title" lang=${this.locale}>
      ${header} ${this.renderMeta(content.facts, ['period', 'programme', 'country', 'budget'])} ${this.renderSummary(content.summary)} ${this.renderGoal(content.goal)}
      ${this.renderLists(content)} ${this.renderBeneficiaries(content.beneficiaryGroups)} ${this.renderPhases(content.phases)}
      ${this.renderLinks(content.links ?? [], msg('Links', {id: 'card-links'}))} ${this.renderAttribution(content.attribution)}
    </article>`;
  }

  private renderCompact(content: CardContent, header: TemplateResult): TemplateResult {
    const [firstLink, ...moreLinks] = content.links ?? [];
    const details = [
      this.renderMeta(content.facts, ['programme', 'country']),
      this.renderGoal(content.goal),
      this.renderLists(content),
      this.renderBeneficiaries(content.beneficiaryGroups),
      this.renderPhases(content.phases),
      this.renderLinks(moreLinks, msg('More links', {id: 'card-more-links'})),
    ].filter((part) => part !== nothing);
    const expanded = this.expanded;
    return html`<article part="base" class="frame card compact ${expanded ? 'is-expanded' : ''}" aria-labelledby="title" lang=${this.locale}>
      ${header} ${this.renderMeta(content.facts, ['period', 'budget'])} ${this.renderSummary(content.summary)}
      ${
        firstLink || details.length > 0
          ? html`<div class="actions">
            ${firstLink ? html`<span class="first-link">${this.renderLink(firstLink)}</span>` : nothing}
            ${
              details.length > 0
                ? html`<button
                  part="toggle"
                  class="button toggle"
                  type="button"
                  aria-expanded=${expanded ? 'true' : 'false'}
                  aria-controls="details"
                  aria-describedby="title"
                  @click=${() => this.toggle()}
                >
                  ${expanded ? msg('Show less', {id: 'card-show-less'}) : msg('Show more', {id: 'card-show-more'})}
                  <svg class="chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M4 6l4 4 4-4" /></svg>
                </button>`
                : nothing
            }
          </div>`
          : nothing
      }
      ${details.length > 0 ? html`<div part="details" class="details" id="details" ?hidden=${!expanded}>${details}</div>` : nothing}
      ${this.renderAttribution(content.attribution)}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-action-card': HfActionCard;
  }
}
