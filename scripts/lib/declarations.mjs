// Reads the published type declarations (dist/types/**/*.d.ts) for what they keep from the
// public: members declared `private` or `protected`, and members whose JSDoc says `@internal`.
import {readFileSync} from 'node:fs';

const NON_PUBLIC = /^\s*(?:private|protected)\s+(?:(?:static|readonly|abstract|get|set)\s+)*([A-Za-z_$][\w$]*)/gm;
const INTERNAL = /\/\*\*((?:(?!\*\/)[\s\S])*?)\*\/\s*(?:(?:static|readonly|get|set)\s+)*([A-Za-z_$][\w$]*)/g;

/** Names of non-public members in the given declaration files. */
export function readDeclarations(paths) {
  const hidden = new Set();
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    for (const [, name] of text.matchAll(NON_PUBLIC)) hidden.add(name);
    for (const [, comment, name] of text.matchAll(INTERNAL)) if (/@internal\b/.test(comment)) hidden.add(name);
  }
  return {hidden};
}
