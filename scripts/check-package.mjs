// What `npm pack` would publish: the bundle, the npm modules with their type declarations, the
// manifest, the JSON Schema and the editor data, and nothing of the sources, tests or tooling.
// Also checks that every `exports` target is in the package, and that custom-elements.json and
// the VS Code data describe the published package: its files, tags, typed events and public API
// only. Needs `npm run build` first.
// Prints "N passed, N failed".
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createChecks} from './lib/checks.mjs';
import {readDeclarations} from './lib/declarations.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {encoding: 'utf8'}));
const files = new Set(report.files.map((file) => file.path));
const {check, finish} = createChecks();

const elements = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];
for (const required of [
  'dist/hf-widgets.js',
  'dist/modules/index.js',
  'dist/types/index.d.ts',
  'dist/action.schema.json',
  'dist/vscode.html-custom-data.json',
  'custom-elements.json',
  'README.md',
  ...elements.flatMap((tag) => [`dist/modules/${tag}.js`, `dist/types/${tag}.d.ts`]),
]) {
  check(`packs ${required}`, files.has(required));
}
const targets = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
const missingTargets = targets.map((target) => target.replace(/^\.\//, '')).filter((target) => !files.has(target));
check('every exports target is packed', missingTargets.length === 0, missingTargets.join(', '));
const unwanted = [...files].filter((file) =>
  /^(src|test|stories|scripts|bench|demo|locales|examples|node_modules|\.storybook|\.ci)\//.test(file),
);
check('packs no sources, tests or tooling', unwanted.length === 0, unwanted.slice(0, 5).join(', '));
const declarations = readFileSync('dist/types/components/hotline-banner/hotline-banner.d.ts', 'utf8');
check('declares the tags in HTMLElementTagNameMap', declarations.includes("'hf-hotline-banner': HfHotlineBanner"));
const bundle = readFileSync('dist/hf-widgets.js', 'utf8');
check('the bundle has no bare imports (Lit is inside)', !/\bfrom\s*["'][^./]/.test(bundle) && !/\bimport\s*["'][^./]/.test(bundle));
const moduleFiles = [...files].filter((file) => file.startsWith('dist/modules/') && file.endsWith('.js'));
const moduleCode = moduleFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
check(
  'the npm modules import Lit instead of bundling it',
  /from\s*['"]lit['"]/.test(moduleCode) && !/class\s+(ReactiveElement|LitElement)\b/.test(moduleCode),
);
// custom-elements.json: what it names must be in the package, and it lists the public API only.
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const referencedModules = new Set();
JSON.stringify(manifest, (key, value) => {
  if ((key === 'path' || key === 'module') && typeof value === 'string') referencedModules.add(value);
  return value;
});
const missingModules = [...referencedModules].filter((path) => !files.has(path));
check(
  'every module path in custom-elements.json is packed',
  referencedModules.size > 0 && missingModules.length === 0,
  missingModules.join(', '),
);
const elementClasses = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => ({module, declaration})),
);
check(
  'custom-elements.json declares the four elements',
  elements.every((tag) => elementClasses.some(({declaration}) => declaration.tagName === tag)),
  elementClasses.map(({declaration}) => declaration.tagName).join(', '),
);
const undefinedTags = elementClasses
  .filter(
    ({module, declaration}) =>
      !module.exports?.some(
        (exported) =>
          exported.kind === 'custom-element-definition' &&
          exported.name === declaration.tagName &&
          exported.declaration.name === declaration.name,
      ),
  )
  .map(({declaration}) => declaration.tagName);
check('every tag has a custom-element-definition export in its module', undefinedTags.length === 0, undefinedTags.join(', '));
const untypedEvents = elementClasses.flatMap(({declaration}) =>
  (declaration.events ?? [])
    .filter((event) => !/^CustomEvent<\w+>$/.test(event.type?.text ?? ''))
    .map((event) => `${declaration.tagName} ${event.name}`),
);
const eventCount = elementClasses.reduce((sum, {declaration}) => sum + (declaration.events?.length ?? 0), 0);
check('every event has a CustomEvent<detail> type', eventCount > 0 && untypedEvents.length === 0, untypedEvents.join(', '));
// The published declarations say which members are private, protected or @internal.
const {hidden} = readDeclarations([...files].filter((file) => file.startsWith('dist/types/') && file.endsWith('.d.ts')));
const listedHidden = elementClasses.flatMap(({declaration}) =>
  [...(declaration.members ?? []), ...(declaration.attributes ?? []).map((attribute) => ({name: attribute.fieldName ?? attribute.name}))]
    .filter((member) => (member.privacy && member.privacy !== 'public') || hidden.has(member.name))
    .map((member) => `${declaration.name}.${member.name}`),
);
check(
  'custom-elements.json lists no private, protected or @internal member',
  hidden.size > 0 && listedHidden.length === 0,
  [...new Set(listedHidden)].join(', '),
);

// The VS Code data: one entry per tag, with its documented attributes only, each linked to the
// element's section of the packed reference.
const editorData = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'));
const reference = readFileSync('docs/elements.md', 'utf8');
const sections = new Set([...reference.matchAll(/^## `<([\w-]+)>`$/gm)].map(([, tag]) => tag));
const badLinks = [];
const wrongAttributes = [];
const booleansWithoutValueSet = [];
for (const tag of editorData.tags) {
  const element = elementClasses.find(({declaration}) => declaration.tagName === tag.name)?.declaration;
  const documented = new Map((element?.attributes ?? []).map((attribute) => [attribute.name, attribute]));
  for (const entry of [tag, ...tag.attributes]) {
    const url = new URL(entry.references?.[0]?.url ?? 'invalid:');
    const packedPath = url.pathname.replace(`/npm/${pkg.name}@${pkg.version}/`, '');
    if (!files.has(packedPath) || url.hash !== `#${tag.name}` || !sections.has(tag.name))
      badLinks.push(`${tag.name} ${entry === tag ? '' : entry.name} → ${url}`);
  }
  for (const attribute of tag.attributes) {
    const source = documented.get(attribute.name);
    if (!source || hidden.has(source.fieldName)) wrongAttributes.push(`${tag.name}[${attribute.name}]`);
    else if (/^boolean( \| undefined)?$/.test(source.type?.text ?? '') && attribute.valueSet !== 'v')
      booleansWithoutValueSet.push(`${tag.name}[${attribute.name}]`);
  }
}
check(
  'the VS Code data has the four tags',
  elements.every((tag) => editorData.tags.some((entry) => entry.name === tag)),
);
check('every tag and attribute links to its section of docs/elements.md', badLinks.length === 0, badLinks.slice(0, 5).join('; '));
check('the VS Code data offers only documented, public attributes', wrongAttributes.length === 0, wrongAttributes.join(', '));
check('boolean attributes have "valueSet": "v"', booleansWithoutValueSet.length === 0, booleansWithoutValueSet.join(', '));
finish(`package (${files.size} files, ${(report.unpackedSize / 1024).toFixed(0)} KiB unpacked)`);
