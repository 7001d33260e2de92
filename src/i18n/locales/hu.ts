/**
 * Hungarian (hu): what `dist/locales/hu.js` holds, fetched when a page first asks for Hungarian.
 * Every text here is a translation made by a language model session and read back by it; no
 * native speaker of the Hungarian community in Serbia has reviewed it yet (docs/translations.md).
 */
export {templates} from '../../generated/locales/hu.js';

/**
 * The default hotlines' names and notes (src/core/document/default-data/hotlines.ts), by their
 * English text. Translations, not names the services publish in Hungarian; the national
 * co-ordination office's name is an official one and has none, so it shows as the office gives it.
 */
export const dataTexts: Record<string, string> = {
  'ASTRA SOS hotline': 'ASTRA SOS-vonal',
  'European number for missing children': 'Európai telefonszám eltűnt gyermekek ügyében',
  'Free from fixed and major mobile networks': 'Ingyenes vezetékes hálózatból és a nagyobb mobilhálózatokból',
  'National Children’s Helpline (NADEL)': 'Országos gyermeksegélyvonal (NADEL)',
  'Police': 'Rendőrség',
  'Emergencies': 'Sürgős esetek',
  '24/7': '0–24, minden nap',
};
