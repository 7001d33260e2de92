// Splits the Serbian UI strings that `lit-localize build` writes (src/generated/locales/sr-Cyrl.ts,
// every message in one table) by element, so that a single-element file carries only the
// messages its element can show. For each element it follows the imports of src/<tag>.ts, collects
// the ids of the msg() calls it reaches, and writes src/generated/element-strings/sr-Cyrl/:
// `shared.ts` (ids more than one element reaches: loading and error states) and `<tag>.ts` (the
// rest). The registering modules (src/<tag>.ts) add both. The full bundle takes lit-localize's
// whole table in their place (`wholeLocaleTable`). Run by the build (rollup.config.mjs), before
// it bundles anything.
import {existsSync, readFileSync, writeFileSync, mkdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import ts from 'typescript';
import {projectRoot} from './import-ts.mjs';

const SOURCE = 'src/generated/locales/sr-Cyrl.ts';
const OUTPUT_DIR = 'src/generated/element-strings/sr-Cyrl';

function parse(path) {
  return ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The `templates` table of lit-localize's output: id → the entry's source text. */
function readTemplates() {
  const file = parse(join(projectRoot, SOURCE));
  const entries = new Map();
  file.forEachChild(function visit(node) {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === 'templates' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (ts.isPropertyAssignment(property)) entries.set(property.name.text ?? property.name.getText(), property.getText());
      }
      return;
    }
    node.forEachChild(visit);
  });
  if (entries.size === 0) throw new Error(`${SOURCE}: no templates found; run "npm run locales"`);
  return entries;
}

/** The msg() ids in every module that `entry` imports at run time (type-only imports carry none). */
function messageIdsReachedFrom(entry) {
  const ids = new Set();
  const seen = new Set();
  const pending = [join(projectRoot, entry)];
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path)) continue;
    seen.add(path);
    const file = parse(path);
    file.forEachChild(function visit(node) {
      const specifier =
        (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && !isTypeOnly(node)
          ? node.moduleSpecifier.text
          : undefined;
      if (specifier?.startsWith('.')) {
        const target = resolve(dirname(path), specifier.replace(/\.js$/, '.ts'));
        // The generated tables are what this script writes, not what an element uses.
        if (!relative(projectRoot, target).startsWith('src/generated/') && existsSync(target)) pending.push(target);
      }
      if (ts.isCallExpression(node) && node.expression.getText() === 'msg') {
        const options = node.arguments[1];
        const id =
          options && ts.isObjectLiteralExpression(options) && options.properties.find((property) => property.name?.getText() === 'id');
        if (!id || !ts.isStringLiteral(id.initializer))
          throw new Error(`${relative(projectRoot, path)}: msg() without a literal id: ${node.getText().slice(0, 80)}`);
        ids.add(id.initializer.text);
      }
      node.forEachChild(visit);
    });
  }
  return ids;
}

function isTypeOnly(node) {
  if (ts.isImportDeclaration(node)) return Boolean(node.importClause?.isTypeOnly);
  return node.isTypeOnly;
}

function moduleText(description, entries) {
  const body = entries.map((text) => `  ${text},`).join('\n');
  const usesStr = entries.some((text) => /:\s*str`/.test(text));
  return [
    '// Do not modify this file by hand: scripts/lib/locale-strings.mjs writes it from',
    `// ${SOURCE} (${description}).`,
    ...(usesStr ? ["import {str} from '@lit/localize';", ''] : ['']),
    `export const templates = {\n${body}\n};`,
    '',
  ].join('\n');
}

/**
 * Writes the per-element tables whose text changed and returns their paths; with `write: false`,
 * only returns them (scripts/check-generated.mjs).
 */
export function splitLocaleStrings(elements, {write = true} = {}) {
  const templates = readTemplates();
  const reached = new Map(elements.map((tag) => [tag, messageIdsReachedFrom(`src/${tag}.ts`)]));
  const reachCount = new Map();
  for (const ids of reached.values()) for (const id of ids) reachCount.set(id, (reachCount.get(id) ?? 0) + 1);
  const pick = (wanted) => [...templates].filter(([id]) => wanted(id)).map(([, text]) => text);
  const files = new Map([
    [
      `${OUTPUT_DIR}/shared.ts`,
      moduleText(
        'the messages more than one element shows',
        pick((id) => reachCount.get(id) > 1),
      ),
    ],
  ]);
  for (const [tag, ids] of reached) {
    files.set(
      `${OUTPUT_DIR}/${tag}.ts`,
      moduleText(
        `the messages only <${tag}> shows`,
        pick((id) => ids.has(id) && reachCount.get(id) === 1),
      ),
    );
  }
  const untranslated = [...reachCount.keys()].filter((id) => !templates.has(id));
  if (untranslated.length > 0) throw new Error(`${SOURCE} has no translation for ${untranslated.join(', ')}; run "npm run locales"`);
  const written = [];
  for (const [path, text] of files) {
    const absolute = join(projectRoot, path);
    if (existsSync(absolute) && readFileSync(absolute, 'utf8') === text) continue;
    written.push(path);
    if (!write) continue;
    mkdirSync(dirname(absolute), {recursive: true});
    writeFileSync(absolute, text);
  }
  return written;
}

/** Rollup plugin: the tables are rewritten before each build, so a changed translation reaches it. */
export function localeStrings(elements) {
  return {
    name: 'hf-locale-strings',
    buildStart() {
      this.addWatchFile(join(projectRoot, SOURCE));
      splitLocaleStrings(elements);
    },
  };
}

/**
 * Rollup plugin for the full bundle, which carries every message: lit-localize's whole table
 * in place of the shared one, and nothing in place of each element's. One table compresses
 * better than five.
 */
export function wholeLocaleTable() {
  const EMPTY = '\0hf-no-element-strings';
  return {
    name: 'hf-whole-locale-table',
    async resolveId(source, importer, options) {
      if (!source.includes('element-strings/')) return null;
      const resolved = await this.resolve(source, importer, {...options, skipSelf: true});
      if (!resolved) return null;
      return resolved.id.endsWith(`${OUTPUT_DIR}/shared.ts`) ? join(projectRoot, SOURCE) : EMPTY;
    },
    load: (id) => (id === EMPTY ? 'export const templates = {};' : null),
  };
}
