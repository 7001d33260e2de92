import type {ActionDocument, BeneficiaryGroup, BeneficiaryMember} from '../src/core/document/action-types.js';
import {PENDING_SRC, type ElementExample, type FallbackHtml} from './element-example.js';

/** The page's fallback: a plain list, for readers without JavaScript or when the data fails. */
export const beneficiaryFallbackHtml: FallbackHtml = {
  en: `<ul><li>Ministry of Interior</li><li>Civil society organisations</li><li>Businesses, trade unions, employment agencies</li><li>Victims of trafficking and persons most at risk</li></ul>`,
  'sr-Cyrl': `<ul><li>Министарство унутрашњих послова</li><li>Организације цивилног друштва</li><li>Привреда, синдикати, агенције за запошљавање</li><li>Жртве трговине људима и особе у највећем ризику</li></ul>`,
};

/**
 * A large, clearly fictional document for performance work: "Organisation 1" … with some
 * Serbian Cyrillic ("Удружење „Пример 7“") and Latin names with diacritics mixed in, so the
 * filter's script and diacritics folding is exercised at scale. No real institution is named.
 */
export function syntheticBeneficiaries(count: number): ActionDocument {
  const groupSizes = [0.4, 0.3, 0.2, 0.1].map((share) => Math.round(count * share));
  groupSizes[3] = count - groupSizes[0] - groupSizes[1] - groupSizes[2];
  const groupIds = ['public-institutions', 'civil-society', 'business-labour', 'at-risk'];
  const labels = [
    {en: 'Fictional public bodies', 'sr-Cyrl': 'Измишљена јавна тела'},
    {en: 'Fictional associations', 'sr-Cyrl': 'Измишљена удружења'},
    {en: 'Fictional companies', 'sr-Cyrl': 'Измишљена предузећа'},
    {en: 'Fictional groups at risk', 'sr-Cyrl': 'Измишљене групе у ризику'},
  ];
  let number = 0;
  const member = (): BeneficiaryMember => {
    number += 1;
    const name =
      number % 7 === 0
        ? `Удружење „Пример ${number}“`
        : number % 11 === 0
          ? `Udruženje građana „Primer ${number}“`
          : `Organisation ${number}`;
    return number % 5 === 0 ? {name, note: {en: 'Fictional entry for testing', 'sr-Cyrl': 'Измишљен унос за тестирање'}} : {name};
  };
  const beneficiaries: BeneficiaryGroup[] = groupIds.map((id, i) => ({
    id,
    label: labels[i],
    members: Array.from({length: groupSizes[i]}, member),
  }));
  return {id: `synthetic-${count}`, title: 'Synthetic beneficiaries (fictional)', beneficiaries};
}

/** The longest name and note the validator allows. */
export const MAX_MEMBER_TEXT = 500;

/** `text` repeated and cut to exactly `length` characters, ending in `tail`. */
const padded = (text: string, tail: string, length: number): string =>
  `${text.repeat(Math.ceil(length / text.length)).slice(0, length - tail.length - 1)} ${tail}`;

/**
 * The largest document the validator allows, fictional throughout: `groupCount` groups sharing
 * 5,000 members, each with a 500-character name (English and Serbian Latin, so a switch to
 * Cyrillic transliterates every one), a 500-character Cyrillic note and a URL. For the
 * benchmark and the test that the page stays responsive while it renders.
 */
export function largestBeneficiaries(groupCount: number): ActionDocument {
  const perGroup = 5000 / groupCount;
  const english = 'Fictional association for the support of persons at risk of trafficking, example entry ';
  const latin = 'Izmišljeno udruženje za podršku osobama u riziku od trgovine ljudima, primer unosa ';
  const cyrillic = 'Измишљена напомена о раду удружења у заједници, са дугим описом за тестирање ';
  const beneficiaries: BeneficiaryGroup[] = Array.from({length: groupCount}, (_, g) => ({
    id: `group-${g + 1}`,
    label: {en: `Fictional group ${g + 1}`, 'sr-Latn': `Izmišljena grupa ${g + 1}`},
    members: Array.from({length: perGroup}, (_, m): BeneficiaryMember => {
      const number = String(g * perGroup + m + 1);
      return {
        name: {en: padded(english, number, MAX_MEMBER_TEXT), 'sr-Latn': padded(latin, number, MAX_MEMBER_TEXT)},
        note: padded(cyrillic, number, MAX_MEMBER_TEXT),
        url: `https://example.org/members/${number}`,
      };
    }),
  }));
  return {id: `largest-${groupCount}`, title: 'Largest allowed document (fictional)', beneficiaries};
}

const longText = {
  en: 'Inter-institutional working group for the identification, referral and long-term support of victims of trafficking for labour exploitation, forced begging and forced criminality',
  'sr-Cyrl':
    'Међуинституционална радна група за идентификацију, упућивање и дугорочну подршку жртвама трговине људима у сврху радне експлоатације, принудног просјачења и принудног вршења кривичних дела',
};

export const beneficiaryListExamples: ElementExample[] = [
  {
    name: 'Default',
    description: 'The beneficiaries of the default action, in four groups. With 15 members the filter box appears by itself.',
    expect: 'ready',
  },
  {name: 'Collapsed', description: '`collapsed` starts every group folded.', attributes: {collapsed: true}, expect: 'ready'},
  {name: 'One group', description: '`group="civil-society"` shows only that group.', attributes: {group: 'civil-society'}, expect: 'ready'},
  {
    name: 'Filter shown',
    description:
      '`filter` with `group="public-institutions"`: the filter box shows for these 9 members, though by itself it appears only above 12.',
    attributes: {group: 'public-institutions', filter: true},
    expect: 'ready',
  },
  {
    name: 'Heading level 3',
    description:
      '`heading-level="3"`: the heading fits the page outline and group headings follow at level 4. It looks the same as Default.',
    attributes: {'heading-level': '3'},
    expect: 'ready',
  },
  {
    name: 'Long text',
    description: 'A very long group label, name and note wrap; members with a URL are links.',
    data: {
      id: 'long-text',
      title: 'Long text',
      beneficiaries: [
        {
          id: 'working-groups',
          label: longText,
          members: [
            {name: longText, note: longText, url: 'https://example.org/working-group'},
            {name: {en: 'Example association', 'sr-Cyrl': 'Удружење (пример)'}, url: 'https://example.org/'},
            {name: 'Averyveryverylongsinglewordwithoutanyspacesthatmustwrapinsteadofoverflowingthebox'},
          ],
        },
      ],
    },
    expect: 'ready',
  },
  {
    name: '5,000 members',
    description: 'A large, fictional list: the filter box appears by itself and stays fast.',
    data: syntheticBeneficiaries(5000),
    expect: 'ready',
  },
  {
    name: 'Empty',
    description: 'A document without beneficiaries shows a short message.',
    data: {id: 'empty', title: 'Empty', beneficiaries: []},
    expect: 'empty',
  },
  {
    name: 'Error',
    description: 'A `javascript:` member URL: the error names the field and the fallback stays visible.',
    data: {
      id: 'bad',
      title: 'Bad',
      beneficiaries: [{id: 'public-institutions', label: 'Public institutions', members: [{name: 'Example', url: 'javascript:alert(1)'}]}],
    },
    fallbackHtml: beneficiaryFallbackHtml,
    expect: 'error',
  },
  {name: 'Loading', description: 'A `src` that has not answered yet.', attributes: {src: PENDING_SRC}, expect: 'loading'},
  {
    name: 'Dark',
    description: '`theme="dark"` forces the dark colours whatever the reader’s setting; shown on a dark page.',
    attributes: {theme: 'dark'},
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
