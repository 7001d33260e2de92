/**
 * The active locale. It follows `<html data-hf-locale>` if present, else `<html lang>`, watched
 * live; `setLocale` overrides it until the page's attributes change again. Every locale is
 * bundled (no request leaves the page), so switching is immediate.
 */
import {configureLocalization, type LocaleModule} from '@lit/localize';
import {sourceLocale} from '../generated/locale-codes.js';
import {templates as cyrillicTemplates} from '../generated/locales/sr-Cyrl.js';
import {cyrillicToLatin} from './transliterate.js';

export const supportedLocales = ['en', 'sr-Cyrl', 'sr-Latn'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

type Templates = LocaleModule['templates'];
let latinTemplates: Templates | undefined;

/**
 * Serbian Latin UI strings are the Cyrillic translation transliterated, here at run time with
 * the same function that writes locales/sr-Latn.xlf for review: the bundle carries one Serbian
 * translation instead of two.
 */
function toLatin(templates: Templates): Templates {
  const latin: Templates = {};
  for (const [id, template] of Object.entries(templates)) {
    if (typeof template === 'string') {
      latin[id] = cyrillicToLatin(template);
    } else {
      // Lit accepts a template's strings only as a template strings array (with `raw`).
      const strings = template.strings.map(cyrillicToLatin);
      latin[id] = {...template, strings: Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray};
    }
  }
  return latin;
}

const localization = configureLocalization({
  sourceLocale,
  targetLocales: ['sr-Cyrl', 'sr-Latn'],
  loadLocale: (locale) =>
    Promise.resolve({templates: locale === 'sr-Latn' ? (latinTemplates ??= toLatin(cyrillicTemplates)) : cyrillicTemplates}),
});

const warnedTags = new Set<string>();

/**
 * Maps a BCP 47 tag to a supported locale: `sr`, `sr-RS`, `sr-Cyrl*` → `sr-Cyrl` (Cyrillic is
 * Serbia's official script, and CLDR agrees); `sr-Latn*` → `sr-Latn`; `en*` → `en`; anything
 * else → `en`, with one console warning per tag.
 */
export function resolveLocale(tag: string | null | undefined): SupportedLocale {
  const lower = (tag ?? '').trim().toLowerCase().replace(/_/g, '-');
  if (lower === '') return 'en';
  const [language, ...subtags] = lower.split('-');
  if (language === 'sr') return subtags.includes('latn') ? 'sr-Latn' : 'sr-Cyrl';
  if (language === 'en') return 'en';
  if (!warnedTags.has(lower)) {
    warnedTags.add(lower);
    console.warn(`hf-widgets: no translation for "${tag}"; showing English. Supported: ${supportedLocales.join(', ')}.`);
  }
  return 'en';
}

export function getLocale(): SupportedLocale {
  return localization.getLocale() as SupportedLocale;
}

let pending: Promise<void> = Promise.resolve();

/** Switches every element to `tag` (resolved as above). Resolves when they can re-render. */
export function setLocale(tag: string): Promise<void> {
  const locale = resolveLocale(tag);
  pending = locale === getLocale() ? pending : localization.setLocale(locale);
  return pending;
}

/** Resolves once the latest locale change has been applied. */
export function localeSettled(): Promise<void> {
  return pending;
}

/** The locale the page's `<html>` asks for. */
export function pageLocale(): SupportedLocale {
  const root = document.documentElement;
  return resolveLocale(root.getAttribute('data-hf-locale') ?? root.getAttribute('lang'));
}

let watching = false;

/** Starts following the page's `<html>` attributes; called by each element, runs once. */
export function watchPageLocale(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  void setLocale(pageLocale());
  new MutationObserver(() => void setLocale(pageLocale())).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', 'data-hf-locale'],
  });
}
