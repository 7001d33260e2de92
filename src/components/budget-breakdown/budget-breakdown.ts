import {html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ActionDocument, Budget, LocalizedText, Money, Programme} from '../../core/document/action-types.js';
import {defaultIdentity} from '../../core/document/default-data/identity.js';
import {defaultBudget, defaultProgramme} from '../../core/document/default-data/budget.js';
import {HfElement} from '../../core/element/hf-element.js';
import {ResizeController} from '../../core/element/resize-controller.js';
import {
  formatApproximateMoney,
  formatApproximatePercent,
  formatMoney,
  formatPercent,
  formatPeriod,
  significantFigures,
} from '../../i18n/format.js';
import {budgetBreakdownStyles} from './budget-breakdown.styles.js';

/** One segment of a chart and one row of its table: both are built from the same slice. */
interface ChartSlice {
  label: string;
  /** The label's `lang` when it is shown in a fallback language. */
  labelLang?: string;
  /** Fraction of the chart's whole circle or bar, for the geometry only. */
  fraction: number;
  /** The share as shown: `85%`. */
  shareText: string;
  /** The amount as shown, when there is one: `≈ €35 million`. */
  amountText?: string;
}

/** A chart and its table: the funders of the programme or the lines of the action budget. */
interface ChartData {
  kind: 'funders' | 'lines';
  heading: string;
  caption: string;
  nameColumn: string;
  shareColumn: string;
  slices: ChartSlice[];
  totalShareText: string;
  totalAmountText?: string;
  /** What the donut's centre shows: the whole the shares are of. */
  centreLabel: string;
  centreValue?: string;
}

/** Donut geometry in viewBox units (the viewBox is 200 × 200). Exported for the tests. */
export const DONUT_GEOMETRY = {centre: 100, outer: 96, inner: 60} as const;

/** Series look: four colours (`--_chart-1..4`) and five textures, so 20 series stay distinct. */
const COLOURS = 4;
const TEXTURES = 5;
/** Room a share's label needs on its segment, in px (or donut viewBox units): digits are tabular. */
const labelWidth = (text: string) => text.length * 8.5 + 12;

const seriesClass = (index: number) => `series-${index % COLOURS}`;
const textureOf = (index: number) => index % TEXTURES;

/** A point on a circle, angles clockwise from 12 o'clock, rounded for short path data. */
function pointAt(radius: number, angle: number): string {
  const {centre} = DONUT_GEOMETRY;
  const x = centre + radius * Math.sin(angle);
  const y = centre - radius * Math.cos(angle);
  return `${Number(x.toFixed(3))} ${Number(y.toFixed(3))}`;
}

/** An annular sector from `start` to `end` (radians); a whole ring when it spans the circle. */
function ringSectorPath(start: number, end: number): string {
  const {outer, inner} = DONUT_GEOMETRY;
  if (end - start >= 2 * Math.PI - 1e-9) {
    // An arc whose ends meet draws nothing, so a whole ring is two half circles, twice.
    return (
      `M${pointAt(outer, 0)}A${outer} ${outer} 0 1 1 ${pointAt(outer, Math.PI)}A${outer} ${outer} 0 1 1 ${pointAt(outer, 0)}Z` +
      `M${pointAt(inner, 0)}A${inner} ${inner} 0 1 0 ${pointAt(inner, Math.PI)}A${inner} ${inner} 0 1 0 ${pointAt(inner, 0)}Z`
    );
  }
  const large = end - start > Math.PI ? 1 : 0;
  return (
    `M${pointAt(outer, start)}A${outer} ${outer} 0 ${large} 1 ${pointAt(outer, end)}` +
    `L${pointAt(inner, end)}A${inner} ${inner} 0 ${large} 0 ${pointAt(inner, start)}Z`
  );
}

const percentOf = (fraction: number) => `${Number((fraction * 100).toFixed(3))}%`;

/**
 * The action's budget and the programme's: each funder's share with the amount it comes to, the
 * action's share of the programme and, when the data has them, the action's budget lines. An SVG
 * chart (a stacked bar or a donut) always comes with a real table of the same numbers.
 *
 * @tagname hf-budget-breakdown
 * @summary Action and programme budgets, funders' shares and budget lines, as a chart and a table.
 *
 * @slot - Fallback content, shown before the element upgrades and when its data fails: put the
 *   budget figures there as plain text.
 *
 * @csspart base - The outer box.
 * @csspart heading - The heading.
 * @csspart figures - The list of headline figures.
 * @csspart figure - One headline figure (action budget, programme budget, the action's share).
 * @csspart figure-label - A headline figure's label.
 * @csspart figure-value - A headline figure's number.
 * @csspart figure-note - The programme's name and period under its budget.
 * @csspart note - The note explaining "≈" when the programme budget is approximate.
 * @csspart section - The block of one chart (funders, budget lines).
 * @csspart subheading - A chart's heading.
 * @csspart chart - A chart's SVG.
 * @csspart legend - A chart's legend.
 * @csspart legend-item - One legend entry: name, share and amount.
 * @csspart toggle - The "Show table" button (absent with `show-table`).
 * @csspart tables - The box holding the tables.
 * @csspart table-scroller - The box around one table: it scrolls sideways when the table is too wide (a tab stop only then).
 * @csspart table - A data table.
 * @csspart loading - The loading placeholder.
 * @csspart empty - The message shown when the data has no budget figures.
 * @csspart error - The error message.
 *
 * @cssprop --hf-color-text - Text colour.
 * @cssprop --hf-color-muted - Secondary text colour.
 * @cssprop --hf-color-surface - Background, and the gaps between chart segments.
 * @cssprop --hf-color-surface-raised - Background of the figures and of empty chart tracks.
 * @cssprop --hf-color-border - Border colour.
 * @cssprop --hf-color-accent - Accent colour (the box's edge).
 * @cssprop --hf-color-link - Text of the "Show table" button.
 * @cssprop --hf-color-chart-1 - First series (the first funder).
 * @cssprop --hf-color-chart-2 - Second series.
 * @cssprop --hf-color-chart-3 - Third series.
 * @cssprop --hf-color-chart-4 - Fourth series.
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
 * @fires hf-toggle - The reader showed or hid the table. `detail: {expanded}`.
 */
export class HfBudgetBreakdown extends HfElement {
  static override styles = budgetBreakdownStyles;
  static override properties: PropertyDeclarations = {
    chart: {reflect: true},
    showTable: {attribute: 'show-table', type: Boolean, reflect: true},
    tableExpanded: {state: true},
    barWidth: {state: true},
  };
  protected static override documentShape = () => import('../../core/document/rules/budget.js').then((rules) => rules.budgetShape);
  protected static override defaultDocument = (): ActionDocument => ({
    ...defaultIdentity,
    budget: defaultBudget,
    programme: defaultProgramme,
  });

  /** `bar` (default): stacked horizontal bars; `donut`: rings with the total in the middle. */
  chart: 'bar' | 'donut' = 'bar';

  /** Always shows the data table, without the "Show table" button. */
  showTable = false;

  /** Whether the reader has opened the table with the toggle. */
  private tableExpanded = false;

  /** The funders' and the budget lines' charts of this update (derived in willUpdate; each only when it has slices). */
  private charts: ChartData[] = [];

  /** Drawn width of the bars in px: a segment gets a label only when the label fits in it. */
  private barWidth = 0;

  constructor() {
    super();
    new ResizeController(this, () => this.measure());
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // A locale or the data may change a table's width without changing the element's size.
    this.measureTables();
  }

  private measure(): void {
    const width = this.renderRoot.querySelector('.bar')?.getBoundingClientRect().width ?? 0;
    if (Math.abs(width - this.barWidth) >= 1) this.barWidth = width;
    this.measureTables();
  }

  /**
   * A table wider than its box scrolls sideways, and only such a box is a tab stop: a keyboard
   * reader can scroll it, and no one meets an empty stop. Set here, not rendered: it depends on
   * layout, and needs no render of its own.
   */
  private measureTables(): void {
    for (const scroller of this.renderRoot.querySelectorAll<HTMLElement>('.table-scroller')) {
      // Only a box that scrolls is a named region and a tab stop (keyboard readers must reach
      // it); otherwise it would be a region inside the breakdown's own, for nothing.
      const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
      scroller.tabIndex = scrolls ? 0 : -1;
      if (scrolls) {
        scroller.setAttribute('role', 'region');
        scroller.setAttribute('aria-labelledby', scroller.dataset.caption!);
      } else {
        scroller.removeAttribute('role');
        scroller.removeAttribute('aria-labelledby');
      }
    }
  }

  private toggleTable(): void {
    this.tableExpanded = !this.tableExpanded;
    this.emit('hf-toggle', {expanded: this.tableExpanded});
  }

  private sliceLabel(value: LocalizedText): Pick<ChartSlice, 'label' | 'labelLang'> {
    const {text, lang} = this.shown(value);
    return {label: text, labelLang: lang};
  }

  /** The funders' chart: shares of the programme budget, with amounts when the budget is known. */
  private funderChart(programme: Programme): ChartData | undefined {
    const funders = (programme.funders ?? []).filter((funder) => funder.share > 0);
    if (funders.length === 0) return undefined;
    const budget = programme.budget;
    const sum = funders.reduce((total, funder) => total + funder.share, 0);
    const money = (amount: number) => (budget ? this.programmeMoney(amount, budget) : undefined);
    return {
      kind: 'funders',
      heading: msg('Who funds the programme', {id: 'budget-funders-heading'}),
      caption: msg('Programme budget by funder', {id: 'budget-funders-caption'}),
      nameColumn: msg('Funder', {id: 'budget-column-funder'}),
      shareColumn: msg('Share', {id: 'budget-column-share'}),
      slices: funders.map((funder) => ({
        ...this.sliceLabel(funder.name),
        // Shares are allowed to miss 1 by rounding; the geometry still closes the bar or ring.
        fraction: funder.share / sum,
        shareText: formatPercent(funder.share, this.locale),
        amountText: budget ? money(funder.share * budget.amount) : undefined,
      })),
      totalShareText: formatPercent(sum, this.locale),
      totalAmountText: budget ? money(budget.amount) : undefined,
      centreLabel: msg('Programme budget', {id: 'budget-programme'}),
      centreValue: budget ? money(budget.amount) : undefined,
    };
  }

  /** The budget lines' chart: each line's share of the action budget. */
  private lineChart(budget: Budget): ChartData | undefined {
    const lines = budget.lines ?? [];
    if (lines.length === 0) return undefined;
    const linesTotal = lines.reduce((total, line) => total + line.amount, 0);
    // Lines that fall short of the budget leave part of the bar or ring empty; lines that exceed it fill it.
    const scale = Math.max(budget.amount, linesTotal);
    if (scale <= 0) return undefined;
    const shareText = (amount: number) => (budget.amount > 0 ? formatPercent(amount / budget.amount, this.locale) : '–');
    return {
      kind: 'lines',
      heading: msg('How the action budget is divided', {id: 'budget-lines-heading'}),
      caption: msg('Action budget by line', {id: 'budget-lines-caption'}),
      nameColumn: msg('Budget line', {id: 'budget-column-line'}),
      shareColumn: msg('Share', {id: 'budget-column-share'}),
      slices: lines.map((line) => ({
        ...this.sliceLabel(line.label),
        fraction: line.amount / scale,
        shareText: shareText(line.amount),
        amountText: formatMoney(line.amount, budget.currency, this.locale),
      })),
      totalShareText: shareText(linesTotal),
      totalAmountText: formatMoney(linesTotal, budget.currency, this.locale),
      centreLabel: msg('Action budget', {id: 'budget-action'}),
      centreValue: formatMoney(budget.amount, budget.currency, this.locale),
    };
  }

  /**
   * An amount of the programme budget or computed from it. When that budget is approximate
   * ("ca. 41 million"), the amount keeps its precision: €34.85 million shows as "≈ €35 million".
   */
  private programmeMoney(amount: number, whole: Money): string {
    return whole.approximate
      ? formatApproximateMoney(amount, whole.currency, this.locale, significantFigures(whole.amount))
      : formatMoney(amount, whole.currency, this.locale);
  }

  /** The action's share of the programme, when both budgets exist in the same currency. */
  private actionShareText(budget: Budget | undefined, programme: Programme | undefined): string | undefined {
    const whole = programme?.budget;
    if (!budget || !whole || whole.currency !== budget.currency || whole.amount <= 0) return undefined;
    const share = budget.amount / whole.amount;
    return whole.approximate
      ? formatApproximatePercent(share, this.locale, significantFigures(whole.amount))
      : formatPercent(share, this.locale);
  }

  // Figures are wrapped in <bdi>: "≈ €41 million" keeps its order inside right-to-left text.
  /** Works out this update's charts from the ready document, in the element's locale. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const state = this.actionSource.state;
    const {budget, programme} = state.status === 'ready' ? state.action : {};
    this.charts = [programme && this.funderChart(programme), budget && this.lineChart(budget)].filter((chart): chart is ChartData =>
      Boolean(chart),
    );
  }

  protected renderReady(action: ActionDocument): TemplateResult {
    const {budget, programme} = action;
    const {charts} = this;
    const hasFigures = Boolean(budget || programme?.budget);
    return html`
      <section part="base" class="frame breakdown" aria-labelledby="title" lang=${this.locale}>
        <div part="heading" class="heading" id="title" role="heading" aria-level=${this.headingLevelInRange}>${msg('Budget', {id: 'budget-title'})}</div>
        ${
          !hasFigures && charts.length === 0
            ? this.renderEmpty(msg('No budget figures are available.', {id: 'budget-empty'}))
            : html`
              ${this.renderFigures(budget, programme)} ${this.renderPatterns()}
              ${charts.map((chart) => this.renderChartSection(chart))} ${this.renderTables(charts)}
            `
        }
      </section>
    `;
  }

  private renderFigures(budget: Budget | undefined, programme: Programme | undefined): TemplateResult | typeof nothing {
    const whole = programme?.budget;
    if (!budget && !whole) return nothing;
    const actionShare = this.actionShareText(budget, programme);
    const programmeNote = programme
      ? html`<span lang=${this.textLang(programme.name)}>${this.text(programme.name)}</span>${programme.period ? html`, <span class="period">${formatPeriod(programme.period, this.locale)}</span>` : nothing}`
      : undefined;
    return html`
      <dl part="figures" class="figures ${[budget, whole, actionShare].filter(Boolean).length === 1 ? 'single' : ''}">
        ${budget ? this.renderFigure('action', msg('Action budget', {id: 'budget-action'}), formatMoney(budget.amount, budget.currency, this.locale)) : nothing}
        ${
          whole
            ? this.renderFigure(
                'programme',
                msg('Programme budget', {id: 'budget-programme'}),
                this.programmeMoney(whole.amount, whole),
                programmeNote,
              )
            : nothing
        }
        ${actionShare ? this.renderFigure('action-share', msg('The action’s share of the programme', {id: 'budget-action-share'}), actionShare) : nothing}
      </dl>
      ${
        whole?.approximate
          ? html`<p part="note" class="note">
            ${msg('≈ The programme budget is an approximate figure, so the amounts computed from it are approximate too.', {id: 'budget-approximate-note'})}
          </p>`
          : nothing
      }
    `;
  }

  private renderFigure(name: string, label: string, value: string, note?: TemplateResult): TemplateResult {
    return html`<div part="figure" class="figure" data-figure=${name}>
      <dt part="figure-label" class="figure-label">${label}</dt>
      <dd part="figure-value" class="figure-value"><bdi class="figure-number">${value}</bdi></dd>
      ${note ? html`<dd part="figure-note" class="figure-note">${note}</dd>` : nothing}
    </div>`;
  }

  /** Textures shared by every chart and legend swatch of this element (one shadow root, one set of ids). */
  private renderPatterns(): TemplateResult {
    return html`<svg class="defs" aria-hidden="true" focusable="false">
      <defs>
        <pattern id="texture-1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="texture-mark" x="0" y="0" width="3" height="8"></rect>
        </pattern>
        <pattern id="texture-2" width="7" height="7" patternUnits="userSpaceOnUse">
          <circle class="texture-mark" cx="3.5" cy="3.5" r="1.7"></circle>
        </pattern>
        <pattern id="texture-3" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect class="texture-mark" x="0" y="0" width="2" height="8"></rect>
          <rect class="texture-mark" x="0" y="0" width="8" height="2"></rect>
        </pattern>
        <pattern id="texture-4" width="6" height="6" patternUnits="userSpaceOnUse">
          <rect class="texture-mark" x="0" y="0" width="6" height="2"></rect>
        </pattern>
      </defs>
    </svg>`;
  }

  private renderTexture(index: number, shape: SVGTemplateResult): SVGTemplateResult | typeof nothing {
    const texture = textureOf(index);
    return texture === 0 ? nothing : svg`<g class="texture" fill="url(#texture-${texture})">${shape}</g>`;
  }

  /**
   * A share written on its segment, on a surface-coloured pill so it reads on any series colour.
   * Drawn around (0, 0); the pill's width is estimated from the text (digits are tabular).
   */
  private renderSegmentLabel(text: string): SVGTemplateResult {
    const width = labelWidth(text);
    return svg`<g class="segment-label">
      <rect x=${-width / 2} y="-11" width=${width} height="22" rx="11"></rect>
      <text x="0" y="0" text-anchor="middle" dominant-baseline="central">${text}</text>
    </g>`;
  }

  private renderChartSection(chart: ChartData): TemplateResult {
    const summary = chart.slices.map((slice) => `${slice.label} ${slice.shareText}`).join(', ');
    const subLevel = this.subheadingLevel;
    return html`
      <!-- Not a named region: the breakdown itself is one; its heading gives each chart its place. -->
      <section part="section" class="section" data-chart=${chart.kind}>
        <div part="subheading" class="subheading" role="heading" aria-level=${subLevel}>${chart.heading}</div>
        <div class="chart-layout ${this.chart === 'donut' ? 'donut-layout' : 'bar-layout'}">
          ${this.chart === 'donut' ? this.renderDonut(chart, summary) : this.renderBar(chart, summary)} ${this.renderLegend(chart)}
        </div>
      </section>
    `;
  }

  /**
   * One stacked bar. Its coordinates are percentages rather than a stretched viewBox, so the bar
   * fills any width while its labels, textures and gaps keep their shape. It stays left to right
   * in every script, like the numbers it shows.
   */
  private renderBar(chart: ChartData, summary: string): TemplateResult {
    let start = 0;
    const segments = chart.slices.map((slice, index) => {
      const x = start;
      start += slice.fraction;
      return {slice, index, x};
    });
    // Named by aria-label only: a <title> as well would repeat the name as its description.
    return html`<svg part="chart" class="chart bar" role="img" aria-label=${summary} width="100%" height="48" focusable="false">
      <clipPath id="bar-clip-${chart.kind}"><rect width="100%" height="100%" rx="6" ry="6"></rect></clipPath>
      <g clip-path="url(#bar-clip-${chart.kind})">
        <rect class="track" width="100%" height="100%"></rect>
        ${segments.map(({slice, index, x}) => {
          const shape = svg`<rect x=${percentOf(x)} width=${percentOf(slice.fraction)} height="100%"></rect>`;
          return svg`<g class="segment ${seriesClass(index)}" data-fraction=${slice.fraction}>${shape}${this.renderTexture(index, shape)}</g>`;
        })}
        ${segments.slice(1).map(({x}) => svg`<line class="gap" x1=${percentOf(x)} x2=${percentOf(x)} y1="0" y2="100%"></line>`)}
      </g>
      ${segments
        .filter(({slice}) => slice.fraction * this.barWidth >= labelWidth(slice.shareText) + 6)
        .map(
          ({slice, x}) =>
            svg`<svg x=${percentOf(x + slice.fraction / 2)} y="50%" overflow="visible">${this.renderSegmentLabel(slice.shareText)}</svg>`,
        )}
    </svg>`;
  }

  private renderDonut(chart: ChartData, summary: string): TemplateResult {
    const {outer, inner} = DONUT_GEOMETRY;
    let angle = 0;
    const arcs = chart.slices.map((slice, index) => {
      const start = angle;
      angle += slice.fraction * 2 * Math.PI;
      return {slice, index, start, end: angle};
    });
    const labelRadius = (outer + inner) / 2;
    return html`<div class="donut">
      <svg part="chart" class="chart donut-chart" role="img" aria-label=${summary} viewBox="0 0 200 200" width="100%" focusable="false">
        <path class="track" d=${ringSectorPath(0, 2 * Math.PI)} fill-rule="evenodd"></path>
        ${arcs.map(({slice, index, start, end}) => {
          const shape = svg`<path d=${ringSectorPath(start, end)} fill-rule="evenodd"></path>`;
          return svg`<g class="segment arc ${seriesClass(index)}" data-fraction=${slice.fraction}>${shape}${this.renderTexture(index, shape)}</g>`;
        })}
        ${
          arcs.length > 1
            ? arcs.map(({start}) => {
                const [x1, y1] = pointAt(inner - 1, start).split(' ');
                const [x2, y2] = pointAt(outer + 1, start).split(' ');
                return svg`<line class="gap" x1=${x1} y1=${y1} x2=${x2} y2=${y2}></line>`;
              })
            : nothing
        }
        ${arcs
          .filter(({slice}) => slice.fraction * 2 * Math.PI * labelRadius * 0.85 >= labelWidth(slice.shareText))
          .map(({slice, start, end}) => {
            const [x, y] = pointAt(labelRadius, (start + end) / 2).split(' ');
            return svg`<g transform="translate(${x} ${y})">${this.renderSegmentLabel(slice.shareText)}</g>`;
          })}
      </svg>
      ${
        chart.centreValue
          ? html`<div class="donut-centre" aria-hidden="true">
            <span class="donut-centre-label">${chart.centreLabel}</span>
            <bdi class="donut-centre-value">${wrappable(chart.centreValue)}</bdi>
          </div>`
          : nothing
      }
    </div>`;
  }

  private renderLegend(chart: ChartData): TemplateResult {
    return html`<ul part="legend" class="legend">
      ${chart.slices.map(
        (slice, index) => html`<li part="legend-item" class="legend-item">
          <svg class="swatch" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <g class="segment ${seriesClass(index)}">
              <rect width="20" height="20" rx="4"></rect>
              ${this.renderTexture(index, svg`<rect width="20" height="20" rx="4"></rect>`)}
            </g>
          </svg>
          <span class="legend-name" lang=${slice.labelLang ?? nothing}>${slice.label}</span>
          <span class="legend-values">
            <bdi class="legend-share">${slice.shareText}</bdi>
            ${slice.amountText ? html`<bdi class="legend-amount">${slice.amountText}</bdi>` : nothing}
          </span>
        </li>`,
      )}
    </ul>`;
  }

  private renderTables(charts: ChartData[]): TemplateResult | typeof nothing {
    if (charts.length === 0) return nothing;
    const expanded = this.showTable || this.tableExpanded;
    const several = charts.length > 1;
    const label = this.tableExpanded
      ? several
        ? msg('Hide tables', {id: 'budget-hide-tables'})
        : msg('Hide table', {id: 'budget-hide-table'})
      : several
        ? msg('Show tables', {id: 'budget-show-tables'})
        : msg('Show table', {id: 'budget-show-table'});
    return html`
      ${
        this.showTable
          ? nothing
          : html`<button part="toggle" class="button toggle" type="button" aria-expanded=${this.tableExpanded ? 'true' : 'false'} aria-controls="tables" @click=${this.toggleTable}>
            <svg class="toggle-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d="M5 3l5 5-5 5"></path></svg>
            ${label}
          </button>`
      }
      <div part="tables" class="tables" id="tables" ?hidden=${!expanded}>${charts.map((chart) => this.renderTable(chart))}</div>
    `;
  }

  private renderTable(chart: ChartData): TemplateResult {
    const withAmounts = chart.totalAmountText !== undefined;
    // A table too wide for a phone (long amounts in words never break) scrolls in a box of its
    // own (named by its caption while it scrolls: measureTables) rather than pushing the page sideways.
    return html`<div
      part="table-scroller"
      class="table-scroller"
      data-caption="caption-${chart.kind}"
    ><table part="table" class="table" data-chart=${chart.kind}>
      <caption id="caption-${chart.kind}">
        ${chart.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${chart.nameColumn}</th>
          <th scope="col" class="number">${chart.shareColumn}</th>
          ${withAmounts ? html`<th scope="col" class="number">${msg('Amount', {id: 'budget-column-amount'})}</th>` : nothing}
        </tr>
      </thead>
      <tbody>
        ${chart.slices.map(
          (slice) => html`<tr>
            <th scope="row" lang=${slice.labelLang ?? nothing}>${slice.label}</th>
            <td class="number"><bdi>${slice.shareText}</bdi></td>
            ${withAmounts ? html`<td class="number"><bdi>${wrappable(slice.amountText)}</bdi></td>` : nothing}
          </tr>`,
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">${msg('Total', {id: 'budget-total'})}</th>
          <td class="number"><bdi>${chart.totalShareText}</bdi></td>
          ${withAmounts ? html`<td class="number"><bdi>${wrappable(chart.totalAmountText)}</bdi></td>` : nothing}
        </tr>
      </tfoot>
    </table></div>`;
  }
}

/**
 * An amount in words that may wrap between its words, where one line may not fit: the donut's
 * hole ("≈ 41 de milioane EUR"), and a table's cells on a phone (the styles keep them on one line
 * wherever they fit). The figures and the legend keep theirs on one line.
 */
function wrappable<T extends string | undefined>(text: T): T {
  return text?.replace(/\u00a0/g, ' ') as T;
}

declare global {
  interface HTMLElementTagNameMap {
    'hf-budget-breakdown': HfBudgetBreakdown;
  }
}
