/**
 * Croatian (hr): what `dist/locales/hr.js` holds, fetched when a page first asks for Croatian.
 * Every text here is a translation made by a language model session and read back by it; no
 * native speaker of the Croatian community in Serbia has reviewed it yet (docs/translations.md).
 */
export {templates} from '../../generated/locales/hr.js';

/**
 * The default hotlines' names and notes (src/core/document/default-data/hotlines.ts), by their
 * English text. Translations, not names the services publish in Croatian; the national
 * co-ordination office's name is an official one and has none, so it shows as the office gives it.
 */
export const dataTexts: Record<string, string> = {
  'ASTRA SOS hotline': 'ASTRA SOS telefon',
  'European number for missing children': 'Europski broj za nestalu djecu',
  'Free from fixed and major mobile networks': 'Besplatno iz fiksne mreže i većih mobilnih mreža',
  'National Children’s Helpline (NADEL)': 'Nacionalna dječja linija (NADEL)',
  'Police': 'Policija',
  'Emergencies': 'Hitni slučajevi',
  '24/7': '0–24, svaki dan',
};
