/**
 * The action document's rules (see action-types.ts for the same shape as TypeScript types).
 * Each part's rules live in `rules/<part>.ts`; an element validates with the shapes of the parts
 * it shows (`validateDocument`), so a mistake in a part it does not show cannot break it and its
 * single-element file carries only those rules. `validateAction` checks a whole document, and
 * `actionJsonSchema` publishes the rules as JSON Schema (scripts/write-package-data.mjs writes it
 * to dist/ for the package).
 */
import type {ActionDocument} from './action-types.js';
import {DataError} from './data-error.js';
import {IssueList, object, text, type Rule, type Shape} from './schema.js';
import {id} from './rules/common.js';
import {beneficiariesShape} from './rules/beneficiaries.js';
import {budgetShape} from './rules/budget.js';
import {hotlinesShape} from './rules/hotlines.js';
import {overviewShape} from './rules/overview.js';

/** The two fields every document has, whatever parts it describes. */
const identityShape: Shape = {id, title: text({maxLength: 500})};

const documentRules = new WeakMap<Shape, Rule>();

/**
 * Checks a parsed document against the identity fields and `shape`, and returns it typed, or
 * throws a DataError listing every problem with its field path. Unknown fields are ignored.
 */
export function validateDocument(value: unknown, shape: Shape): ActionDocument {
  let rule = documentRules.get(shape);
  if (!rule) {
    rule = object({...identityShape, ...shape}, ['id', 'title']);
    documentRules.set(shape, rule);
  }
  const issues = new IssueList();
  try {
    rule.check(value, '', issues);
  } catch (error) {
    // Only a `data` object can throw here (a getter, a Proxy): the page's mistake, not ours.
    throw DataError.single('wrong-type', '', `The document could not be read: ${String(error)}`);
  }
  if (issues.issues.length > 0) throw new DataError(issues.issues);
  return value as ActionDocument;
}

/** Every part's rules: a whole document, its fields in the order the contract lists them. */
const FIELD_ORDER = ['summary', 'goal', 'country', 'period', 'programme', 'budget', 'approach', 'results', 'beneficiaries', 'previousPhases', 'hotlines', 'links', 'attribution'];
const everyPart: Shape = {...overviewShape, ...budgetShape, ...beneficiariesShape, ...hotlinesShape};
const actionShape: Shape = Object.fromEntries(FIELD_ORDER.map((field) => [field, everyPart[field]]));

/** Checks a whole action document (see `validateDocument`). */
export function validateAction(value: unknown): ActionDocument {
  return validateDocument(value, actionShape);
}

/** The action document's JSON Schema (draft 2020-12), built from the same rules. */
export function actionJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'hf-widgets action document',
    description: 'One action of the Horizontal Facility programme, as read by every hf-widgets element.',
    ...object({...identityShape, ...actionShape}, ['id', 'title']).json(),
  };
}
