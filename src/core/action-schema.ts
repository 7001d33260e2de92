/**
 * The action document's rules (see action-types.ts for the same shape as TypeScript types).
 * `validateAction` checks a parsed document; `actionJsonSchema` publishes the rules as JSON
 * Schema (scripts/write-json-schema.mjs writes it to dist/ for the package).
 */
import type {ActionDocument} from './action-types.js';
import {DataError} from './data-error.js';
import {IssueList, array, boolean, number, object, string, text, url, type Rule} from './schema.js';

/** Funders' shares may be rounded in the source text: 0.333 + 0.333 + 0.333 is accepted. */
export const SHARE_TOLERANCE = 0.005;

const isoDate = string({pattern: /^\d{4}(-\d{2}(-\d{2})?)?$/, format: 'an ISO date or year (2023, 2023-01, 2023-01-31)', maxLength: 10});
const currency = string({pattern: /^[A-Z]{3}$/, format: 'an ISO 4217 currency code such as EUR', maxLength: 3});
const amount = number({min: 0});
const id = string({pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/, format: 'an id of letters, digits, - and _', maxLength: 100});
const period = object({start: isoDate, end: isoDate}, ['start', 'end']);

/** E.164 (`+381117850000`) or a national short code (`192`, `116000`): digits only, so `tel:` links stay plain. */
const phoneNumber = string({pattern: /^\+?[0-9]{3,15}$/, format: 'a phone number in E.164 form (+381117850000) or a short code (192)', maxLength: 16});

const programme = object(
  {
    name: text(),
    period,
    budget: object({amount, currency, approximate: boolean()}, ['amount', 'currency']),
    funders: array(object({name: text(), share: number({min: 0, max: 1})}, ['name', 'share']), {maxItems: 20}),
  },
  ['name'],
  (value, path, issues) => {
    const funders = value.funders as {share: number}[] | undefined;
    if (!funders || funders.length === 0) return;
    const sum = funders.reduce((total, funder) => total + funder.share, 0);
    if (Math.abs(sum - 1) > SHARE_TOLERANCE) {
      issues.add('shares-sum', `${path}.funders`, `${path}.funders: the shares add up to ${Number(sum.toFixed(4))}, not 1`);
    }
  },
);

const hotline = object(
  {
    id,
    name: text(),
    number: phoneNumber,
    display: string({maxLength: 40}),
    hours: text(),
    free: boolean(),
    anonymous: boolean(),
    audience: text(),
    source: string({maxLength: 2048}),
    checked: isoDate,
  },
  ['id', 'name', 'number', 'display', 'source', 'checked'],
);

export const actionRule = object(
  {
    id,
    title: text(),
    summary: text(),
    goal: text(),
    country: string({pattern: /^[A-Z]{2}$/, format: 'an ISO 3166-1 alpha-2 code such as RS', maxLength: 2}),
    period,
    programme,
    budget: object(
      {amount, currency, lines: array(object({label: text(), amount}, ['label', 'amount']), {maxItems: 100})},
      ['amount', 'currency'],
    ),
    approach: array(text(), {maxItems: 100}),
    results: array(text(), {maxItems: 100}),
    beneficiaries: array(
      object(
        {
          id,
          label: text(),
          members: array(object({name: text(), note: text(), url: url()}, ['name']), {maxItems: 10_000}),
        },
        ['id', 'label', 'members'],
      ),
      {maxItems: 50},
    ),
    previousPhases: array(object({title: text(), period}, ['title', 'period']), {maxItems: 50}),
    hotlines: array(hotline, {maxItems: 50}),
    links: array(object({label: text(), url: url()}, ['label', 'url']), {maxItems: 50}),
    attribution: array(text(), {maxItems: 10}),
  },
  ['id', 'title'],
);

export type ActionPart = Exclude<keyof ActionDocument, 'id' | 'title'>;

const partialRules = new Map<string, Rule>();

/**
 * Checks a parsed document and returns it typed, or throws a DataError listing every problem
 * with its field path. With `parts`, only those fields (and `id`, `title`) are checked: an
 * element is not broken by a mistake in a part it does not show.
 */
export function validateAction(value: unknown, parts?: readonly ActionPart[]): ActionDocument {
  let rule: Rule = actionRule;
  if (parts) {
    const key = parts.join(',');
    rule = partialRules.get(key) ?? actionRule.pick(parts);
    partialRules.set(key, rule);
  }
  const issues = new IssueList();
  rule.check(value, '', issues);
  if (issues.issues.length > 0) throw new DataError(issues.issues);
  return value as ActionDocument;
}

/** The action document's JSON Schema (draft 2020-12), built from the same rules. */
export function actionJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'hf-widgets action document',
    description: 'One action of the Horizontal Facility programme, as read by every hf-widgets element.',
    ...actionRule.json(),
  };
}
