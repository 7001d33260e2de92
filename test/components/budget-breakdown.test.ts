import {expect, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/hf-budget-breakdown.js';
import type {HfBudgetBreakdown} from '../../src/hf-budget-breakdown.js';
import {DONUT_GEOMETRY} from '../../src/components/budget-breakdown/budget-breakdown.js';
import {
  budgetBreakdownExamples,
  budgetFallbackHtml,
  budgetLinesDocument,
  exactProgrammeDocument,
} from '../../examples/budget-breakdown.examples.js';
import {defaultAction} from '../../src/core/document/default-action.js';
import {
  LOCALES,
  exampleFixture,
  partText,
  parts,
  plain,
  settled,
  stateOf,
  usePageLanguage,
  testExamples,
  renderUntilError,
} from '../helpers.js';
import {shownFigures} from '../i18n/shown-figures.js';
import {
  breakdown,
  afterLayout,
  root,
  figureValue,
  section,
  chartOf,
  legendRows,
  tableRows,
  isShown,
  browserEmulatesMedia,
  useMedia,
} from '../harness/budget-breakdown.js';

const TAG = 'hf-budget-breakdown';

afterEach(async () => {
  await usePageLanguage('en');
  if (browserEmulatesMedia) await emulateMedia({media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference'});
});

testExamples(TAG, budgetBreakdownExamples, {settle: (element) => afterLayout(element as HfBudgetBreakdown)});

describe('<hf-budget-breakdown> figures', () => {
  it('shows the seed figures in English: exact action budget, approximate programme budget, funders and the action’s share', async () => {
    const element = await breakdown();
    expect(partText(element, 'heading')).to.equal('Budget');
    expect(figureValue(element, 'action')).to.equal('€1,000,000');
    expect(figureValue(element, 'programme')).to.equal('≈ €41 million');
    expect(plain(partText(element, 'figure-note'))).to.equal('Horizontal Facility for the Western Balkans and Türkiye, 2023–2026');
    // 1 000 000 / 41 000 000 = 2.44 %, approximate because the programme figure is.
    expect(figureValue(element, 'action-share')).to.equal('≈ 2.4%');
    expect(legendRows(element, 'funders')).to.deep.equal([
      ['European Union', '85%', '≈ €35 million'],
      ['Council of Europe', '15%', '≈ €6.2 million'],
    ]);
    expect(partText(element, 'note')).to.match(/^≈ The programme budget is an approximate figure/);
    expect(section(element, 'lines')).to.equal(null);
  });

  it('shows the same figures in Serbian Latin with the locale’s separators', async () => {
    await usePageLanguage('sr-Latn');
    const element = await breakdown();
    expect(partText(element, 'heading')).to.equal('Budžet');
    expect(figureValue(element, 'action')).to.equal('1.000.000 €');
    expect(figureValue(element, 'programme')).to.equal('oko 41 milion evra');
    expect(figureValue(element, 'action-share')).to.equal('oko 2,4%');
    expect(legendRows(element, 'funders')).to.deep.equal([
      ['Evropska unija', '85%', 'oko 35 miliona evra'],
      ['Savet Evrope', '15%', 'oko 6,2 miliona evra'],
    ]);
  });

  it('shows the same figures in Serbian Cyrillic with Cyrillic number words', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await breakdown();
    expect(partText(element, 'heading')).to.equal('Буџет');
    expect(plain(partText(element, 'figure-label'))).to.equal('Буџет пројекта');
    expect(figureValue(element, 'action')).to.equal('1.000.000 €');
    expect(figureValue(element, 'programme')).to.equal('око 41 милион евра');
    expect(legendRows(element, 'funders')).to.deep.equal([
      ['Европска унија', '85%', 'око 35 милиона евра'],
      ['Савет Европе', '15%', 'око 6,2 милиона евра'],
    ]);
    expect(partText(element, 'toggle')).to.equal('Прикажите табелу');
    expect(partText(element, 'note')).to.contain('приближан');
  });

  it('follows a change of page language while shown', async () => {
    const element = await breakdown();
    expect(figureValue(element, 'programme')).to.equal('≈ €41 million');
    await usePageLanguage('sr');
    await settled(element);
    expect(figureValue(element, 'programme')).to.equal('око 41 милион евра');
  });

  it('shows an exact programme budget and the amounts computed from it without “≈”', async () => {
    const element = await breakdown(html`<hf-budget-breakdown .data=${exactProgrammeDocument}></hf-budget-breakdown>`);
    expect(figureValue(element, 'programme')).to.equal('€40,000,000');
    expect(figureValue(element, 'action-share')).to.equal('5%');
    // 60 % and 40 % of 40 000 000.
    expect(legendRows(element, 'funders')).to.deep.equal([
      ['Example funder A', '60%', '€24,000,000'],
      ['Example funder B', '40%', '€16,000,000'],
    ]);
    expect(parts(element, 'note')).to.have.length(0);
    expect(root(element).textContent).not.to.contain('≈');
  });

  it('computes each funder’s amount from its share, whatever the figures', async () => {
    const data = {
      id: 'x',
      title: 'X',
      programme: {
        name: 'P',
        budget: {amount: 1_200_000, currency: 'EUR'},
        funders: [
          {name: 'A', share: 0.5},
          {name: 'B', share: 0.25},
          {name: 'C', share: 0.25},
        ],
      },
    };
    const element = await breakdown(html`<hf-budget-breakdown .data=${data} show-table></hf-budget-breakdown>`);
    expect(tableRows(element, 'funders')).to.deep.equal([
      ['A', '50%', '€600,000'],
      ['B', '25%', '€300,000'],
      ['C', '25%', '€300,000'],
    ]);
    expect(tableRows(element, 'funders', 'tfoot')).to.deep.equal([['Total', '100%', '€1,200,000']]);
  });

  it('leaves out the action’s share when the two budgets are in different currencies', async () => {
    const data = {...exactProgrammeDocument, budget: {amount: 2_000_000, currency: 'USD'}};
    const element = await breakdown(html`<hf-budget-breakdown .data=${data}></hf-budget-breakdown>`);
    expect(figureValue(element, 'action')).to.equal('US$2,000,000');
    expect(figureValue(element, 'action-share')).to.equal(undefined);
  });

  it('shows only the action budget when the document has no programme', async () => {
    const element = await exampleFixture<HfBudgetBreakdown>(
      TAG,
      budgetBreakdownExamples.find((example) => example.name === 'Only the action budget')!,
    );
    expect(stateOf(element)).to.equal('ready');
    expect(parts(element, 'figure').map((figure) => figure.getAttribute('data-figure'))).to.deep.equal(['action']);
    expect(figureValue(element, 'action')).to.equal('€1,000,000');
    expect(parts(element, 'chart')).to.have.length(0);
    expect(parts(element, 'toggle')).to.have.length(0);
    expect(parts(element, 'table')).to.have.length(0);
  });

  it('shows only the programme when the document has no action budget', async () => {
    const data = {id: 'x', title: 'X', programme: defaultAction.programme};
    const element = await breakdown(html`<hf-budget-breakdown .data=${data}></hf-budget-breakdown>`);
    expect(parts(element, 'figure').map((figure) => figure.getAttribute('data-figure'))).to.deep.equal(['programme']);
    expect(legendRows(element, 'funders')).to.have.length(2);
  });

  it('shows shares without amounts when the programme has funders but no budget', async () => {
    const data = {id: 'x', title: 'X', programme: {name: 'P', funders: defaultAction.programme!.funders}};
    const element = await breakdown(html`<hf-budget-breakdown .data=${data} show-table></hf-budget-breakdown>`);
    expect(parts(element, 'figures')).to.have.length(0);
    expect(legendRows(element, 'funders')).to.deep.equal([
      ['European Union', '85%', ''],
      ['Council of Europe', '15%', ''],
    ]);
    expect(tableRows(element, 'funders')).to.deep.equal([
      ['European Union', '85%'],
      ['Council of Europe', '15%'],
    ]);
  });

  it('shows a localized empty state when there is no budget and no programme', async () => {
    const data = {id: 'x', title: 'X'};
    const expected = {
      en: 'No budget figures are available.',
      'sr-Cyrl': 'Нема доступних података о буџету.',
      'sr-Latn': 'Nema dostupnih podataka o budžetu.',
    };
    for (const [locale, text] of Object.entries(expected)) {
      await usePageLanguage(locale);
      const element = await breakdown(html`<hf-budget-breakdown .data=${data}></hf-budget-breakdown>`);
      expect(stateOf(element)).to.equal('empty');
      expect(partText(element, 'empty')).to.equal(text);
      expect(parts(element, 'toggle')).to.have.length(0);
    }
  });

  it('uses heading-level for the heading and one level below for the charts, falling back to 2', async () => {
    const element = await breakdown(html`<hf-budget-breakdown heading-level="3" .data=${budgetLinesDocument}></hf-budget-breakdown>`);
    expect(parts(element, 'heading')[0].getAttribute('aria-level')).to.equal('3');
    expect(parts(element, 'subheading').map((heading) => heading.getAttribute('aria-level'))).to.deep.equal(['4', '4']);
    element.headingLevel = 6;
    await settled(element);
    expect(parts(element, 'subheading')[0].getAttribute('aria-level')).to.equal('6');
    element.headingLevel = 9;
    await settled(element);
    expect(parts(element, 'heading')[0].getAttribute('aria-level')).to.equal('2');
    expect(parts(element, 'subheading')[0].getAttribute('aria-level')).to.equal('3');
  });

  it('renders markup in names as text, never as HTML', async () => {
    const data = {id: 'x', title: 'X', programme: {name: 'P', funders: [{name: '<img src=x onerror="window.__hfPwned=1">', share: 1}]}};
    const element = await breakdown(html`<hf-budget-breakdown .data=${data} show-table></hf-budget-breakdown>`);
    expect(legendRows(element, 'funders')[0][0]).to.equal('<img src=x onerror="window.__hfPwned=1">');
    expect(root(element).querySelector('img')).to.equal(null);
    expect((window as {__hfPwned?: number}).__hfPwned).to.equal(undefined);
  });
});

describe('<hf-budget-breakdown> keeps the precision of "ca. 41 million", in every locale', () => {
  const expected = {
    en: {
      programme: '≈ €41 million',
      amounts: ['≈ €35 million', '≈ €6.2 million'],
      share: '≈ 2.4%',
      action: 'Action budget',
      shareLabel: 'The action’s share of the programme',
      show: 'Show table',
      hide: 'Hide table',
    },
    'sr-Cyrl': {
      programme: 'око 41 милион евра',
      amounts: ['око 35 милиона евра', 'око 6,2 милиона евра'],
      share: 'око 2,4%',
      action: 'Буџет пројекта',
      shareLabel: 'Удео пројекта у буџету програма',
      show: 'Прикажите табелу',
      hide: 'Сакријте табелу',
    },
    'sr-Latn': {
      programme: 'oko 41 milion evra',
      amounts: ['oko 35 miliona evra', 'oko 6,2 miliona evra'],
      share: 'oko 2,4%',
      action: 'Budžet projekta',
      shareLabel: 'Udeo projekta u budžetu programa',
      show: 'Prikažite tabelu',
      hide: 'Sakrijte tabelu',
    },
  };

  /** Every amount the element shows that is marked approximate: figures, legend, table, donut centre. */
  function approximateTexts(element: HfBudgetBreakdown): string[] {
    return [...root(element).querySelectorAll('bdi, td, .donut-centre-value')]
      .map((node) => node.textContent!.trim())
      .filter((text) => /^(≈|око|oko)\s/.test(text));
  }

  for (const locale of LOCALES) {
    it(`${locale}: no amount derived from it shows more than two significant figures`, async () => {
      await usePageLanguage(locale);
      for (const chart of ['bar', 'donut']) {
        const element = await breakdown(html`<hf-budget-breakdown chart=${chart} show-table></hf-budget-breakdown>`);
        const texts = approximateTexts(element);
        expect(texts.length, chart).to.be.at.least(6);
        for (const text of texts) expect(shownFigures(text), `${chart}: ${text}`).to.be.at.most(2);
        expect(figureValue(element, 'programme')).to.equal(expected[locale].programme);
        expect(legendRows(element, 'funders').map((row) => row[2])).to.deep.equal(expected[locale].amounts);
        expect(figureValue(element, 'action-share')).to.equal(expected[locale].share);
        element.remove();
      }
    });

    it(`${locale}: joins each approximate amount with no-break spaces`, async () => {
      await usePageLanguage(locale);
      const element = await breakdown();
      const raw = root(element).querySelector('[data-figure="programme"] [part="figure-value"]')!.textContent!.trim();
      expect(raw).not.to.match(/ /);
      expect(raw.replace(/\u00a0/g, ' ')).to.equal(expected[locale].programme);
    });

    it(`${locale}: names the project and addresses the reader formally`, async () => {
      await usePageLanguage(locale);
      const element = await breakdown();
      const labels = [...root(element).querySelectorAll('[part="figure-label"]')].map((label) => label.textContent!.trim());
      expect(labels).to.include(expected[locale].action);
      expect(labels).to.include(expected[locale].shareLabel);
      expect(partText(element, 'toggle')).to.equal(expected[locale].show);
      (parts(element, 'toggle')[0] as HTMLButtonElement).click();
      await settled(element);
      expect(partText(element, 'toggle')).to.equal(expected[locale].hide);
      if (locale !== 'en') expect(root(element).textContent).not.to.match(/акциј|akcij/i);
    });
  }
});

describe('<hf-budget-breakdown> budget lines', () => {
  it('shows each line with its amount and its share of the action budget', async () => {
    const element = await breakdown(html`<hf-budget-breakdown .data=${budgetLinesDocument}></hf-budget-breakdown>`);
    expect(figureValue(element, 'action')).to.equal('€400,000');
    expect(legendRows(element, 'lines')).to.deep.equal([
      ['Training and workshops', '40%', '€160,000'],
      ['Expert advice', '30%', '€120,000'],
      ['Publications and awareness materials', '18%', '€72,000'],
      ['Co-ordination and visibility', '12%', '€48,000'],
    ]);
    expect(chartOf(element, 'lines').getAttribute('aria-label')).to.equal(
      'Training and workshops 40%, Expert advice 30%, Publications and awareness materials 18%, Co-ordination and visibility 12%',
    );
  });

  it('leaves the rest of the bar empty when the lines do not cover the whole budget', async () => {
    const data = {
      id: 'x',
      title: 'X',
      budget: {
        amount: 1000,
        currency: 'EUR',
        lines: [
          {label: 'A', amount: 500},
          {label: 'B', amount: 250},
        ],
      },
    };
    const element = await breakdown(html`<hf-budget-breakdown .data=${data} show-table></hf-budget-breakdown>`);
    const bar = chartOf(element, 'lines').getBoundingClientRect();
    const widths = [...chartOf(element, 'lines').querySelectorAll('.segment > rect')].map(
      (rect) => rect.getBoundingClientRect().width / bar.width,
    );
    expect(widths[0]).to.be.closeTo(0.5, 0.005);
    expect(widths[1]).to.be.closeTo(0.25, 0.005);
    expect(tableRows(element, 'lines', 'tfoot')).to.deep.equal([['Total', '75%', '€750']]);
  });
});

describe('<hf-budget-breakdown> charts', () => {
  it('draws the bar as an image named by each funder and share, with a matching <title>', async () => {
    const element = await breakdown();
    const chart = chartOf(element, 'funders');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('European Union 85%, Council of Europe 15%');
    expect(plain(chart.querySelector('title')!.textContent)).to.equal('European Union 85%, Council of Europe 15%');
    expect(chart.getAttribute('width')).to.equal('100%');
  });

  it('names the chart in the reader’s language', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await breakdown(html`<hf-budget-breakdown chart="donut"></hf-budget-breakdown>`);
    expect(chartOf(element, 'funders').getAttribute('aria-label')).to.equal('Европска унија 85%, Савет Европе 15%');
  });

  it('sizes the bar’s segments by share and fills the whole width', async () => {
    const element = await breakdown();
    const chart = chartOf(element, 'funders');
    const bar = chart.getBoundingClientRect();
    const segments = [...chart.querySelectorAll('.segment > rect')].map((rect) => rect.getBoundingClientRect());
    expect(segments).to.have.length(2);
    expect(segments[0].width / bar.width).to.be.closeTo(0.85, 0.003);
    expect(segments[1].width / bar.width).to.be.closeTo(0.15, 0.003);
    expect(segments[1].left).to.be.closeTo(segments[0].right, 0.5);
    expect(segments[1].right).to.be.closeTo(bar.right, 0.5);
    // A surface-coloured gap separates the segments.
    expect(chart.querySelectorAll('.gap')).to.have.length(1);
  });

  it('gives every series a different texture, so the segments differ without colour', async () => {
    const element = await breakdown(html`<hf-budget-breakdown .data=${budgetLinesDocument}></hf-budget-breakdown>`);
    const textures = [...chartOf(element, 'lines').querySelectorAll('.segment')].map(
      (segment) => segment.querySelector('.texture')?.getAttribute('fill') ?? 'solid',
    );
    expect(textures).to.deep.equal(['solid', 'url(#texture-1)', 'url(#texture-2)', 'url(#texture-3)']);
    for (const id of ['texture-1', 'texture-2', 'texture-3']) expect(root(element).getElementById(id)).to.exist;
    // Legend swatches carry the same textures.
    const swatches = [...section(element, 'lines')!.querySelectorAll('.swatch')].map(
      (swatch) => swatch.querySelector('.texture')?.getAttribute('fill') ?? 'solid',
    );
    expect(swatches).to.deep.equal(textures);
  });

  it('writes a share on its bar segment only when it fits there', async () => {
    const element = await breakdown();
    await afterLayout(element);
    const labels = () => [...chartOf(element, 'funders').querySelectorAll('.segment-label')].map((label) => plain(label.textContent));
    expect(labels()).to.deep.equal(['85%', '15%']);
    element.style.display = 'block';
    element.style.width = '220px';
    await afterLayout(element);
    // 15 % of about 190 px is too narrow for "15%"; the legend still says it.
    expect(labels()).to.deep.equal(['85%']);
    expect(legendRows(element, 'funders')[1][1]).to.equal('15%');
  });

  it('draws one donut arc per funder, each spanning its share of the circle', async () => {
    const element = await breakdown(html`<hf-budget-breakdown chart="donut"></hf-budget-breakdown>`);
    const chart = chartOf(element, 'funders');
    expect(chart.getAttribute('role')).to.equal('img');
    expect(chart.getAttribute('aria-label')).to.equal('European Union 85%, Council of Europe 15%');
    expect(chart.getAttribute('viewBox')).to.equal('0 0 200 200');
    const arcs = [...chart.querySelectorAll<SVGPathElement>('.arc > path')];
    expect(arcs).to.have.length(2);
    // An annular sector's outline is both arcs plus two radial sides: L = (R + r)θ + 2(R − r).
    const {outer, inner, centre} = DONUT_GEOMETRY;
    const sweep = (arc: SVGPathElement) => (arc.getTotalLength() - 2 * (outer - inner)) / (outer + inner) / (2 * Math.PI);
    expect(sweep(arcs[0])).to.be.closeTo(0.85, 0.003);
    expect(sweep(arcs[1])).to.be.closeTo(0.15, 0.003);
    // The first arc starts at 12 o'clock and the second starts where the first ends.
    const start = arcs[0].getPointAtLength(0);
    expect(start.x).to.be.closeTo(centre, 0.01);
    expect(start.y).to.be.closeTo(centre - outer, 0.01);
    const firstEnd = arcs[0].getPointAtLength(outer * 0.85 * 2 * Math.PI);
    const secondStart = arcs[1].getPointAtLength(0);
    expect(secondStart.x).to.be.closeTo(firstEnd.x, 0.05);
    expect(secondStart.y).to.be.closeTo(firstEnd.y, 0.05);
    expect(plain(root(element).querySelector('.donut-centre')!.textContent)).to.equal('Programme budget ≈ €41 million');
  });

  it('draws donut arcs for budget lines in proportion, and a whole ring for a single funder', async () => {
    const element = await breakdown(html`<hf-budget-breakdown chart="donut" .data=${budgetLinesDocument}></hf-budget-breakdown>`);
    const {outer, inner} = DONUT_GEOMETRY;
    const sweeps = [...chartOf(element, 'lines').querySelectorAll<SVGPathElement>('.arc > path')].map(
      (arc) => (arc.getTotalLength() - 2 * (outer - inner)) / (outer + inner) / (2 * Math.PI),
    );
    expect(sweeps.map((sweep) => Number(sweep.toFixed(3)))).to.deep.equal([0.4, 0.3, 0.18, 0.12]);

    const single = {id: 'x', title: 'X', programme: {name: 'P', funders: [{name: 'Only funder', share: 1}]}};
    const whole = await breakdown(html`<hf-budget-breakdown chart="donut" .data=${single}></hf-budget-breakdown>`);
    const ring = chartOf(whole, 'funders').querySelector<SVGPathElement>('.arc > path')!;
    // Both circles in full: 2π(R + r).
    expect(ring.getTotalLength()).to.be.closeTo(2 * Math.PI * (outer + inner), 1);
  });

  it('switches between bar and donut', async () => {
    const element = await breakdown();
    expect(chartOf(element, 'funders').classList.contains('bar')).to.be.true;
    element.chart = 'donut';
    await settled(element);
    expect(chartOf(element, 'funders').classList.contains('donut-chart')).to.be.true;
  });
});

describe('<hf-budget-breakdown> table', () => {
  it('holds the same numbers as the chart’s labels, with column and row headers', async () => {
    for (const chart of ['bar', 'donut']) {
      const element = await breakdown(
        html`<hf-budget-breakdown chart=${chart} show-table .data=${budgetLinesDocument}></hf-budget-breakdown>`,
      );
      for (const kind of ['funders', 'lines'] as const) {
        expect(tableRows(element, kind)).to.deep.equal(legendRows(element, kind));
        const table = root(element).querySelector(`table[data-chart="${kind}"]`)!;
        expect(table.querySelector('caption')!.textContent!.trim()).not.to.equal('');
        expect([...table.querySelectorAll('thead th')].map((cell) => cell.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
        expect([...table.querySelectorAll('tbody th')].every((cell) => cell.getAttribute('scope') === 'row')).to.be.true;
        // Shares on the chart are the table's shares too.
        expect(chartOf(element, kind).getAttribute('aria-label')).to.equal(
          tableRows(element, kind)
            .map(([name, share]) => `${name} ${share}`)
            .join(', '),
        );
      }
    }
  });

  it('matches the seed’s legend with “≈” amounts and totals the programme', async () => {
    const element = await breakdown(html`<hf-budget-breakdown show-table></hf-budget-breakdown>`);
    expect(tableRows(element, 'funders')).to.deep.equal(legendRows(element, 'funders'));
    expect(tableRows(element, 'funders', 'tfoot')).to.deep.equal([['Total', '100%', '≈ €41 million']]);
  });

  it('right-aligns numbers with tabular figures', async () => {
    const element = await breakdown(html`<hf-budget-breakdown show-table></hf-budget-breakdown>`);
    const cell = root(element).querySelector('tbody td.number')!;
    expect(getComputedStyle(cell).textAlign).to.be.oneOf(['end', 'right']);
    expect(getComputedStyle(cell).fontVariantNumeric).to.contain('tabular-nums');
  });

  it('is hidden behind a toggle by default; a click shows it, fires hf-toggle and updates aria-expanded', async () => {
    const element = await breakdown();
    const toggle = parts(element, 'toggle')[0] as HTMLButtonElement;
    const tables = parts(element, 'tables')[0];
    expect(toggle.tagName).to.equal('BUTTON');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(root(element).getElementById(toggle.getAttribute('aria-controls')!)).to.equal(tables);
    expect(isShown(tables)).to.be.false;
    expect(partText(element, 'toggle')).to.equal('Show table');

    const shown = oneEvent(element, 'hf-toggle');
    toggle.click();
    const event = await shown;
    expect(event.detail).to.deep.equal({expanded: true});
    expect(event.bubbles && event.composed).to.be.true;
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(tables)).to.be.true;
    expect(partText(element, 'toggle')).to.equal('Hide table');

    const hidden = oneEvent(element, 'hf-toggle');
    toggle.click();
    expect((await hidden).detail).to.deep.equal({expanded: false});
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(tables)).to.be.false;
  });

  it('toggles with Enter and Space from the keyboard', async () => {
    const element = await breakdown();
    const toggle = parts(element, 'toggle')[0] as HTMLButtonElement;
    toggle.focus();
    expect(root(element).activeElement).to.equal(toggle);
    const opened = oneEvent(element, 'hf-toggle');
    await sendKeys({press: 'Enter'});
    expect((await opened).detail).to.deep.equal({expanded: true});
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const closed = oneEvent(element, 'hf-toggle');
    // Puppeteer names the space bar by its character in both browsers.
    await sendKeys({press: ' '});
    expect((await closed).detail).to.deep.equal({expanded: false});
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says “tables” when there are two, in each language', async () => {
    const element = await breakdown(html`<hf-budget-breakdown .data=${budgetLinesDocument}></hf-budget-breakdown>`);
    expect(partText(element, 'toggle')).to.equal('Show tables');
    await usePageLanguage('sr-Latn');
    await settled(element);
    expect(partText(element, 'toggle')).to.equal('Prikažite tabele');
  });

  it('is always shown, without a toggle, with show-table', async () => {
    const element = await breakdown(html`<hf-budget-breakdown show-table></hf-budget-breakdown>`);
    expect(parts(element, 'toggle')).to.have.length(0);
    expect(isShown(parts(element, 'tables')[0])).to.be.true;
    expect(parts(element, 'table')).to.have.length(1);
  });

  it('prints the table and not the toggle', async () => {
    const element = await breakdown();
    await useMedia(element, {media: 'print'}, {apply: 'print'});
    expect(isShown(parts(element, 'tables')[0])).to.be.true;
    expect(getComputedStyle(parts(element, 'toggle')[0]).display).to.equal('none');
  });
});

describe('<hf-budget-breakdown> themes and motion', () => {
  it('uses the dark chart colours with theme="dark" and with a dark reader preference', async () => {
    const fill = (element: HfBudgetBreakdown) => getComputedStyle(chartOf(element, 'funders').querySelector('.segment')!).fill;
    const light = await breakdown();
    expect(fill(light)).to.equal('rgb(11, 79, 156)');
    const dark = await breakdown(html`<hf-budget-breakdown theme="dark"></hf-budget-breakdown>`);
    expect(fill(dark)).to.equal('rgb(127, 176, 255)');
    await useMedia(light, {colorScheme: 'dark'}, {apply: 'prefers-color-scheme: dark'});
    expect(fill(light)).to.equal('rgb(127, 176, 255)');
  });

  it('turns the toggle’s chevron without animation when the reader asks for reduced motion', async () => {
    const element = await breakdown();
    const icon = root(element).querySelector('.toggle-icon')!;
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.15s');
    await useMedia(element, {reducedMotion: 'reduce'}, {drop: 'prefers-reduced-motion: no-preference'});
    expect(getComputedStyle(icon).transitionDuration).to.equal('0s');
  });
});

describe('<hf-budget-breakdown> data and bad input', () => {
  const failure = (data: unknown) =>
    renderUntilError<HfBudgetBreakdown>(html`<hf-budget-breakdown .data=${data}><p>Fallback figures</p></hf-budget-breakdown>`);

  const programme = defaultAction.programme!;
  const badInputs: {name: string; data: unknown; code: string; path: string; message: string}[] = [
    {
      name: 'shares of 85% and 10%',
      data: {
        id: 'x',
        title: 'X',
        programme: {
          ...programme,
          funders: [
            {...programme.funders![0], share: 0.85},
            {...programme.funders![1], share: 0.1},
          ],
        },
      },
      code: 'shares-sum',
      path: 'programme.funders',
      message: 'The funders’ shares do not add up to 100%.',
    },
    {
      name: 'a negative action budget',
      data: {id: 'x', title: 'X', budget: {amount: -1_000_000, currency: 'EUR'}},
      code: 'negative-amount',
      path: 'budget.amount',
      message: 'An amount is negative.',
    },
    {
      name: 'a negative programme budget',
      data: {id: 'x', title: 'X', programme: {...programme, budget: {amount: -41_000_000, currency: 'EUR'}}},
      code: 'negative-amount',
      path: 'programme.budget.amount',
      message: 'An amount is negative.',
    },
    {
      name: 'a negative budget line',
      data: {
        ...budgetLinesDocument,
        budget: {...budgetLinesDocument.budget, lines: [budgetLinesDocument.budget.lines[0], {label: 'Bad', amount: -5}]},
      },
      code: 'negative-amount',
      path: 'budget.lines[1].amount',
      message: 'An amount is negative.',
    },
    {
      name: 'an infinite budget',
      data: {id: 'x', title: 'X', budget: {amount: Infinity, currency: 'EUR'}},
      code: 'invalid-number',
      path: 'budget.amount',
      message: 'A number is not valid.',
    },
    {
      name: 'a share that is not a number',
      data: {id: 'x', title: 'X', programme: {...programme, funders: [{...programme.funders![0], share: NaN}, programme.funders![1]]}},
      code: 'invalid-number',
      path: 'programme.funders[0].share',
      message: 'A number is not valid.',
    },
    {
      name: 'a share above 1',
      data: {id: 'x', title: 'X', programme: {...programme, funders: [{...programme.funders![0], share: 85}]}},
      code: 'invalid-number',
      path: 'programme.funders[0].share',
      message: 'A number is not valid.',
    },
    {
      name: 'a currency that is not ISO 4217',
      data: {id: 'x', title: 'X', budget: {amount: 1, currency: '€'}},
      code: 'invalid-format',
      path: 'budget.currency',
      message: 'A field is not in the expected form.',
    },
    {
      name: 'a budget of the wrong type',
      data: {id: 'x', title: 'X', budget: '1 000 000 EUR'},
      code: 'wrong-type',
      path: 'budget',
      message: 'A field has the wrong type.',
    },
  ];

  for (const bad of badInputs) {
    it(`${bad.name}: error state naming the field, an hf-error event, the fallback kept`, async () => {
      const {element, detail} = await failure(bad.data);
      expect(detail.code).to.equal(bad.code);
      expect(detail.path).to.equal(bad.path);
      expect(stateOf(element)).to.equal('error');
      expect(partText(element, 'error')).to.contain('This content could not be shown.');
      expect(partText(element, 'error')).to.contain(bad.message);
      expect(root(element).querySelector('.error-path code')!.textContent).to.equal(bad.path);
      expect(root(element).querySelector('slot')).to.exist;
      expect(isShown(element.querySelector('p')!)).to.be.true;
      expect(parts(element, 'chart')).to.have.length(0);
      await expect(element).to.be.accessible();
    });
  }

  it('shows the error example’s page fallback and the field in Serbian', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await exampleFixture<HfBudgetBreakdown>(
      TAG,
      budgetBreakdownExamples.find((example) => example.name === 'Error: shares')!,
    );
    expect(stateOf(element)).to.equal('error');
    expect(partText(element, 'error')).to.contain('programme.funders');
    expect(element.querySelector('p')!.textContent).to.equal(
      new DOMParser().parseFromString(budgetFallbackHtml, 'text/html').body.textContent,
    );
    expect(isShown(element.querySelector('p')!)).to.be.true;
  });

  it('is not broken by a mistake in a part it does not show', async () => {
    const data = {...defaultAction, hotlines: 'not a list'};
    const element = await breakdown(html`<hf-budget-breakdown .data=${data}></hf-budget-breakdown>`);
    expect(stateOf(element)).to.equal('ready');
    expect(figureValue(element, 'action')).to.equal('€1,000,000');
  });

  it('reserves space while loading', async () => {
    const element = await exampleFixture<HfBudgetBreakdown>(
      TAG,
      budgetBreakdownExamples.find((example) => example.expect === 'loading')!,
    );
    expect(stateOf(element)).to.equal('loading');
    expect(element.getBoundingClientRect().height).to.be.greaterThan(200);
  });

  it('recovers when good data replaces bad data', async () => {
    const {element} = await failure({id: 'x', title: 'X', budget: {amount: -1, currency: 'EUR'}});
    element.data = undefined;
    await settled(element);
    expect(stateOf(element)).to.equal('ready');
    expect(figureValue(element, 'action')).to.equal('€1,000,000');
  });
});
