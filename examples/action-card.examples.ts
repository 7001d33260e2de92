import {defaultAction} from '../src/core/document/default-action.js';
import {PENDING_SRC, type ElementExample} from './element-example.js';

/** The page's fallback: the title as plain text, for readers without JavaScript or when the data fails. */
export const actionCardFallbackHtml = `<p><strong>Strengthening anti-trafficking action in Serbia</strong> (2023–2026), Council of Europe and European Union.</p>`;

/** A title and goal far longer than any real one, built from the seed's own words, to stress wrapping. */
const longTitle = {
  en:
    'Strengthening anti-trafficking action in Serbia: prevention of trafficking in human beings, identification and protection of victims, ' +
    'prosecution and conviction of traffickers, and access to remedies for victims of trafficking',
  'sr-Cyrl':
    'Јачање борбе против трговине људима у Србији: превенција трговине људима, идентификација и заштита жртава, ' +
    'кривично гоњење и осуђивање трговаца људима и приступ правним лековима за жртве трговине људима',
};

function joined(first: Record<string, string>, second: Record<string, string>): Record<string, string> {
  return {en: `${first.en} ${second.en}`, 'sr-Cyrl': `${first['sr-Cyrl']} ${second['sr-Cyrl']}`};
}

const defaultGoal = defaultAction.goal as Record<string, string>;
const defaultSummary = defaultAction.summary as Record<string, string>;

export const actionCardExamples: ElementExample[] = [
  {
    name: 'Default',
    description: 'The default action in full: facts, goal, how it works, results, who benefits, earlier phases, links.',
    expect: 'ready',
  },
  {
    name: 'Compact',
    description: 'Title, status, period, a two-line summary, budget and the first link; "Show more" unfolds the rest in place.',
    attributes: {variant: 'compact'},
    expect: 'ready',
  },
  {
    name: 'Compact expanded',
    description: 'A compact card that starts unfolded (`expanded`).',
    attributes: {variant: 'compact', expanded: true},
    expect: 'ready',
  },
  {
    name: 'Heading level 3',
    description:
      '`heading-level="3"`: the title fits the page outline and section headings follow at level 4. It looks the same as Default.',
    attributes: {'heading-level': '3'},
    expect: 'ready',
  },
  {
    name: 'Planned',
    description: '`today` before the start date: the badge says "Planned".',
    attributes: {today: '2022-12-31'},
    expect: 'ready',
  },
  {
    name: 'Completed',
    description: '`today` after the end date: the badge says "Completed".',
    attributes: {today: '2027-01-01'},
    expect: 'ready',
  },
  {
    name: 'Title only',
    description: 'A document with nothing but `id` and `title` shows the title and a short note.',
    data: {id: 'title-only', title: {en: 'Quality education for all – Serbia', 'sr-Cyrl': 'Квалитетно образовање за све – Србија'}},
    expect: 'empty',
  },
  {
    name: 'Long text',
    description: 'A very long title and goal, in both languages, wrap without breaking the layout.',
    attributes: {today: '2025-06-30'},
    data: {
      id: 'long-text',
      title: longTitle,
      summary: defaultAction.summary,
      goal: joined(defaultGoal, joined(defaultSummary, defaultGoal)),
      country: 'RS',
      period: defaultAction.period,
      programme: defaultAction.programme,
      budget: defaultAction.budget,
      links: [{label: longTitle, url: 'https://example.org'}],
      attribution: defaultAction.attribution,
    },
    expect: 'ready',
  },
  {
    name: 'Error',
    description: 'A `javascript:` link: the error names `links[0].url` and the page’s fallback stays visible.',
    data: {id: 'bad', title: 'Bad', links: [{label: 'Click', url: 'javascript:alert(1)'}]},
    fallbackHtml: actionCardFallbackHtml,
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
    description: '`theme="dark"` forces the dark colours whatever the reader’s setting; shown on a dark page.',
    attributes: {theme: 'dark'},
    expect: 'ready',
  },
  {
    name: 'Multi-language document',
    description: 'A document with English, Cyrillic and Latin text, loaded with `src`: only its title, country, period and programme.',
    attributes: {src: 'examples/json/multi-language.json'},
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
