/**
 * A very small schema language: each rule validates a value (reporting field paths) and keeps
 * what it accepts as plain data (`spec`), from which json-schema.ts writes the published JSON
 * Schema, so the schema cannot drift from the validator. The schema's prose for people lives
 * there too: a page's bundle carries the checks, not the documentation. Hand-written rather than
 * a library to keep the bundle small; it covers only what the action document needs.
 */
import type {DataErrorCode, DataIssue} from '../loading/data-error.js';
import {SAFE_LINK_SCHEMES, schemeOf} from './safe-url.js';
import {telNumber} from './phone-number.js';

/** Collects issues while a document is checked; stops listing after `limit`. */
export class IssueList {
  readonly issues: DataIssue[] = [];
  constructor(private readonly limit = 20) {}

  add(code: DataErrorCode, path: string, message: string): void {
    if (this.issues.length < this.limit) this.issues.push({code, path, message});
  }

  get full(): boolean {
    return this.issues.length >= this.limit;
  }
}

export interface Rule {
  check(value: unknown, path: string, issues: IssueList): void;
  /**
   * The same check in steps, for rules that hold others (arrays, objects): it pauses after each
   * item, so that a large document can be checked a slice at a time (`validateDocumentSoon`).
   */
  steps?(value: unknown, path: string, issues: IssueList): Generator<void, void, undefined>;
  /** What the rule accepts, as data: json-schema.ts describes it. */
  readonly spec: RuleSpec;
}

type Steps = NonNullable<Rule['steps']>;

/** Checks `value` against `rule` step by step (at once for a rule without steps). */
export function* stepsOf(rule: Rule, value: unknown, path: string, issues: IssueList): Generator<void, void, undefined> {
  if (rule.steps) yield* rule.steps(value, path, issues);
  else rule.check(value, path, issues);
}

/** A rule that holds others: written once as steps, checked at once by running every step. */
export function stepwise(spec: RuleSpec, steps: Steps): Rule {
  return {
    check(value, path, issues) {
      for (const step = steps(value, path, issues); !step.next().done;);
    },
    steps,
    spec,
  };
}

/** The data behind each kind of rule. */
export type RuleSpec =
  | ({kind: 'string'; maxLength: number} & Pick<StringOptions, 'pattern' | 'format'>)
  | {kind: 'text'; item: Rule}
  | {kind: 'number'; min?: number; max?: number}
  | {kind: 'boolean'}
  | {kind: 'either'; rules: readonly [Rule, Rule]}
  | {kind: 'url'; item: Rule}
  | {kind: 'array'; item: Rule; maxItems: number; minItems?: number}
  | {kind: 'object'; shape: Shape; required: readonly string[]};

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`);

const at = (path: string, key: string | number): string => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

const MAX_TEXT = 10_000;

/** Languages one text may be given in: room for every language in official use, and a bound on the work. */
export const MAX_LOCALES = 20;

/**
 * Characters that change what a reader sees without being seen: bidirectional controls (which
 * can show "0000 587 110" for 011 785 0000) and invisible format characters. Every text refuses
 * these; the zero-width joiners and the soft hyphen, which some scripts and emoji need, only
 * where `strict` asks (a hotline's text).
 */
const HIDDEN_CHARACTERS = /[\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;
const HIDDEN_CHARACTERS_STRICT = /[\p{Cf}\p{Co}]/u;

/** Digits other than 0–9 (Arabic-Indic, fullwidth…): in a hotline's text they could pass a second, unlinked number. */
const OTHER_DIGITS = /(?![0-9])\p{Nd}/u;

export interface StringOptions {
  pattern?: RegExp;
  format?: string;
  maxLength?: number;
  /** Refuse every format character, joiners and soft hyphens included, and digits other than 0–9. */
  strict?: boolean;
}

export function string(options: StringOptions = {}): Rule {
  const maxLength = options.maxLength ?? MAX_TEXT;
  const hidden = options.strict ? HIDDEN_CHARACTERS_STRICT : HIDDEN_CHARACTERS;
  return {
    check(value, path, issues) {
      if (typeof value !== 'string') {
        issues.add('wrong-type', path, `${path} must be a string, not ${describe(value)}`);
      } else if (hidden.test(value)) {
        const character = value.match(hidden)![0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
        issues.add('hidden-characters', path, `${path} contains an invisible or direction-changing character (U+${character})`);
      } else if (options.strict && OTHER_DIGITS.test(value)) {
        issues.add('invalid-format', path, `${path} contains digits other than 0–9`);
      } else if (options.pattern && !options.pattern.test(value)) {
        issues.add('invalid-format', path, `${path} is not ${options.format ?? `of the form ${options.pattern}`}`);
      } else if (value.length > maxLength) {
        issues.add('too-many', path, `${path} is longer than ${maxLength} characters`);
      }
    },
    spec: {kind: 'string', maxLength, pattern: options.pattern, format: options.format},
  };
}

/** A string or a map from locale tag to string. */
export function text(options: {maxLength?: number; strict?: boolean} = {}): Rule {
  const plain = string(options);
  return {
    check(value, path, issues) {
      if (typeof value === 'string') return plain.check(value, path, issues);
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        issues.add('wrong-type', path, `${path} must be a string or a map from locale to string, not ${describe(value)}`);
        return;
      }
      const entries = Object.entries(value);
      if (entries.length === 0) issues.add('missing-field', path, `${path} has no text in any locale`);
      if (entries.length > MAX_LOCALES) {
        issues.add('too-many', path, `${path} has texts in ${entries.length} locales; at most ${MAX_LOCALES} are allowed`);
        return;
      }
      for (const [locale, item] of entries) plain.check(item, at(path, locale), issues);
    },
    spec: {kind: 'text', item: plain},
  };
}

export function number(options: {min?: number; max?: number} = {}): Rule {
  return {
    check(value, path, issues) {
      if (typeof value !== 'number') {
        issues.add('wrong-type', path, `${path} must be a number, not ${describe(value)}`);
      } else if (!Number.isFinite(value)) {
        issues.add('invalid-number', path, `${path} must be a finite number`);
      } else if (Object.is(value, -0)) {
        issues.add('invalid-number', path, `${path} is -0; write 0`);
      } else if (options.min !== undefined && value < options.min) {
        issues.add(options.min === 0 ? 'negative-amount' : 'invalid-number', path, `${path} must be at least ${options.min}`);
      } else if (options.max !== undefined && value > options.max) {
        issues.add('invalid-number', path, `${path} must be at most ${options.max}`);
      }
    },
    spec: {kind: 'number', min: options.min, max: options.max},
  };
}

export function boolean(): Rule {
  return {
    check(value, path, issues) {
      if (typeof value !== 'boolean') issues.add('wrong-type', path, `${path} must be true or false, not ${describe(value)}`);
    },
    spec: {kind: 'boolean'},
  };
}

/** Either of two rules: the value passes when it passes one; else the second rule's issue is reported. */
export function either(first: Rule, second: Rule): Rule {
  return {
    check(value, path, issues) {
      const probe = new IssueList(1);
      first.check(value, path, probe);
      if (probe.issues.length > 0) second.check(value, path, issues);
    },
    spec: {kind: 'either', rules: [first, second]},
  };
}

/** A link target: `https:`, `http:`, `mailto:`, `tel:` with a plain number, or relative. */
export function url(): Rule {
  const plain = string({maxLength: 2048});
  return {
    check(value, path, issues) {
      const before = issues.issues.length;
      plain.check(value, path, issues);
      if (issues.issues.length > before) return;
      const scheme = schemeOf(value as string);
      if (!scheme || !SAFE_LINK_SCHEMES.has(scheme)) {
        issues.add('unsafe-url', path, `${path} must be an https:, http:, mailto: or tel: URL`);
      } else if (scheme === 'tel:' && telNumber(value as string) === undefined) {
        // `tel:*21*0601234567%23` forwards the reader's calls: a link may only dial a number.
        issues.add('unsafe-url', path, `${path} may only dial a phone number (digits, a leading +): no *, #, pauses or parameters`);
      }
    },
    spec: {kind: 'url', item: plain},
  };
}

export function array(item: Rule, options: {maxItems: number; minItems?: number}): Rule {
  return stepwise({kind: 'array', item, ...options}, function* (value, path, issues) {
    if (!Array.isArray(value)) {
      issues.add('wrong-type', path, `${path} must be an array, not ${describe(value)}`);
    } else if (value.length > options.maxItems) {
      issues.add('too-many', path, `${path} has ${value.length} items; at most ${options.maxItems} are allowed`);
    } else if (options.minItems !== undefined && value.length < options.minItems) {
      issues.add('missing-field', path, `${path} needs at least ${options.minItems} item(s)`);
    } else {
      for (let i = 0; i < value.length && !issues.full; i++) {
        yield* stepsOf(item, value[i], at(path, i), issues);
        yield;
      }
    }
  });
}

export type Shape = Record<string, Rule>;

/**
 * An object with known fields; unknown fields are ignored (documents may carry more than an
 * element reads). `refine` adds a check across fields, run when the fields themselves are valid.
 */
export function object(
  shape: Shape,
  required: readonly string[] = [],
  refine?: (value: Record<string, unknown>, path: string, issues: IssueList) => void,
): Rule {
  return stepwise({kind: 'object', shape, required}, function* (value, path, issues) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      issues.add('wrong-type', path, `${path || 'The document'} must be an object, not ${describe(value)}`);
      return;
    }
    const record = value as Record<string, unknown>;
    const before = issues.issues.length;
    for (const key of required) {
      if (record[key] === undefined) issues.add('missing-field', at(path, key), `${at(path, key)} is required`);
    }
    for (const [key, fieldRule] of Object.entries(shape)) {
      if (issues.full) return;
      if (record[key] !== undefined) yield* stepsOf(fieldRule, record[key], at(path, key), issues);
    }
    if (refine && issues.issues.length === before) refine(record, path, issues);
  });
}
