/**
 * Rules that several parts of the action document share: ids, dates, periods, money. Each part
 * has its own module beside this one, so an element bundles only the rules of what it shows.
 */
import {number, object, string, type IssueList, type Rule} from '../schema.js';
import {isTelUrl, numbersShown, telNumber} from '../phone-number.js';
import {isRealIsoDate} from '../iso-date.js';

export const id = string({pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, format: 'an id of letters, digits, - and _', maxLength: 100});

const isoDateForm = string({
  pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/,
  format: 'an ISO date or year (2023, 2023-01, 2023-01-31)',
  maxLength: 10,
});

/** An ISO date or year that exists on the calendar (no 2023-13-45) and lies in 1900–2199. */
export const isoDate: Rule = {
  check(value, path, issues) {
    const before = issues.issues.length;
    isoDateForm.check(value, path, issues);
    if (issues.issues.length === before && !isRealIsoDate(value as string)) {
      issues.add('invalid-date', path, `${path} is not a real date between 1900 and 2199: ${String(value)}`);
    }
  },
  spec: isoDateForm.spec,
};

/** The first and the last day that a date, a month or a year stands for, as sortable text. */
const firstDay = (date: string): string => date.padEnd(10, '-01-01');
const lastDay = (date: string): string => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);

/** A period whose end is not before its start (a year-only end means the end of that year). */
export const period = object({start: isoDate, end: isoDate}, ['start', 'end'], (value, path, issues) => {
  const start = firstDay(String(value.start));
  const end = lastDay(String(value.end));
  if (end < start) issues.add('invalid-date', `${path}.end`, `${path}.end is before ${path}.start`);
});

export const currency = string({pattern: /^[A-Z]{3}$/, format: 'an ISO 4217 currency code such as EUR', maxLength: 3});

/** No budget is larger than this; a bigger figure is a typo (or an attempt to show "€∞"). */
export const MAX_AMOUNT = 1e15;

export const amount = number({min: 0, max: MAX_AMOUNT});

/** The texts of a text field (a string, or one per locale) with their paths. */
export function textsOf(value: unknown, path: string): {locale: string | undefined; path: string; text: string}[] {
  if (typeof value === 'string') return [{locale: undefined, path, text: value}];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, string>).map(([locale, text]) => ({locale, path: `${path}.${locale}`, text}));
}

/**
 * A `tel:` link shows what it dials: its `shown` text (a link's label, a member's name) shows the
 * number its `url` dials, in every language, alone or with `alsoShown` (a member's note) in the
 * same language; and none of these texts shows another phone number. An `object` refinement.
 */
export function telLinkShowsItsNumber(shown: string, alsoShown?: string) {
  return (value: Record<string, unknown>, path: string, issues: IssueList): void => {
    const url = value.url;
    const number = typeof url === 'string' && isTelUrl(url) ? telNumber(url) : undefined;
    if (!number) return;
    const primary = textsOf(value[shown], `${path}.${shown}`);
    const secondary = alsoShown ? textsOf(value[alsoShown], `${path}.${alsoShown}`) : [];
    const verdicts = new Map([...primary, ...secondary].map((entry) => [entry, numbersShown(entry.text, number)]));
    for (const [entry, {others}] of verdicts) {
      if (others.length > 0) issues.add('number-mismatch', entry.path, `${entry.path} shows ${others[0]}, but ${path}.url dials ${number}`);
    }
    for (const entry of primary) {
      const companion = secondary.find((other) => other.locale === entry.locale || other.locale === undefined);
      if (!verdicts.get(entry)!.showsNumber && !(companion && verdicts.get(companion)!.showsNumber)) {
        issues.add('number-mismatch', `${path}.url`, `${path}.url dials ${number}, which ${entry.path} does not show`);
      }
    }
  };
}
