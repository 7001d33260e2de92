/**
 * What the default action card reads besides the budget and the beneficiaries: summary, goal,
 * period, how the action works, expected results, earlier phases, links and the funding line.
 * English follows the seed's wording and order; Serbian calls the action a "пројекат", as the
 * Council of Europe's Serbian page does ("акција" reads as a campaign or a sale).
 */
import type {ActionDocument} from '../action-types.js';

export const defaultOverview: Pick<
  ActionDocument,
  'summary' | 'goal' | 'country' | 'period' | 'approach' | 'results' | 'previousPhases' | 'attribution'
> = {
  summary: {
    en:
      'The action “Strengthening anti-trafficking action in Serbia” aims at strengthening ' +
      'prevention of trafficking in human beings, identification and protection of victims of ' +
      'trafficking, prosecution and conviction of traffickers, and access to remedies for ' +
      'victims of trafficking.',
    'sr-Cyrl':
      'Пројекат „Јачање борбе против трговине људима у Србији“ има за циљ јачање превенције ' +
      'трговине људима, идентификације и заштите жртава трговине људима, кривичног гоњења и ' +
      'осуђивања трговаца људима, као и приступа правним лековима за жртве.',
  },
  goal: {
    en:
      'To support the implementation of recommendations resulting from the monitoring of the ' +
      'implementation of the Council of Europe Convention on Action against Trafficking in ' +
      'Human Beings by Serbia and the implementation of the EU Strategy on Combatting ' +
      'Trafficking in Human Beings 2021–2025, by strengthening the capacities of public ' +
      'institutions, practitioners and civil society organisations to prevent trafficking and ' +
      'protect victims.',
    'sr-Cyrl':
      'Подршка спровођењу препорука проистеклих из праћења тога како Србија примењује Конвенцију ' +
      'Савета Европе о борби против трговине људима, као и спровођењу Стратегије ЕУ ' +
      'за борбу против трговине људима 2021–2025, јачањем капацитета јавних институција, ' +
      'практичара и организација цивилног друштва за спречавање трговине људима и заштиту жртава.',
  },
  country: 'RS',
  // The seed gives years ("2023 - 2026"); phase III started in January 2023 for 48 months. A
  // year-only end stands for the end of that year, so the status stays right without invented days.
  period: {start: '2023', end: '2026'},
  approach: [
    {
      en:
        'It uses tailor-made capacity-building for the detection and investigation of human ' +
        'trafficking, and response to the needs of victims and persons at risk.',
      'sr-Cyrl':
        'Спроводи прилагођене програме јачања капацитета за откривање и истрагу случајева ' +
        'трговине људима и за одговор на потребе жртава и особа у ризику.',
    },
    {
      en: 'It provides expertise, practical tools and guides, and peer exchanges.',
      'sr-Cyrl': 'Пружа стручну подршку, практичне алате и водиче и омогућава размену искустава међу колегама.',
    },
    {
      en:
        'It applies multi-sector co-operation among key anti-trafficking institutions and civil ' +
        'society organisations, as well as the Council of Europe human-rights based, gender and ' +
        'child-sensitive approach.',
      'sr-Cyrl':
        'Заснива се на међусекторској сарадњи кључних институција за борбу против трговине ' +
        'људима и организација цивилног друштва и примењује приступ Савета Европе заснован на ' +
        'људским правима, родно осетљив и прилагођен деци.',
    },
    {
      en:
        'It builds on the results of the two previous phases of the Horizontal Facility ' +
        'programme: the action “Preventing and combating trafficking in human beings in Serbia” ' +
        '(2016–2019 and 2019–2022).',
      'sr-Cyrl':
        'Надовезује се на резултате пројекта „Спречавање трговине људима и борба против ње у ' +
        'Србији“ из две претходне фазе програма Horizontal Facility (2016–2019 и 2019–2022).',
    },
  ],
  results: [
    {
      en: 'Improved monitoring and reporting on trafficking in human beings.',
      'sr-Cyrl': 'Унапређено праћење и извештавање о трговини људима.',
    },
    {
      en: 'Improved access to justice and remedies for victims of trafficking.',
      'sr-Cyrl': 'Унапређен приступ правди и правним лековима за жртве трговине људима.',
    },
    {
      en: 'Enhanced prevention and action against labour trafficking.',
      'sr-Cyrl': 'Ојачано спречавање трговине људима у сврху радне експлоатације и снажнија борба против ње.',
    },
    {
      en: 'Enhanced prevention and action against child trafficking.',
      'sr-Cyrl': 'Ојачано спречавање трговине децом и снажнија борба против ње.',
    },
  ],
  // The seed publishes no budgets for the earlier phases: none are shown.
  previousPhases: [
    {
      title: {
        en: 'Preventing and combating trafficking in human beings in Serbia',
        'sr-Cyrl': 'Спречавање трговине људима и борба против ње у Србији',
      },
      period: {start: '2016', end: '2019'},
    },
    {
      title: {
        en: 'Preventing and combating trafficking in human beings in Serbia',
        'sr-Cyrl': 'Спречавање трговине људима и борба против ње у Србији',
      },
      period: {start: '2019', end: '2022'},
    },
  ],
  // No links: the seed gives no URL for the action or its programme, and the hotlines' sources
  // (astra.rs, 116111.rs, mup.gov.rs) would read as partners of the action, which the seed names
  // none of. The hotline banner shows those lines with their numbers.
  // The programme's own wording. "Funded by … / Implemented by …" was never verified, and no
  // logo lock-up was either, so the line is text only.
  attribution: [
    {
      en: 'With the financial support of the European Union and the Council of Europe',
      'sr-Cyrl': 'Уз финансијску подршку Европске уније и Савета Европе',
    },
  ],
};
