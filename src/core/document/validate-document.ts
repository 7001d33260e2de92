/**
 * Validating a document against the parts an element shows. Apart from `action-schema.ts`
 * (the whole document and its JSON Schema), so that an element's module, and an app that bundles
 * it, carries only the rules of its own parts.
 */
import type {ActionDocument} from './action-types.js';
import {DataError} from '../loading/data-error.js';
import {IssueList, object, stepsOf, text, type Rule, type Shape} from './schema.js';
import {id} from './rules/common.js';

/** The two fields every document has, whatever parts it describes. */
export const identityShape: Shape = {id, title: text({maxLength: 500})};

const documentRules = new WeakMap<Shape, Rule>();

function documentRule(shape: Shape): Rule {
  let rule = documentRules.get(shape);
  if (!rule) {
    rule = object({...identityShape, ...shape}, ['id', 'title']);
    documentRules.set(shape, rule);
  }
  return rule;
}

/** The document typed, or a DataError listing every problem found. */
function verdict(value: unknown, issues: IssueList): ActionDocument {
  if (issues.issues.length > 0) throw new DataError(issues.issues);
  return value as ActionDocument;
}

// Only a `data` object can throw while it is read (a getter, a Proxy): the page's mistake, not ours.
const unreadable = (error: unknown): DataError => DataError.single('wrong-type', '', `The document could not be read: ${String(error)}`);

/**
 * Checks a parsed document against the identity fields and `shape`, and returns it typed, or
 * throws a DataError listing every problem with its field path. Unknown fields are ignored.
 */
export function validateDocument(value: unknown, shape: Shape): ActionDocument {
  const issues = new IssueList();
  try {
    documentRule(shape).check(value, '', issues);
  } catch (error) {
    throw unreadable(error);
  }
  return verdict(value, issues);
}

/**
 * How long one slice of checking may keep the page's main thread, in ms. Well under the 50 ms of
 * a "long task", so that rendering, input and the quick exit's key presses get their turn even on
 * a phone four times slower than the machine this was measured on.
 */
export const VALIDATION_SLICE_MS = 12;

/** Steps run between two looks at the clock (a step is one array item: a member, a link). */
const STEPS_BETWEEN_CLOCK_READS = 8;

/**
 * Steps always run at once, however slow the machine: an ordinary document (the default one has
 * under 200 items) is then checked in the task that gives it, as `validateDocument` would, and
 * an element shows it without a loading state in between.
 */
const STEPS_AT_ONCE = 500;

/** A check that goes on in later tasks; `cancel` stops it (its result then never settles). */
export class PendingValidation {
  private cancelled = false;
  readonly result: Promise<ActionDocument>;

  constructor(runSlice: () => ActionDocument | undefined) {
    this.result = (async () => {
      for (;;) {
        await nextTask();
        if (this.cancelled) return new Promise<never>(() => {});
        const document = runSlice();
        if (document) return document;
      }
    })();
  }

  cancel(): void {
    this.cancelled = true;
  }
}

/** Gives the event loop a turn: rendering, input and other tasks run before the next slice. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * `validateDocument`, a slice at a time: a document checked within one slice (every ordinary
 * one) is returned at once, as `validateDocument` would; a larger one (thousands of members) is
 * checked on in later tasks, and the result comes as a PendingValidation. Throws, or rejects
 * with, the same DataError.
 */
export function validateDocumentSoon(value: unknown, shape: Shape): ActionDocument | PendingValidation {
  const issues = new IssueList();
  const steps = stepsOf(documentRule(shape), value, '', issues);
  /** Runs steps for one slice: the verdict when every step has run, else undefined. */
  let stepsRun = 0;
  const runSlice = (): ActionDocument | undefined => {
    const start = performance.now();
    try {
      for (;;) {
        if (steps.next().done) break;
        stepsRun++;
        if (stepsRun > STEPS_AT_ONCE && stepsRun % STEPS_BETWEEN_CLOCK_READS === 0 && performance.now() - start > VALIDATION_SLICE_MS)
          return undefined;
      }
    } catch (error) {
      throw unreadable(error);
    }
    return verdict(value, issues);
  };
  return runSlice() ?? new PendingValidation(runSlice);
}
