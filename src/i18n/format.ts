/**
 * Numbers, money, percentages and dates through `Intl`, in the active locale. Formatters are
 * cached: building one costs far more than using it.
 */
import type {Period} from '../core/action-types.js';
import type {SupportedLocale} from './locale.js';

/** English is shown with British conventions (the programme's own texts use them). */
const INTL_LOCALE: Record<SupportedLocale, string> = {en: 'en-GB', 'sr-Cyrl': 'sr-Cyrl-RS', 'sr-Latn': 'sr-Latn-RS'};

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: SupportedLocale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.NumberFormat(INTL_LOCALE[locale], options)));
  return format;
}

function dateFormat(locale: SupportedLocale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) cache.set(key, (format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {timeZone: 'UTC', ...options})));
  return format;
}

export function formatNumber(value: number, locale: SupportedLocale): string {
  return numberFormat(locale, {maximumFractionDigits: 2}).format(value);
}

/** `€1,000,000` / `1.000.000 €`; with `approximate`, `≈ €41 million` in compact long form. */
export function formatMoney(amount: number, currency: string, locale: SupportedLocale, approximate = false): string {
  if (approximate) {
    // Currency formats ignore compactDisplay: 'long' ("€41M"), so the long number ("41 million")
    // is placed where the locale puts its currency symbol.
    const words = numberFormat(locale, {notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 1}).format(amount);
    const parts = numberFormat(locale, {style: 'currency', currency}).formatToParts(1);
    const symbolIndex = parts.findIndex((part) => part.type === 'currency');
    const integerIndex = parts.findIndex((part) => part.type === 'integer');
    const symbol = parts[symbolIndex].value;
    return `≈ ${symbolIndex < integerIndex ? `${symbol}${words}` : `${words} ${symbol}`}`;
  }
  return numberFormat(locale, {style: 'currency', currency, maximumFractionDigits: 0}).format(amount);
}

export function formatPercent(share: number, locale: SupportedLocale): string {
  return numberFormat(locale, {style: 'percent', maximumFractionDigits: 1}).format(share);
}

/** An ISO date or year as people read it: `2023`, `January 2023`, `1 January 2023`. */
export function formatIsoDate(iso: string, locale: SupportedLocale): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  return dateFormat(locale, day === undefined ? {year: 'numeric', month: 'long'} : {year: 'numeric', month: 'long', day: 'numeric'}).format(date);
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
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  const category = rules.select(count);
  return category === 'one' || category === 'few' ? category : 'other';
}
