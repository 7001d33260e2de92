/**
 * Documents at the documented limits (docs/action-document.md), for the tests that a page stays
 * responsive and for bench/large-document.mjs. Fictional content only.
 */
import type {ActionDocument} from '../../../src/core/document/action-types.js';

const bodies = new Map<string, string>();

/**
 * `length` characters of Latin text, `marks` of them combining accents (which make text shaping
 * slow), starting with `seed` so that texts differ. The body is built once per length and count.
 */
export function markedText(length: number, marks: number, seed: number): string {
  const key = `${length}/${marks}`;
  let body = bodies.get(key);
  if (!body) {
    const letters = 'Fictional association for the support of persons at risk of trafficking ';
    body = '';
    for (let i = 0; body.length < length; i++) {
      body += letters[i % letters.length];
      if (i < marks) body += i % 2 ? '\u0301' : '\u0308';
    }
    bodies.set(key, body);
  }
  return `${seed} ${body}`.slice(0, length);
}

/**
 * The list document of issue 18: 20 groups × 250 members, names and notes of 450 characters with
 * 100 combining marks each, and a link per member.
 */
export function limitSizedList(): ActionDocument {
  return {
    id: 'limit-sized-list',
    title: 'Largest allowed list (fictional)',
    beneficiaries: Array.from({length: 20}, (_, g) => ({
      id: `group-${g + 1}`,
      label: markedText(200, 40, g),
      members: Array.from({length: 250}, (_, m) => ({
        name: markedText(450, 100, g * 250 + m),
        note: markedText(450, 100, m),
        url: `https://example.org/members/${g * 250 + m}`,
      })),
    })),
  };
}

/**
 * Every list and text of the document at its limit, in 20 languages each where a text may be
 * given per language; 5,000 members in one group, each a `tel:` link that shows its number.
 */
export function limitSizedEverything(): ActionDocument {
  const inLocales = (length: number, seed: number): Record<string, string> =>
    Object.fromEntries(Array.from({length: 20}, (_, i) => [`x-l${i}`, markedText(length, Math.floor(length / 5), seed + i)]));
  return {
    id: 'limit-sized-everything',
    title: inLocales(500, 0),
    summary: inLocales(10_000, 1),
    approach: Array.from({length: 100}, (_, i) => inLocales(10_000, i)),
    results: Array.from({length: 100}, (_, i) => inLocales(10_000, i)),
    links: Array.from({length: 50}, (_, i) => ({label: inLocales(480, i), url: `https://example.org/${i}`})),
    beneficiaries: [
      {
        id: 'all',
        label: inLocales(200, 3),
        members: Array.from({length: 5000}, (_, m) => ({
          name: `${markedText(400, 50, m)} 011 785 0000`,
          note: inLocales(500, m),
          url: 'tel:+381117850000',
        })),
      },
    ],
  } as ActionDocument;
}
