/**
 * Albanian (sq): what `dist/locales/sq.js` holds, fetched when a page first asks for Albanian.
 * Every text here is a translation made by a language model session and read back by it; no
 * native speaker of the Albanian community in Serbia has reviewed it yet (docs/translations.md).
 */
export {templates} from '../../generated/locales/sq.js';

/**
 * The default hotlines' names and notes (src/core/document/default-data/hotlines.ts), by their
 * English text. Translations, not names the services publish in Albanian; the national
 * co-ordination office's name is an official one and has none, so it shows as the office gives it.
 */
export const dataTexts: Record<string, string> = {
  'ASTRA SOS hotline': 'Linja SOS e ASTRA-s',
  'European number for missing children': 'Numri evropian për fëmijët e zhdukur',
  'Free from fixed and major mobile networks': 'Falas nga rrjeti fiks dhe rrjetet kryesore celulare',
  'National Children’s Helpline (NADEL)': 'Linja kombëtare për fëmijët (NADEL)',
  'Police': 'Policia',
  'Emergencies': 'Raste urgjente',
  '24/7': '0–24, çdo ditë',
};
