/**
 * Picks the text of a data field for the active locale. Fallback: the exact locale → a locale
 * file's translation of its English text (the default hotlines' names in Hungarian…) → the other
 * Serbian script by transliteration → English → the first value given.
 */
import type {LocalizedText} from '../core/document/action-types.js';
import {translatedDataText} from './data-translations.js';
import type {SupportedLocale} from './locale.js';
import {cyrillicToLatin, hasCyrillic, latinToCyrillic} from './transliterate.js';

export function localizedText(value: LocalizedText | undefined, locale: SupportedLocale): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    // A single string is in whatever language its author wrote; only the script is adapted.
    return locale === 'sr-Latn' && hasCyrillic(value) ? cyrillicToLatin(value) : value;
  }
  const exact = value[locale] ?? (value['en'] === undefined ? undefined : translatedDataText(value['en'], locale));
  if (exact !== undefined) return exact;
  const cyrillic = value['sr-Cyrl'] ?? value['sr'];
  const latin = value['sr-Latn'];
  if (locale === 'sr-Cyrl') {
    if (cyrillic !== undefined) return cyrillic;
    if (latin !== undefined) return latinToCyrillic(latin);
  } else if (locale === 'sr-Latn') {
    if (latin !== undefined) return latin;
    if (cyrillic !== undefined) return cyrillicToLatin(cyrillic);
  }
  return value['en'] ?? Object.values(value)[0] ?? '';
}
