/**
 * The active locale. It follows `<html data-hf-locale>` if present, else `<html lang>`, watched
 * live; `setLocale` overrides it until the page's attributes change again. Every locale is
 * bundled (no request leaves the page), so switching is immediate.
 */
import {configureLocalization} from '@lit/localize';
import {sourceLocale, targetLocales} from '../generated/locale-codes.js';
import * as srCyrl from '../generated/locales/sr-Cyrl.js';
import * as srLatn from '../generated/locales/sr-Latn.js';

export const supportedLocales = ['en', 'sr-Cyrl', 'sr-Latn'] as const;
export type SupportedLocale = (typeof supportedLocales)[number];

const templates = {'sr-Cyrl': srCyrl.templates, 'sr-Latn': srLatn.templates};

const localization = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => Promise.resolve({templates: templates[locale as keyof typeof templates]}),
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
