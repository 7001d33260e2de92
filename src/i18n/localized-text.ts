/**
 * Picks the text of a data field for the active locale. Fallback: the exact locale → a locale
 * file's translation of its English text (the default hotlines' names in Hungarian…) → the other
 * Serbian script by transliteration → English → the first value given.
 */
import type {LocalizedText} from '../core/document/action-types.js';
import {translatedDataText} from './data-translations.js';
import type {SupportedLocale} from './locale.js';
import {cyrillicToLatin, hasCyrillic, latinToCyrillic} from './transliterate.js';

/** The text to show and the language it is in; `lang` is absent when it is `locale`'s own. */
export interface ShownText {
  text: string;
  lang?: string;
}

export function localizedText(value: LocalizedText | undefined, locale: SupportedLocale): string {
  return pickText(value, locale).text;
}

/**
 * The text of `value` for `locale`, with the language it falls back to, so that a part shown in
 * another language can carry that language's `lang` (WCAG 3.1.2). A single string is in whatever
 * language its author wrote: only its script is adapted, and no language is claimed for it.
 */
export function pickText(value: LocalizedText | undefined, locale: SupportedLocale): ShownText {
  if (value === undefined) return {text: ''};
  if (typeof value === 'string') {
    return {text: locale === 'sr-Latn' && hasCyrillic(value) ? cyrillicToLatin(value) : value};
  }
  const cyrillic = value['sr-Cyrl'] ?? value['sr'];
  const latin = value['sr-Latn'];
  if (locale === 'sr-Cyrl') {
    if (cyrillic !== undefined) return {text: cyrillic};
    if (latin !== undefined) return {text: latinToCyrillic(latin)};
  } else if (locale === 'sr-Latn') {
    if (latin !== undefined) return {text: latin};
    if (cyrillic !== undefined) return {text: cyrillicToLatin(cyrillic)};
  } else if (value[locale] !== undefined) {
    return {text: value[locale]};
  }
  // A locale file's translation of a default text (the default hotlines' names in Hungarian…).
  const translated = value['en'] === undefined ? undefined : translatedDataText(value['en'], locale);
  if (translated !== undefined) return {text: translated};
  if (value['en'] !== undefined) return inLanguage(value['en'], 'en', locale);
  const [first] = Object.entries(value);
  return first ? inLanguage(first[1], first[0], locale) : {text: ''};
}

function inLanguage(text: string, lang: string, locale: SupportedLocale): ShownText {
  // A document may key Cyrillic Serbian as plain `sr`.
  const tag = lang === 'sr' ? 'sr-Cyrl' : lang;
  return tag.toLowerCase() === locale.toLowerCase() ? {text} : {text, lang: tag};
}
