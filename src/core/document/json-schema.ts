/**
 * The action document's published JSON Schema (draft 2020-12), written from the validator's own
 * rules (their `spec`), with the prose that data authors read in it and in the docs' field table.
 * Only the build imports this module (scripts/write-package-data.mjs, scripts/write-docs.mjs):
 * no element carries it.
 */
import {actionShape} from './action-schema.js';
import {MAX_LOCALES, object, type Rule} from './schema.js';
import {MAX_GROUPS, MAX_MEMBERS} from './rules/beneficiaries.js';
import {amount, isoDate} from './rules/common.js';
import {identityShape} from './validate-document.js';

export type JsonSchema = {[key: string]: unknown};

/** Notes for one field, by its path in the document (`[]` stands for any item of an array). */
const FIELD_NOTES: Record<string, string> = {
  beneficiaries: `At most ${MAX_GROUPS} groups and ${MAX_MEMBERS} members in all.`,
  'hotlines[].display':
    'The number as people write it, the same number as `number`: digits, spaces, +, -, /, . and ( ); ' +
    'a form with a trunk 0 (011 …) is a Serbian number (+381).',
  'hotlines[].free': 'true, or the source’s own words when it qualifies “free” (“free from fixed and major mobile networks”).',
  'hotlines[].source': 'Where the number is published (a URL or a site name).',
  'hotlines[].checked':
    'The day a person confirmed the number live (called it). Never set it without such a check: ' +
    'a banner says “Numbers checked” only when every line it shows has this date.',
  'hotlines[].showByDefault': 'false keeps the line out of a banner that names no `hotlines`; a page that names its id still shows it.',
};

/** Notes for a rule wherever it is used. */
const RULE_NOTES = new Map<Rule, string>([
  [isoDate, 'an ISO date or year (2023, 2023-01, 2023-01-31) that exists, from 1900 to 2199'],
  [amount, 'An amount of money, from 0 to 10^15.'],
]);

/** `rule` as JSON Schema; `notes` is false for the parts of a field, which its own note covers. */
function schemaOf(rule: Rule, path: string, notes = true): JsonSchema {
  const spec = rule.spec;
  const note = notes ? (FIELD_NOTES[path] ?? RULE_NOTES.get(rule)) : undefined;
  const described = (schema: JsonSchema, fallback?: string): JsonSchema =>
    (note ?? fallback) ? {...schema, description: note ?? fallback} : schema;
  switch (spec.kind) {
    case 'string':
      return described({type: 'string', maxLength: spec.maxLength, ...(spec.pattern ? {pattern: spec.pattern.source} : {})}, spec.format);
    case 'text': {
      const item = schemaOf(spec.item, path, false);
      return described(
        {oneOf: [item, {type: 'object', minProperties: 1, maxProperties: MAX_LOCALES, additionalProperties: item}]},
        `A string, or a map from locale tag (en, sr-Cyrl, sr-Latn, …) to string, in at most ${MAX_LOCALES} locales.`,
      );
    }
    case 'number':
      return described({
        type: 'number',
        ...(spec.min !== undefined ? {minimum: spec.min} : {}),
        ...(spec.max !== undefined ? {maximum: spec.max} : {}),
      });
    case 'boolean':
      return described({type: 'boolean'});
    case 'either':
      return described({oneOf: spec.rules.map((item) => schemaOf(item, path, false))});
    case 'url':
      return described(
        {...schemaOf(spec.item, path, false), format: 'uri-reference'},
        'https:, http:, mailto: or tel: URL (or relative). A tel: URL dials a plain number (no * or #), and the text beside it shows that number.',
      );
    case 'array':
      return described({
        type: 'array',
        items: schemaOf(spec.item, `${path}[]`),
        maxItems: spec.maxItems,
        ...(spec.minItems !== undefined ? {minItems: spec.minItems} : {}),
      });
    case 'object':
      return described({
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(spec.shape).map(([key, field]) => [key, schemaOf(field, path ? `${path}.${key}` : key)]),
        ),
        ...(spec.required.length ? {required: [...spec.required]} : {}),
      });
  }
}

/** The action document's JSON Schema, built from the same rules the elements check with. */
export function actionJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'hf-widgets action document',
    description: 'One action of the Horizontal Facility programme, as read by every hf-widgets element.',
    ...schemaOf(object({...identityShape, ...actionShape}, ['id', 'title']), ''),
  };
}
