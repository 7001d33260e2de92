/**
 * Slovak (sk): what `dist/locales/sk.js` holds, fetched when a page first asks for Slovak.
 * Every text here is a translation made by a language model session and read back by it; no
 * native speaker of the Slovak community in Serbia has reviewed it yet (docs/translations.md).
 */
export {templates} from '../../generated/locales/sk.js';

/**
 * The default hotlines' names and notes (src/core/document/default-data/hotlines.ts), by their
 * English text. Translations, not names the services publish in Slovak; the national
 * co-ordination office's name is an official one and has none, so it shows as the office gives it.
 */
export const dataTexts: Record<string, string> = {
  'ASTRA SOS hotline': 'SOS linka ASTRA',
  'European number for missing children': 'Európske číslo pre nezvestné deti',
  'Free from fixed and major mobile networks': 'Bezplatne z pevnej siete a väčších mobilných sietí',
  'National Children’s Helpline (NADEL)': 'Národná linka pomoci pre deti (NADEL)',
  'Police': 'Polícia',
  'Emergencies': 'Naliehavé prípady',
  '24/7': '0–24, každý deň',
};
