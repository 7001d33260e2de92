/**
 * Validating a document against the parts an element shows. Apart from `action-schema.ts`
 * (the whole document and its JSON Schema), so that an element's module, and an app that bundles
 * it, carries only the rules of its own parts.
 */
import type {ActionDocument} from './action-types.js';
import {DataError} from '../loading/data-error.js';
import {IssueList, object, text, type Rule, type Shape} from './schema.js';
import {id} from './rules/common.js';

/** The two fields every document has, whatever parts it describes. */
export const identityShape: Shape = {id, title: text({maxLength: 500})};

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
