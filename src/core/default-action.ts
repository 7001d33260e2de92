/**
 * The default action document: "Strengthening anti-trafficking action in Serbia".
 *
 * Where the data comes from:
 * - The action's own page (shared seed `action-page.txt`): title, aim, goal, beneficiaries,
 *   approach, expected results, budgets, funders' shares and the two earlier phases. Lists are
 *   kept in the seed's order and wording; no figure is added that the seed does not give (so the
 *   action budget has no lines and the earlier phases have no budgets).
 * - The project's checked facts (`FACTS.md`): official Serbian names of the institutions, and
 *   the hotlines with the source and date of each check.
 *
 * Site owners: a number that reaches a victim must be right. Re-check every hotline number
 * (see `source` and `checked`) before you publish, and replace this document with your own if
 * anything has changed.
 *
 * Languages: Serbian is authored in Cyrillic only (`sr-Cyrl`). Serbian Latin (`sr-Latn`) is
 * derived from it at runtime by transliteration, so it is deliberately absent here.
 */
import type { ActionDocument } from './action-types.js';

export const defaultAction: ActionDocument = {
  id: 'hf-serbia-anti-trafficking-2023',
  title: {
    en: 'Strengthening anti-trafficking action in Serbia',
    'sr-Cyrl': 'Јачање борбе против трговине људима у Србији',
  },
  summary: {
    en:
      'The action “Strengthening anti-trafficking action in Serbia” aims at strengthening ' +
      'prevention of trafficking in human beings, identification and protection of victims of ' +
      'trafficking, prosecution and conviction of traffickers, and access to remedies for ' +
      'victims of trafficking.',
    'sr-Cyrl':
      'Акција „Јачање борбе против трговине људима у Србији“ има за циљ јачање превенције ' +
      'трговине људима, идентификације и заштите жртава трговине људима, кривичног гоњења и ' +
      'осуђивања трговаца људима, као и приступа правним лековима за жртве трговине људима.',
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
      'Подршка спровођењу препорука проистеклих из праћења примене Конвенције Савета Европе ' +
      'о борби против трговине људима у Србији и спровођењу Стратегије ЕУ за борбу против ' +
      'трговине људима 2021–2025, јачањем капацитета јавних институција, практичара и ' +
      'организација цивилног друштва за спречавање трговине људима и заштиту жртава.',
  },
  country: 'RS',
  // Phase III of the programme started in January 2023 and runs for 48 months.
  period: { start: '2023-01-01', end: '2026-12-31' },
  programme: {
    name: {
      en: 'Horizontal Facility for the Western Balkans and Türkiye',
      // The Council of Europe keeps "Horizontal Facility" in English in Serbian text.
      'sr-Cyrl': 'Horizontal Facility за Западни Балкан и Турску',
    },
    period: { start: '2023', end: '2026' },
    // "ca. 41 Million EUR (85% funded by the European Union, 15% by the Council of Europe)".
    budget: { amount: 41000000, currency: 'EUR', approximate: true },
    funders: [
      { name: { en: 'European Union', 'sr-Cyrl': 'Европска унија' }, share: 0.85 },
      { name: { en: 'Council of Europe', 'sr-Cyrl': 'Савет Европе' }, share: 0.15 },
    ],
  },
  // "The total budget of the action is 1 000 000 EUR." The seed gives no budget lines.
  budget: { amount: 1000000, currency: 'EUR' },
  approach: [
    {
      en:
        'It uses tailor-made capacity-building for the detection and investigation of human ' +
        'trafficking, and response to the needs of victims and persons at risk.',
      'sr-Cyrl':
        'Спроводи прилагођено јачање капацитета за откривање и истрагу трговине људима и за ' +
        'одговор на потребе жртава и особа у ризику.',
    },
    {
      en: 'It provides expertise, practical tools and guides, and peer exchanges.',
      'sr-Cyrl':
        'Пружа стручну подршку, практичне алате и водиче, као и размену искустава међу колегама.',
    },
    {
      en:
        'It applies multi-sector co-operation among key anti-trafficking institutions and civil ' +
        'society organisations, as well as the Council of Europe human-rights based, gender and ' +
        'child-sensitive approach.',
      'sr-Cyrl':
        'Примењује међусекторску сарадњу кључних институција за борбу против трговине људима и ' +
        'организација цивилног друштва, као и приступ Савета Европе који је заснован на људским ' +
        'правима, родно осетљив и прилагођен деци.',
    },
    {
      en:
        'It builds on the results of the two previous phases of the Horizontal Facility ' +
        'programme: the action “Preventing and combating trafficking in human beings in Serbia” ' +
        '(2016–2019 and 2019–2022).',
      'sr-Cyrl':
        'Надовезује се на резултате претходне две фазе програма Horizontal Facility: акције ' +
        '„Спречавање и борба против трговине људима у Србији“ (2016–2019 и 2019–2022).',
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
      'sr-Cyrl':
        'Ојачана превенција и борба против трговине људима ради радне експлоатације.',
    },
    {
      en: 'Enhanced prevention and action against child trafficking.',
      'sr-Cyrl': 'Ојачана превенција и борба против трговине децом.',
    },
  ],
  // Members in the seed's order. The seed gives no web addresses: none are added.
  beneficiaries: [
    {
      id: 'public-institutions',
      label: { en: 'Public institutions', 'sr-Cyrl': 'Јавне институције' },
      members: [
        {
          name: { en: 'Ministry of Interior', 'sr-Cyrl': 'Министарство унутрашњих послова' },
        },
        {
          name: {
            en: 'National Anti-trafficking Co-ordination Office',
            'sr-Cyrl': 'Канцеларија за координацију активности у борби против трговине људима',
          },
          note: { en: 'Ministry of Interior', 'sr-Cyrl': 'Министарство унутрашњих послова' },
        },
        {
          name: {
            en: 'Ministry of Employment, Labour, Veteran and Social Affairs',
            'sr-Cyrl': 'Министарство за рад, запошљавање, борачка и социјална питања',
          },
        },
        {
          name: { en: 'Labour Inspectorate', 'sr-Cyrl': 'Инспекторат за рад' },
          note: {
            en: 'Ministry of Employment, Labour, Veteran and Social Affairs',
            'sr-Cyrl': 'Министарство за рад, запошљавање, борачка и социјална питања',
          },
        },
        {
          name: {
            en: 'Centre for Human Trafficking Victims’ Protection',
            'sr-Cyrl': 'Центар за заштиту жртава трговине људима',
          },
        },
        { name: { en: 'Ministry of Education', 'sr-Cyrl': 'Министарство просвете' } },
        // The Serbian institution's own name, not a translation ("Омбудсман").
        { name: { en: 'Ombudsperson’s Office', 'sr-Cyrl': 'Заштитник грађана' } },
        { name: { en: 'Ministry of Justice', 'sr-Cyrl': 'Министарство правде' } },
        { name: { en: 'Judicial Academy', 'sr-Cyrl': 'Правосудна академија' } },
        // The seed names no particular prosecutor's office.
        { name: { en: 'Prosecutor’s Office', 'sr-Cyrl': 'Јавно тужилаштво' } },
        { name: { en: 'Bar Association', 'sr-Cyrl': 'Адвокатска комора' } },
      ],
    },
    {
      id: 'civil-society',
      label: { en: 'Civil society', 'sr-Cyrl': 'Цивилно друштво' },
      members: [
        {
          name: {
            en: 'Civil society organisations',
            'sr-Cyrl': 'Организације цивилног друштва',
          },
        },
      ],
    },
    {
      id: 'business-labour',
      label: { en: 'Business and labour', 'sr-Cyrl': 'Привреда и тржиште рада' },
      members: [
        { name: { en: 'Businesses', 'sr-Cyrl': 'Предузећа' } },
        { name: { en: 'Trade unions', 'sr-Cyrl': 'Синдикати' } },
        { name: { en: 'Employment agencies', 'sr-Cyrl': 'Агенције за запошљавање' } },
      ],
    },
    {
      id: 'at-risk',
      label: { en: 'Victims and persons at risk', 'sr-Cyrl': 'Жртве и особе у ризику' },
      members: [
        { name: { en: 'Victims of trafficking', 'sr-Cyrl': 'Жртве трговине људима' } },
        {
          name: { en: 'Persons most at risk', 'sr-Cyrl': 'Особе у највећем ризику' },
          note: { en: 'Children, women and Roma', 'sr-Cyrl': 'Деца, жене и Роми' },
        },
      ],
    },
  ],
  // The seed publishes no budgets for the earlier phases: none are shown.
  previousPhases: [
    {
      title: {
        en: 'Preventing and combating trafficking in human beings in Serbia',
        'sr-Cyrl': 'Спречавање и борба против трговине људима у Србији',
      },
      period: { start: '2016', end: '2019' },
    },
    {
      title: {
        en: 'Preventing and combating trafficking in human beings in Serbia',
        'sr-Cyrl': 'Спречавање и борба против трговине људима у Србији',
      },
      period: { start: '2019', end: '2022' },
    },
  ],
  // From FACTS.md, "Hotlines in Serbia". `source` is copied from its source column and
  // `checked` is the date of that check. Only what the facts state is claimed: no `hours`,
  // `free` or `anonymous` where they say nothing. 112 is left out on purpose (Serbia has no
  // integrated 112 service yet), and so is the Centre for Human Trafficking Victims'
  // Protection, whose own number could not be verified.
  hotlines: [
    {
      id: 'astra',
      name: { en: 'ASTRA SOS hotline', 'sr-Cyrl': 'АСТРА СОС телефон' },
      number: '+381117850000',
      display: '011 785 0000',
      audience: {
        en: 'People affected by trafficking in human beings',
        'sr-Cyrl': 'Особе погођене трговином људима',
      },
      source: 'astra.org.rs',
      checked: '2026-11-28',
    },
    {
      id: 'natco',
      name: {
        en: 'National Anti-trafficking Co-ordination Office',
        'sr-Cyrl': 'Канцеларија за координацију активности у борби против трговине људима',
      },
      number: '+381800100388',
      display: '0800 100 388',
      free: true,
      audience: {
        en: 'Reporting trafficking in human beings',
        'sr-Cyrl': 'Пријава трговине људима',
      },
      source: 'mup.gov.rs, page of the Office, about 2023',
      checked: '2026-11-28',
    },
    {
      id: 'missing-children',
      name: {
        en: 'European number for missing children',
        'sr-Cyrl': 'Европски број за несталу децу',
      },
      // A short code has no E.164 form: short codes are dialled as is, so `number` holds the
      // short number itself and the `tel:` link uses it unchanged.
      number: '116000',
      display: '116 000',
      hours: { en: '24/7', 'sr-Cyrl': '0–24, сваког дана' },
      free: true,
      audience: {
        en: 'Missing children and their families',
        'sr-Cyrl': 'Нестала деца и њихове породице',
      },
      source: 'astra.rs',
      checked: '2026-11-28',
    },
    {
      id: 'nadel',
      name: {
        en: 'National Children’s Helpline (NADEL)',
        'sr-Cyrl': 'Национална дечија линија (НАДЕЛ)',
      },
      // Short code, dialled as is (see above). The line is free and confidential; it is not
      // claimed to be anonymous.
      number: '116111',
      display: '116 111',
      hours: { en: '24/7', 'sr-Cyrl': '0–24, сваког дана' },
      free: true,
      audience: { en: 'Children and young people', 'sr-Cyrl': 'Деца и млади' },
      source: 'minrzs.gov.rs; 116111.rs',
      checked: '2026-11-28',
    },
    {
      id: 'police',
      name: { en: 'Police', 'sr-Cyrl': 'Полиција' },
      // Short code, dialled as is.
      number: '192',
      display: '192',
      audience: { en: 'Emergencies', 'sr-Cyrl': 'Хитни случајеви' },
      source: 'mup.gov.rs',
      checked: '2026-11-28',
    },
  ],
  // Only the sites named as hotline sources in FACTS.md. The seed gives no URL for the
  // programme's page, so none is added.
  links: [
    { label: { en: 'ASTRA', 'sr-Cyrl': 'АСТРА' }, url: 'https://astra.rs' },
    { label: { en: 'NADEL 116 111', 'sr-Cyrl': 'НАДЕЛ 116 111' }, url: 'https://116111.rs' },
    {
      label: { en: 'Ministry of Interior', 'sr-Cyrl': 'Министарство унутрашњих послова' },
      url: 'https://mup.gov.rs',
    },
  ],
  attribution: [
    {
      en: 'Funded by the European Union and the Council of Europe',
      'sr-Cyrl': 'Финансирају Европска унија и Савет Европе',
    },
    {
      en: 'Implemented by the Council of Europe',
      'sr-Cyrl': 'Спроводи Савет Европе',
    },
  ],
};
