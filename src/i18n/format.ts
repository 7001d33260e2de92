/**
 * Numbers, money, percentages and dates through `Intl`, in the active locale. A formatter is
 * built when a value first needs it, and kept: building one costs far more than using it, and a
 * page's first one also loads the locale data (20–40 ms at full speed here, docs/performance.md).
 * Nothing is built as the module loads, so a banner without dates builds none.
 */
import type {Period} from '../core/document/action-types.js';
import type {SupportedLocale} from './locale.js';
import {cyrillicToLatin} from './transliterate.js';

/** English is shown with British conventions (the programme's own texts use them). */
const INTL_LOCALES: Partial<Record<SupportedLocale, string>> = {en: 'en-GB', 'sr-Cyrl': 'sr-Cyrl-RS', 'sr-Latn': 'sr-Latn-RS'};

/** The `Intl` locale of a locale; a later locale's language code as it is. */
function intlLocale(locale: SupportedLocale): string {
  return INTL_LOCALES[locale] ?? locale;
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: SupportedLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(intlLocale(locale), options)));
  return format;
}

function dateFormat(locale: SupportedLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(intlLocale(locale), {timeZone: 'UTC', ...options})));
  return format;
}

export function formatNumber(value: number, locale: SupportedLocale): string {
  return numberFormat(locale, {maximumFractionDigits: 2}).format(value);
}

/** Whole amounts of `currency`; also where the locale puts the currency's symbol. */
function moneyFormat(locale: SupportedLocale, currency: string): Intl.NumberFormat {
  return numberFormat(locale, {style: 'currency', currency, maximumFractionDigits: 0});
}

/** An exact amount: `€1,000,000` / `1.000.000 €`. */
export function formatMoney(amount: number, currency: string, locale: SupportedLocale): string {
  return moneyFormat(locale, currency).format(amount);
}

/**
 * How many significant figures a rounded figure carries: `41_000_000` ("ca. 41 million") → 2,
 * `41_500_000` → 3. Never fewer than 2: "40 million" is read as two figures, not one.
 */
export function significantFigures(figure: number): number {
  // toExponential() writes the shortest mantissa that identifies the number: 4.1e+7.
  const digits = Math.abs(figure).toExponential().split('e')[0].replace('.', '').replace(/0+$/, '');
  return Math.min(21, Math.max(2, digits.length));
}

const NO_BREAK = '\u00a0';

// With a decimal, Serbian puts the noun in the genitive singular ("2,5 хиљаде", "6,2 милиона"),
// where CLDR gives the plural form of the integer rules ("2,5 хиљада"). Keyed by the word's stem.
const DECIMAL_NOUNS_CYRILLIC: readonly [string, string][] = [
  ['хиљад', 'хиљаде'],
  ['милион', 'милиона'],
  ['милијард', 'милијарде'],
  ['билион', 'билиона'],
];
let decimalNounsLatin: readonly [string, string][] | undefined;

function decimalNouns(locale: SupportedLocale): readonly [string, string][] | undefined {
  if (locale === 'sr-Cyrl') return DECIMAL_NOUNS_CYRILLIC;
  if (locale !== 'sr-Latn') return undefined;
  return (decimalNounsLatin ??= DECIMAL_NOUNS_CYRILLIC.map(([stem, form]) => [cyrillicToLatin(stem), cyrillicToLatin(form)]));
}

/** `35 million`, `6,2 милиона`: a number in words, rounded to `figures` significant figures. */
function numberInWords(value: number, locale: SupportedLocale, figures: number): string {
  const parts = numberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: figures}).formatToParts(value);
  const hasDecimal = parts.some((part) => part.type === 'fraction');
  const nouns = hasDecimal ? decimalNouns(locale) : undefined;
  return parts
    .map((part) => {
      if (part.type === 'compact' && nouns) {
        const noun = nouns.find(([stem]) => part.value.startsWith(stem));
        if (noun) return noun[1];
      }
      return part.value;
    })
    .join('')
    .replace(/\s/g, NO_BREAK);
}

/**
 * "About" in words, where a sign would not be published: Serbian writes "око 41 милион евра",
 * naming the currency after a number in words (in the genitive plural that CLDR gives for 5).
 */
const ABOUT_IN_WORDS: Partial<Record<SupportedLocale, string>> = {'sr-Cyrl': 'око', 'sr-Latn': 'oko'};

function currencyName(currency: string, locale: SupportedLocale): string {
  const parts = numberFormat(locale, {style: 'currency', currency, currencyDisplay: 'name'}).formatToParts(5);
  return parts.find((part) => part.type === 'currency')?.value ?? currency;
}

/**
 * An amount known only roughly, or computed from such a figure: `≈ €35 million` / `око 35
 * милиона евра`, rounded to `figures` significant figures (those of the figure it comes from, see
 * `significantFigures`), so no derived amount looks more precise than its source. Its parts are
 * joined by no-break spaces: a line never breaks inside "око 41 милион евра".
 */
export function formatApproximateMoney(amount: number, currency: string, locale: SupportedLocale, figures: number): string {
  const words = numberInWords(amount, locale, figures);
  const about = ABOUT_IN_WORDS[locale];
  if (about) return [about, words, currencyName(currency, locale)].join(NO_BREAK);
  // Currency formats ignore compactDisplay: 'long' ("€41M"), so the number in words is placed
  // where the locale puts its currency symbol.
  const parts = moneyFormat(locale, currency).formatToParts(1);
  const symbolIndex = parts.findIndex((part) => part.type === 'currency');
  const integerIndex = parts.findIndex((part) => part.type === 'integer');
  const symbol = parts[symbolIndex].value;
  return `≈${NO_BREAK}${symbolIndex < integerIndex ? `${symbol}${words}` : `${words}${NO_BREAK}${symbol}`}`;
}

export function formatPercent(share: number, locale: SupportedLocale): string {
  return numberFormat(locale, {style: 'percent', maximumFractionDigits: 1}).format(share);
}

/** A share computed from a rough figure: `≈ 2.4%` / `око 2,4%`, rounded to `figures` significant figures. */
export function formatApproximatePercent(share: number, locale: SupportedLocale, figures: number): string {
  return `${ABOUT_IN_WORDS[locale] ?? '≈'}${NO_BREAK}${numberFormat(locale, {style: 'percent', maximumSignificantDigits: figures}).format(share)}`;
}

/** An ISO date or year as people read it: `2023`, `January 2023`, `1 January 2023`. */
export function formatIsoDate(iso: string, locale: SupportedLocale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateFormat(locale, day === undefined ? {year: 'numeric', month: 'long'} : {year: 'numeric', month: 'long', day: 'numeric'}).format(
    date,
  );
}

/** `2023–2026` (years only) or `1 January 2023 – 31 December 2026`. */
export function formatPeriod(period: Period, locale: SupportedLocale): string {
  const start = formatIsoDate(period.start, locale);
  const end = formatIsoDate(period.end, locale);
  return /^\d{4}$/.test(period.start) && /^\d{4}$/.test(period.end) ? `${start}–${end}` : `${start} – ${end}`;
}

const pluralRules = new Map<SupportedLocale, Intl.PluralRules>();

/**
 * The plural category of `count` in the locale: English has `one`/`other`; Serbian also has
 * `few` (2–4, 22–24 …). Pick a message by it: `{one: msg(…), few: msg(…), other: msg(…)}`.
 */
export function pluralCategory(count: number, locale: SupportedLocale): 'one' | 'few' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))));
  const category = rules.select(count);
  return category === 'one' || category === 'few' ? category : 'other';
}
