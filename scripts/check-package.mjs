// What `npm pack` would publish: the bundle, the npm modules with their type declarations, the
// manifest, the JSON Schema and the editor data, and nothing of the sources, tests or tooling.
// Also checks that every `exports` target is in the package, and that custom-elements.json and
// the VS Code data describe the published package: its files, tags, typed events and public API
// only. Then, from the packed and unpacked tarball: every exported module imports in Node and
// lets it exit, `hf-widgets/data` stays small and registers nothing, VERSION is package.json's,
// the server-validation example works, and every relative link in the packed README and docs
// resolves. Needs `npm run build` first.
// Prints "N passed, N failed".
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, posix} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {createChecks} from './lib/checks.mjs';
import {readDeclarations} from './lib/declarations.mjs';
import {packedPackage, packedRoot, unpackPackage} from './lib/packed-package.mjs';
import {fetchedFiles} from './check-size.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const report = unpackPackage();
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
// Of examples/, only what the docs link to: the example documents, the server and SSR examples.
const unwanted = [...files].filter(
  (file) =>
    /^(src|test|stories|scripts|bench|demo|locales|examples|node_modules|\.storybook|\.ci)\//.test(file) &&
    !/^examples\/(json\/[\w-]+\.json|server-validate\.mjs|ssr\/([\w-]+\.mjs|index\.html|package\.json))$/.test(file),
);
check('packs no sources, tests or tooling', unwanted.length === 0, unwanted.slice(0, 5).join(', '));
const declarations = readFileSync('dist/types/components/hotline-banner/hotline-banner.d.ts', 'utf8');
check('declares the tags in HTMLElementTagNameMap', declarations.includes("'hf-hotline-banner': HfHotlineBanner"));
// The bundle is its first file and the elements' file it loads (fetchedFiles follows its imports).
const bundleFiles = fetchedFiles('dist/hf-widgets.js');
const bareImports = bundleFiles.filter((file) => /\b(?:from|import)\s*\(?\s*["'][^./]/.test(readFileSync(file, 'utf8')));
check(
  `the bundle has no bare imports (Lit is inside): ${bundleFiles.join(', ')}`,
  bundleFiles.length > 1 && bundleFiles.every((file) => files.has(file)) && bareImports.length === 0,
  bareImports.join(', '),
);
check('packs dist/hf-widgets-data.js, the validator as a drop-in file', files.has('dist/hf-widgets-data.js'));
const moduleFiles = [...files].filter((file) => file.startsWith('dist/modules/') && file.endsWith('.js'));
const moduleCode = moduleFiles.map((file) => readFileSync(file, 'utf8')).join('\n');
check(
  'the npm modules import Lit instead of bundling it',
  /from\s*['"]lit['"]/.test(moduleCode) && !/class\s+(ReactiveElement|LitElement)\b/.test(moduleCode),
);
// The test hooks (src/testing/test-hooks.ts) reach module state that pages never should: no
// built or packed file may carry one of their names, whatever the build's tree-shaking decided.
const testHookNames = [...readFileSync('src/testing/test-hooks.ts', 'utf8').matchAll(/^export (?:const|function) (\w+)/gm)].map(
  ([, name]) => name,
);
const builtFiles = [...new Set([...readdirSync('dist', {recursive: true}).map((path) => join('dist', path)), ...files])].filter((path) =>
  statSync(path).isFile(),
);
const carryingHooks = builtFiles.flatMap((path) => {
  const text = readFileSync(path, 'latin1');
  return testHookNames.filter((name) => new RegExp(`\\b${name}\\b`).test(text)).map((name) => `${path}: ${name}`);
});
check(
  `no built or packed file carries a test hook (${testHookNames.join(', ')}) in ${builtFiles.length} files`,
  testHookNames.length > 0 && carryingHooks.length === 0,
  carryingHooks.join(', '),
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
// Node: importing any exported module must neither throw, nor touch a DOM, nor keep the process
// alive (a server-side render or a build script would hang). Each runs in a fresh process from
// the unpacked tarball, and must exit by itself within the time limit.
const IMPORT_TIME_LIMIT_MS = 20000;
function runInNode(code) {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: packedRoot,
    encoding: 'utf8',
    timeout: IMPORT_TIME_LIMIT_MS,
  });
  const timedOut = run.error?.code === 'ETIMEDOUT';
  return {
    ok: run.status === 0 && !timedOut,
    output: timedOut ? `still running after ${IMPORT_TIME_LIMIT_MS} ms` : `${run.stdout}${run.stderr}`.trim(),
  };
}
// Every entry with code (not the JSON files, not the types-only hf-widgets/react and /vue).
const moduleEntries = Object.entries(pkg.exports)
  .filter(([entry, target]) => !entry.endsWith('.json') && (typeof target === 'string' || 'default' in target))
  .map(([entry]) => entry);
for (const entry of moduleEntries) {
  const specifier = posix.join(pkg.name, entry);
  const {ok, output} = runInNode(`
    await import(${JSON.stringify(specifier)});
    if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM global appeared');`);
  check(`Node imports ${specifier} without a DOM and exits`, ok, output);
}
{
  const {ok, output} = runInNode(`
    const data = await import('hf-widgets/data');
    const {validateAction, defaultAction, DataError} = data;
    if (globalThis.customElements !== undefined) throw new Error('something set up customElements');
    if (validateAction(defaultAction) !== defaultAction) throw new Error('the default action does not validate');
    const shares = structuredClone(defaultAction);
    shares.programme.funders[0].share = 0.5;
    try { validateAction(shares); throw new Error('accepted shares that do not add up to 1'); }
    catch (error) { if (!(error instanceof DataError) || error.code !== 'shares-sum') throw error; }
    const {VERSION} = await import('hf-widgets');
    console.log(VERSION);`);
  check('hf-widgets/data validates, refuses bad shares and defines no element', ok, output);
  check("VERSION is package.json's version", ok && output.split('\n').at(-1) === pkg.version, output);
}
{
  // What an app pays for `hf-widgets/data`: its bundle, minified and compressed.
  const DATA_CEILING_BYTES = 10 * 1024;
  const bundled = await build({
    stdin: {contents: "export {validateAction, defaultAction} from 'hf-widgets/data';", resolveDir: packedRoot},
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].text;
  const gzip = gzipSync(code).length;
  check(
    `hf-widgets/data bundles to ${(gzip / 1024).toFixed(1)} KB gzip (ceiling ${DATA_CEILING_BYTES / 1024} KB), without Lit or a define`,
    gzip <= DATA_CEILING_BYTES && !/customElements|LitElement|lit-html/.test(code),
  );
}
// examples/server-validate.mjs, as docs/action-document.md shows it, from the unpacked package.
{
  const port = 8460 + (process.pid % 20);
  const server = spawn(process.execPath, [join(packedPackage, 'examples/server-validate.mjs')], {
    cwd: packedRoot,
    env: {...process.env, PORT: String(port)},
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const post = async (body) => {
    const response = await fetch(`http://127.0.0.1:${port}/action`, {method: 'POST', body});
    return {status: response.status, body: await response.json()};
  };
  try {
    await new Promise((resolveStart, rejectStart) => {
      server.stdout.once('data', resolveStart);
      server.once('exit', (code) => rejectStart(new Error(`the example exited with ${code}`)));
    });
    const seed = readFileSync(join(packedPackage, 'examples/json/seed-action.json'), 'utf8');
    const wrong = JSON.parse(seed);
    wrong.programme.funders[0].share = 0.5;
    wrong.hotlines[0].display = '011 785 0001';
    const accepted = await post(seed);
    const refused = await post(JSON.stringify(wrong));
    const codes = refused.body.issues?.map((issue) => `${issue.code} ${issue.path}`) ?? [];
    check('the server example accepts the seed document', accepted.status === 200 && accepted.body.ok, JSON.stringify(accepted));
    check(
      'the server example refuses shares that do not add up to 1 and a display that is not the number',
      refused.status === 422 && codes.includes('shares-sum programme.funders') && codes.includes('number-mismatch hotlines[0].display'),
      JSON.stringify(refused),
    );
  } catch (error) {
    check('the server example answers', false, String(error));
  } finally {
    server.kill();
  }
}

// Every relative link in the packed Markdown leads to a packed file (a link to a file of the
// repository would die in node_modules), and every #fragment to a heading of its Markdown file.
const withoutCode = (markdown) => markdown.replace(/```[\s\S]*?```/g, '');
/** A heading's anchor as GitHub and npm make it: lower case, no punctuation, spaces as dashes. */
const headingAnchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
function anchorsOf(file) {
  const headings = [...withoutCode(readFileSync(join(packedPackage, file), 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*$/gm)];
  const seen = new Map();
  // A repeated heading gets -1, -2, … after the first.
  return new Set(
    headings.map(([, heading]) => {
      const anchor = headingAnchor(heading);
      const count = seen.get(anchor) ?? 0;
      seen.set(anchor, count + 1);
      return count === 0 ? anchor : `${anchor}-${count}`;
    }),
  );
}
const deadLinks = [];
const deadAnchors = [];
for (const file of [...files].filter((path) => path.endsWith('.md'))) {
  for (const [, target] of withoutCode(readFileSync(join(packedPackage, file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z+.-]*:/i.test(target)) continue;
    const [linked, fragment] = target.split('#');
    const path = linked ? posix.normalize(posix.join(dirname(file), linked)) : file;
    if (!existsSync(join(packedPackage, path))) deadLinks.push(`${file} → ${target}`);
    else if (fragment !== undefined && path.endsWith('.md') && !anchorsOf(path).has(fragment)) deadAnchors.push(`${file} → ${target}`);
  }
}
check('every relative link in the packed README and docs resolves', deadLinks.length === 0, deadLinks.join('; '));
check('every #fragment in the packed README and docs names a heading', deadAnchors.length === 0, deadAnchors.join('; '));
finish(`package (${files.size} files, ${(report.unpackedSize / 1024).toFixed(0)} KiB unpacked)`);
