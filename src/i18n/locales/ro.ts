/**
 * Romanian (ro): what `dist/locales/ro.js` holds, fetched when a page first asks for Romanian.
 * Every text here is a translation made by a language model session and read back by it; no
 * native speaker of the Romanian community in Serbia has reviewed it yet (docs/translations.md).
 */
export {templates} from '../../generated/locales/ro.js';

/**
 * The default hotlines' names and notes (src/core/document/default-data/hotlines.ts), by their
 * English text. Translations, not names the services publish in Romanian; the national
 * co-ordination office's name is an official one and has none, so it shows as the office gives it.
 */
export const dataTexts: Record<string, string> = {
  'ASTRA SOS hotline': 'Linia SOS ASTRA',
  'European number for missing children': 'Numărul european pentru copii dispăruți',
  'Free from fixed and major mobile networks': 'Gratuit din rețeaua fixă și din marile rețele mobile',
  'National Children’s Helpline (NADEL)': 'Linia națională pentru copii (NADEL)',
  'Police': 'Poliția',
  'Emergencies': 'Urgențe',
  '24/7': '0–24, în fiecare zi',
};
