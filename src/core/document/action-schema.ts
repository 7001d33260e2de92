/**
 * The whole action document's rules (see action-types.ts for the same shape as TypeScript
 * types). Each part's rules live in `rules/<part>.ts`, and an element validates only the parts it
 * shows (`validate-document.ts`), so a mistake in a part it does not show cannot break it.
 * `validateAction` checks a whole document; json-schema.ts publishes the same rules as JSON Schema.
 */
import type {ActionDocument} from './action-types.js';
import type {Shape} from './schema.js';
import {beneficiariesShape} from './rules/beneficiaries.js';
import {budgetShape} from './rules/budget.js';
import {hotlinesShape} from './rules/hotlines.js';
import {overviewShape} from './rules/overview.js';
import {validateDocument} from './validate-document.js';

export {validateDocument};

/** Every part's rules: a whole document, its fields in the order the contract lists them. */
const FIELD_ORDER = [
  'summary',
  'goal',
  'country',
  'period',
  'programme',
  'budget',
  'approach',
  'results',
  'beneficiaries',
  'previousPhases',
  'hotlines',
  'links',
  'attribution',
];
const everyPart: Shape = {...overviewShape, ...budgetShape, ...beneficiariesShape, ...hotlinesShape};
export const actionShape: Shape = Object.fromEntries(FIELD_ORDER.map((field) => [field, everyPart[field]]));

/** Checks a whole action document (see `validateDocument`). */
export function validateAction(value: unknown): ActionDocument {
  return validateDocument(value, actionShape);
}
