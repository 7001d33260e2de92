// Every `--hf-*` custom property and `::part` that an element's JSDoc names (@cssprop, @csspart)
// exists in its styles and templates, and every one they use is named there: the theming docs,
// the manifest and Storybook are built from that JSDoc, so a token missing from it is invisible
// to designers, and a documented one that does nothing misleads them.
// Prints "tokens: N passed, N failed" and exits non-zero on any mismatch.
import {readFile, readdir} from 'node:fs/promises';
import {dirname, join, resolve} from 'node:path';
import {createChecks} from './lib/checks.mjs';
import {projectRoot} from './lib/import-ts.mjs';

const componentsDir = join(projectRoot, 'src/components');
const read = (file) => readFile(file, 'utf8');

/** The file and every project module it imports, transitively (styles pull in shared styles). */
async function withImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = await read(file);
  for (const [, specifier] of source.matchAll(/from '(\.[^']+)\.js'/g)) {
    const target = resolve(dirname(file), `${specifier}.ts`);
    await withImports(target, seen).catch(() => undefined);
  }
  return seen;
}

const namesIn = (text, pattern) => new Set([...text.matchAll(pattern)].flatMap((match) => match[1].split(/\s+/).filter(Boolean)));
const missingFrom = (wanted, present) => [...wanted].filter((name) => !present.has(name)).sort();

const checks = createChecks();
const allStyleReads = [];
/** One check that passes when `problems` is empty. */
const check = (label, problems) => checks.check(label, problems.length === 0, problems.join(', '));

for (const name of (await readdir(componentsDir)).sort()) {
  const classFile = join(componentsDir, name, `${name}.ts`);
  const docs = await read(classFile);
  const documentedProps = namesIn(docs, /@cssprop\s+(--hf-[\w-]+)/g);
  const documentedParts = namesIn(docs, /@csspart\s+([\w-]+)/g);

  // Styles: the class's own module graph (its styles file, the shared styles, the base element);
  // templates: the class and the element infrastructure (the base's loading and error states).
  let styleText = '';
  let templateText = '';
  for (const file of await withImports(classFile)) {
    const text = await read(file);
    if (!file.includes('/generated/')) styleText += text;
    if (file === classFile || file.includes('/core/element/')) templateText += text;
  }
  // Shared styles map private names to public tokens (`--_accent: var(--hf-color-accent, …)`);
  // an element uses a token when its styles read the private name, or the token itself.
  const privateToPublic = new Map([...styleText.matchAll(/(--_[\w-]+):\s*var\((--hf-[\w-]+)/g)].map((match) => [match[1], match[2]]));
  const reads = styleText.replace(/@cssprop[^\n]*/g, '').replace(/--_[\w-]+:\s*var\(--hf-[\w-]+/g, '');
  const usedProps = new Set([
    ...namesIn(reads, /(--hf-[\w-]+)/g),
    ...[...namesIn(reads, /var\((--_[\w-]+)/g)].flatMap((name) => privateToPublic.get(name) ?? []),
  ]);
  const usedParts = namesIn(templateText.replace(/@csspart[^\n]*/g, ''), /\bpart="([^"$]+)"/g);

  allStyleReads.push(reads);
  console.log(`<hf-${name}>:`);
  check('every documented --hf-* property is used by its styles', missingFrom(documentedProps, usedProps));
  check('every --hf-* property its styles use is documented', missingFrom(usedProps, documentedProps));
  check('every documented part is in its templates', missingFrom(documentedParts, usedParts));
  check('every part in its templates is documented', missingFrom(usedParts, documentedParts));
}

// A token the shared styles define but no element reads is a promise that does nothing.
const shared = await read(join(projectRoot, 'src/core/element/shared-styles.ts'));
const defined = namesIn(shared, /(--_[\w-]+):\s*var\(--hf-/g);
const readAnywhere = namesIn(allStyleReads.join('\n'), /var\((--_[\w-]+)/g);
console.log('shared styles:');
check('every token they define is read by some element', missingFrom(defined, readAnywhere));

checks.finish('tokens');
