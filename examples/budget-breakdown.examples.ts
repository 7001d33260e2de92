import {defaultAction} from '../src/core/document/default-action.js';
import {PENDING_SRC, type ElementExample, type FallbackHtml} from './element-example.js';

/** The page's fallback: the seed's figures as plain text, for readers without JavaScript. */
export const budgetFallbackHtml: FallbackHtml = {
  en: '<p>Action budget: €1,000,000. Programme budget: about €41 million (European Union 85%, Council of Europe 15%).</p>',
  'sr-Cyrl': '<p>Буџет пројекта: 1.000.000 €. Буџет програма: око 41 милион евра (Европска унија 85%, Савет Европе 15%).</p>',
};

const illustrativeTitle = {en: 'Example action (illustrative figures)', 'sr-Cyrl': 'Пример пројекта (илустративни износи)'};
const exampleProgramme = {en: 'Example programme', 'sr-Cyrl': 'Пример програма'};
const exampleFunders = [
  {name: {en: 'Example funder A', 'sr-Cyrl': 'Финансијер А (пример)'}, share: 0.6},
  {name: {en: 'Example funder B', 'sr-Cyrl': 'Финансијер Б (пример)'}, share: 0.4},
];

/**
 * A made-up document for budget lines: the seed publishes no lines, so none of these figures
 * belong to the real action.
 */
export const budgetLinesDocument = {
  id: 'example-budget-lines',
  title: illustrativeTitle,
  programme: {
    name: exampleProgramme,
    period: {start: '2024', end: '2027'},
    budget: {amount: 8_000_000, currency: 'EUR'},
    funders: exampleFunders,
  },
  budget: {
    amount: 400_000,
    currency: 'EUR',
    lines: [
      {label: {en: 'Training and workshops', 'sr-Cyrl': 'Обуке и радионице'}, amount: 160_000},
      {label: {en: 'Expert advice', 'sr-Cyrl': 'Стручно саветовање'}, amount: 120_000},
      {label: {en: 'Publications and awareness materials', 'sr-Cyrl': 'Публикације и материјали за подизање свести'}, amount: 72_000},
      {label: {en: 'Co-ordination and visibility', 'sr-Cyrl': 'Координација и видљивост'}, amount: 48_000},
    ],
  },
};

/** A made-up document whose programme budget is exact, to contrast with the seed's "about 41 million". */
export const exactProgrammeDocument = {
  id: 'example-exact-programme',
  title: illustrativeTitle,
  programme: {name: exampleProgramme, budget: {amount: 40_000_000, currency: 'EUR'}, funders: exampleFunders},
  budget: {amount: 2_000_000, currency: 'EUR'},
};

export const budgetBreakdownExamples: ElementExample[] = [
  {
    name: 'Default',
    description: 'The seed action: its budget, the programme’s approximate budget and the funders’ shares as a stacked bar.',
    expect: 'ready',
  },
  {
    name: 'Donut',
    description: '`chart="donut"`: the same figures as a ring, with the total in the middle.',
    attributes: {chart: 'donut'},
    expect: 'ready',
  },
  {
    name: 'Show table',
    description: '`show-table`: the data table is always shown, without a toggle.',
    attributes: {'show-table': true},
    expect: 'ready',
  },
  {
    name: 'Budget lines',
    description:
      'A made-up action with budget lines (`example-budget-lines`). **The figures are illustrative**, not the seed action’s, which publishes no lines.',
    data: budgetLinesDocument,
    attributes: {'show-table': true},
    expect: 'ready',
  },
  {
    name: 'Budget lines as donuts',
    description: 'The illustrative budget lines with `chart="donut"`.',
    data: budgetLinesDocument,
    attributes: {chart: 'donut'},
    expect: 'ready',
  },
  {
    name: 'Heading level 3',
    description: '`heading-level="3"`: the charts’ headings follow at level 4. It looks the same as Default.',
    attributes: {'heading-level': '3'},
    expect: 'ready',
  },
  {
    name: 'Approximate programme budget',
    description: 'The seed’s programme budget is “about 41 million”: it and every amount computed from it carry “≈”.',
    attributes: {'show-table': true},
    data: {id: defaultAction.id, title: defaultAction.title, programme: defaultAction.programme, budget: defaultAction.budget},
    expect: 'ready',
  },
  {
    name: 'Exact programme budget',
    description: 'A made-up programme (`example-exact-programme`) with an exact budget: amounts are exact. **Illustrative figures.**',
    attributes: {'show-table': true},
    data: exactProgrammeDocument,
    expect: 'ready',
  },
  {
    name: 'Only the action budget',
    description: 'A document with the action’s budget and no programme: only what exists is shown.',
    data: {id: defaultAction.id, title: defaultAction.title, budget: defaultAction.budget},
    expect: 'ready',
  },
  {
    name: 'Empty',
    description: 'A document without budget or programme shows a short message.',
    data: {id: 'empty', title: 'Empty'},
    expect: 'empty',
  },
  {
    name: 'Error: shares',
    description:
      'Funders’ shares of 85% and 10% do not add up to 100%: the error names `programme.funders` and the fallback stays visible.',
    data: {
      id: 'bad-shares',
      title: 'Bad shares',
      programme: {
        ...defaultAction.programme,
        funders: [
          {...defaultAction.programme!.funders![0], share: 0.85},
          {...defaultAction.programme!.funders![1], share: 0.1},
        ],
      },
    },
    fallbackHtml: budgetFallbackHtml,
    expect: 'error',
  },
  {
    name: 'Error: negative amount',
    description: 'A negative action budget: the error names `budget.amount` and the fallback stays visible.',
    data: {id: 'bad-amount', title: 'Bad amount', budget: {amount: -1_000_000, currency: 'EUR'}},
    fallbackHtml: budgetFallbackHtml,
    expect: 'error',
  },
  {
    name: 'Loading',
    description: 'A `src` that has not answered yet: the space is reserved.',
    attributes: {src: PENDING_SRC},
    expect: 'loading',
  },
  {
    name: 'Dark',
    description:
      '`theme="dark"` forces the dark colours whatever the reader’s setting; the table is open (`show-table`) so its rules can be checked too. Shown on a dark page.',
    attributes: {theme: 'dark', 'show-table': true},
    expect: 'ready',
  },
  {
    name: 'Custom tokens',
    description: 'Themed through the public `--hf-*` custom properties only, as a partner site would.',
    attributes: {
      style:
        '--hf-color-accent: #6b2d8c; --hf-color-link: #5b2a78; --hf-color-surface-raised: #f6effa; --hf-color-chart-1: #6b2d8c; --hf-color-chart-2: #b3541e; --hf-radius: 1rem',
    },
    expect: 'ready',
  },
];
