/**
 * Who benefits from the default action: the seed's four lists, in its order and wording.
 *
 * The seed writes the public institutions as "Ministry – unit" pairs. The unit is the
 * beneficiary and its ministry is its note, as on the Council of Europe's Serbian page for this
 * action: nine public institutions in all. That page also ends the list with "тужилаштво и
 * адвокатске коморе" (no particular prosecutor's office, bar associations in the plural).
 * The seed gives no web addresses, so none are added.
 */
import type {BeneficiaryGroup} from '../action-types.js';

const ministryOfInterior = {en: 'Ministry of Interior', 'sr-Cyrl': 'Министарство унутрашњих послова'};
const ministryOfLabour = {
  en: 'Ministry of Employment, Labour, Veteran and Social Affairs',
  'sr-Cyrl': 'Министарство за рад, запошљавање, борачка и социјална питања',
};

export const defaultBeneficiaries: BeneficiaryGroup[] = [
  {
    id: 'public-institutions',
    label: {en: 'Public institutions', 'sr-Cyrl': 'Јавне институције'},
    members: [
      {
        name: {
          en: 'National Anti-trafficking Co-ordination Office',
          'sr-Cyrl': 'Канцеларија за координацију активности у борби против трговине људима',
        },
        note: ministryOfInterior,
      },
      {name: {en: 'Labour Inspectorate', 'sr-Cyrl': 'Инспекторат за рад'}, note: ministryOfLabour},
      {
        name: {
          en: 'Centre for Human Trafficking Victims’ Protection',
          'sr-Cyrl': 'Центар за заштиту жртава трговине људима',
        },
      },
      {name: {en: 'Ministry of Education', 'sr-Cyrl': 'Министарство просвете'}},
      // The institution's own Serbian name, not a translation ("Омбудсман").
      {name: {en: 'Ombudsperson’s Office', 'sr-Cyrl': 'Заштитник грађана'}},
      {name: {en: 'Ministry of Justice', 'sr-Cyrl': 'Министарство правде'}},
      {name: {en: 'Judicial Academy', 'sr-Cyrl': 'Правосудна академија'}},
      {name: {en: 'Prosecutor’s Office', 'sr-Cyrl': 'Тужилаштво'}},
      {name: {en: 'Bar Association', 'sr-Cyrl': 'Адвокатске коморе'}},
    ],
  },
  {
    id: 'civil-society',
    label: {en: 'Civil society', 'sr-Cyrl': 'Цивилно друштво'},
    members: [{name: {en: 'Civil society organisations', 'sr-Cyrl': 'Организације цивилног друштва'}}],
  },
  {
    id: 'business-labour',
    label: {en: 'Business and labour', 'sr-Cyrl': 'Привреда и тржиште рада'},
    members: [
      {name: {en: 'Businesses', 'sr-Cyrl': 'Предузећа'}},
      {name: {en: 'Trade unions', 'sr-Cyrl': 'Синдикати'}},
      {name: {en: 'Employment agencies', 'sr-Cyrl': 'Агенције за запошљавање'}},
    ],
  },
  {
    id: 'at-risk',
    label: {en: 'Victims and persons at risk', 'sr-Cyrl': 'Жртве и особе у ризику'},
    members: [
      {name: {en: 'Victims of trafficking', 'sr-Cyrl': 'Жртве трговине људима'}},
      {
        name: {en: 'Persons most at risk', 'sr-Cyrl': 'Особе у највећем ризику'},
        note: {en: 'Children, women and Roma', 'sr-Cyrl': 'Деца, жене и Роми'},
      },
    ],
  },
];
