/**
 * Translations of the default data's texts that locale files bring (the default hotlines' names
 * and notes in Hungarian, Slovak…): they live in those files rather than in every file, and are
 * looked up by the text's English form. Page-wide, so a file fetched by one copy of hf-widgets
 * serves every copy. A module of its own, free of @lit/localize, for localized-text.ts.
 */
import {pageWide} from './page-wide.js';

/** Locale → English text → its translation. */
const dataTranslations = pageWide<Record<string, Record<string, string>>>(
  'hf-widgets data translations',
  () => Object.create(null) as Record<string, Record<string, string>>,
);

/** Adds a locale file's translations; those already there are kept. */
export function addDataTranslations(locale: string, texts: Readonly<Record<string, string>>): void {
  dataTranslations[locale] = {...texts, ...dataTranslations[locale]};
}

/** A locale file's translation of a default data text given in English, if one has arrived. */
export function translatedDataText(english: string, locale: string): string | undefined {
  const table = Object.hasOwn(dataTranslations, locale) ? dataTranslations[locale] : undefined;
  // Own keys only: a text such as "constructor" has no translation.
  return table && Object.hasOwn(table, english) ? table[english] : undefined;
}
