/**
 * The active locale. It follows `<html data-hf-locale>` if present, else `<html lang>`, watched
 * live; `setLocale` overrides it until the page's attributes change again.
 *
 * A page may hold several copies of this module: the bundle, single-element files, an app's npm
 * modules. Each has its own `@lit/localize` runtime, so two things are page-wide instead:
 * - the translation tables: each registering module adds the strings of its element
 *   (`addTranslations`), and a locale's own file could add a whole locale the same way;
 * - `setLocale`: a call on any copy switches the elements of every copy, and a copy loaded later
 *   starts in the locale asked for.
 */
import {configureLocalization, type LocaleModule} from '@lit/localize';
import {sourceLocale} from '../generated/locale-codes.js';
import {cyrillicToLatin} from './transliterate.js';

export const supportedLocales = ['en', 'sr-Cyrl', 'sr-Latn'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

type Templates = LocaleModule['templates'];
type Template = Templates[string];

interface PageLocaleState {
  /** Locale → message id → translation, from every copy on the page. */
  translations: Record<string, Templates>;
  /** The locale the last `setLocale` asked for, until the page's attributes change. */
  requested?: SupportedLocale;
}

const PAGE_STATE: unique symbol = Symbol.for('hf-widgets.locale');
const pageState: PageLocaleState = ((globalThis as {[PAGE_STATE]?: PageLocaleState})[PAGE_STATE] ??= {translations: {}});
/** Tells every copy on the page to switch; its detail is the resolved locale. */
const LOCALE_REQUEST_EVENT = 'hf-widgets-locale-request';

/** Adds UI strings for `locale` to the page-wide tables; ids already there are kept. */
export function addTranslations(locale: string, templates: Templates): void {
  const table = (pageState.translations[locale] ??= {});
  for (const id in templates) table[id] ??= templates[id];
}

/**
 * Serbian Latin UI strings are the Cyrillic translation transliterated, here at run time with
 * the same function that writes locales/sr-Latn.xlf for review: the bundle carries one Serbian
 * translation instead of two. Derived per message, when the Latin locale is first loaded and
 * again for strings another copy added since.
 */
function latinTable(): Templates {
  const latin = (pageState.translations['sr-Latn'] ??= {});
  const cyrillic = pageState.translations['sr-Cyrl'] ?? {};
  for (const id in cyrillic) latin[id] ??= toLatin(cyrillic[id]);
  return latin;
}

function toLatin(template: Template): Template {
  if (typeof template === 'string') return cyrillicToLatin(template);
  // Lit accepts a template's strings only as a template strings array (with `raw`).
  const strings = template.strings.map(cyrillicToLatin);
  return {...template, strings: Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray};
}

const localization = configureLocalization({
  sourceLocale,
  targetLocales: ['sr-Cyrl', 'sr-Latn'],
  loadLocale: (locale) => Promise.resolve({templates: locale === 'sr-Latn' ? latinTable() : (pageState.translations[locale] ??= {})}),
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

/** Switches this copy's elements. */
function applyLocale(locale: SupportedLocale): Promise<void> {
  pending = locale === getLocale() ? pending : localization.setLocale(locale);
  return pending;
}

/**
 * Switches every element on the page, whichever copy of hf-widgets defined it, to `tag`
 * (resolved as above). Resolves when they can re-render.
 */
export function setLocale(tag: string): Promise<void> {
  const locale = resolveLocale(tag);
  pageState.requested = locale;
  if (typeof window !== 'undefined') window.dispatchEvent(new CustomEvent(LOCALE_REQUEST_EVENT, {detail: locale}));
  return applyLocale(locale);
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

/** Starts following the page's `<html>` attributes and other copies' requests; runs once. */
export function watchPageLocale(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  void applyLocale(pageState.requested ?? pageLocale());
  window.addEventListener(LOCALE_REQUEST_EVENT, (event) => {
    // Another version may know locales this one does not.
    const locale = (event as CustomEvent<string>).detail;
    if ((supportedLocales as readonly string[]).includes(locale)) void applyLocale(locale as SupportedLocale);
  });
  new MutationObserver(() => {
    pageState.requested = undefined;
    void applyLocale(pageLocale());
  }).observe(document.documentElement, {attributes: true, attributeFilter: ['lang', 'data-hf-locale']});
}
