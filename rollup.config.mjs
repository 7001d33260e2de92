// The builds:
// - dist/hf-widgets.js: the drop-in bundle, the way out first (src/hf-widgets.ts): a small file
//   that arms the exit, then loads every element, with Lit, every locale and the default action,
//   from dist/hf-widgets-elements.js (src/all-elements.ts, built first);
// - dist/hf-widgets-data.js: the validator and the default action as one drop-in file
//   (src/data.ts), for pages that check documents themselves (the embed builder): the bundle
//   does not carry the validator, which its elements load only with data;
// - dist/hf-quick-exit.js: the way out first (src/hf-quick-exit.ts): a small file that makes the
//   fallback's exit link and Shift ×3 work at once, then loads the banner from dist/chunks/.
//   dist/hf-hotline-banner.js is built from the same entry, so a page with the banner's own file
//   gets the exit as early (its own copy of the chunks, so either file works alone);
// - dist/<tag>.js: one drop-in file per element, self-contained (Lit inside) with only what that
//   element needs: its code, its Serbian strings, and whatever of the data and validator it imports;
// - dist/modules/: the npm modules, one per element plus index.js, locale.js and data.js, importing Lit
//   from the app (so an app that already has Lit pays for it once). @lit/localize stays inside:
//   it keeps a page-wide configuration that an app's own copy must not share. Left unminified
//   for the app's bundler, but with the templates' indentation already gone (which no bundler
//   removes) and the calls this build treats as pure marked so, for the app's tree-shaking.
// And one small file per locale that is not in every file (dist/locales/<code>.js: Hungarian,
// Slovak, Romanian, Croatian, Albanian), fetched by all three when a page first asks for it.
import {readFileSync} from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import {localeStrings, wholeLocaleTable} from './scripts/lib/locale-strings.mjs';
import annotatePure from './scripts/lib/rollup-annotate-pure.mjs';
import {checkDefaultData} from './scripts/lib/check-default-data.mjs';
import {LOCALE_FILES_DIR, localeFilePaths} from './scripts/lib/rollup-locale-files.mjs';
import minifyTemplates from './scripts/lib/rollup-minify-templates.mjs';
import withoutMessageHashing from './scripts/lib/rollup-without-message-hashing.mjs';
import {versionDefine} from './scripts/lib/version-define.mjs';

/** The locales with a file of their own (src/i18n/locale-files.ts). */
export const fileLocales = [
  ...readFileSync('src/i18n/locale-files.ts', 'utf8')
    .match(/fileLocales = \[([^\]]*)\]/)[1]
    .matchAll(/'([\w-]+)'/g),
].map(([, code]) => code);

/** The registering modules, one per element (src/<tag>.ts); scripts/check-size.mjs uses them too. */
export const elements = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];

const browserResolve = () => resolve({exportConditions: ['browser', 'import', 'default']});
const typescript = ({target = 'es2021'} = {}) => esbuild({target, tsconfig: 'tsconfig.json', define: versionDefine});
/**
 * V8's explicit compile hint: every function of a drop-in file is compiled with the file, while
 * it streams in on a background thread, instead of lazily on the main thread at its first call.
 * Almost all of a file's functions run as it loads (define, connect, first render), so this
 * takes that compilation out of the long start-up task on a slow phone.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const minify = () =>
  terser({ecma: 2021, module: true, format: {comments: /@license|@preserve|^!/, preamble: COMPILE_HINT}, compress: {passes: 2}});
/** What every drop-in file is built with. */
const dropInPlugins = (esbuildOptions) => [
  browserResolve(),
  withoutMessageHashing(),
  typescript(esbuildOptions),
  minifyTemplates(),
  localeFilePaths(),
  minify(),
];

/**
 * Calls that only build a value, so an unused one can go, which Rollup cannot prove alone: Lit's
 * template tags (a sheet no element uses); the validator's rule builders, every function
 * src/core/document/schema.ts exports, read from the module so that a builder added later is covered; and
 * `Object.fromEntries`, with which action-schema.ts orders the whole document's rules. Together
 * they let a single-element file drop the rules of the parts it does not read. No module calls a
 * function of these names for its side effects.
 */
const ruleBuilders = [...readFileSync('src/core/document/schema.ts', 'utf8').matchAll(/^export function (\w+)\(/gm)].map(
  ([, name]) => name,
);
const manualPureFunctions = ['css', 'html', 'svg', 'Object.fromEntries', ...ruleBuilders];
/**
 * @lit/localize's own runtimes set up their state as they load; src/i18n/locale.ts uses neither
 * (it installs its own lookup), so they may go when nothing imports from them.
 */
const unusedLocalizeRuntime = /@lit[/\\]localize[/\\]init[/\\](runtime|transform)\.js$/;
const treeshake = {manualPureFunctions, moduleSideEffects: (id) => !unusedLocalizeRuntime.test(id)};
/**
 * A drop-in file, `name` in dist/, with the parts it loads later in dist/chunks/: the validator
 * and data loading (src/core/loading/data-loading.ts, fetched only when a page gives data), and
 * for the way-out files the element itself. Each build's parts import from their own entry file,
 * so their names differ by the hash.
 */
const dropInWithChunks = (input, name, {entryFileNames = '[name].js'} = {}) => ({
  input: {[name]: input},
  treeshake,
  // The entry may export more than its module does (what its later parts import from it), so
  // the shared code stays in the entry file instead of a chunk that costs the page a round trip.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames,
    chunkFileNames: (chunk) => `chunks/${chunk.moduleIds.some((id) => DATA_LOADING.test(id)) ? 'data-loading' : '[name]'}-[hash].js`,
    // The validator, data loading and the element's rules are dynamic imports of their own, which
    // would make three small chunks, one loading the next. Merging chunks this small makes them
    // one file that a page giving data waits for; the element's chunk is far larger, so it stays.
    experimentalMinChunkSize: 6000,
  },
  plugins: dropInPlugins(),
  // The chunk merging reports its counts on every build; nothing to act on.
  onLog: (level, log, handler) => log.code === 'OPTIMIZE_CHUNK_STATUS' || handler(level, log),
});
// Data loading, and an element's document rules when the chunk merge leaves them a chunk of their
// own: both come only when a page gives data, so their chunks carry the same name.
const DATA_LOADING = /[/\\]src[/\\]core[/\\](?:loading[/\\]data-loading\.ts|document[/\\]rules[/\\][\w-]+\.ts)$/;
/** The drop-in files that start with the way out (src/hf-quick-exit.ts) and load the element after it. */
export const wayOutFiles = ['hf-quick-exit', 'hf-hotline-banner'];

/**
 * The bundle's elements (src/all-elements.ts), built first into dist/chunks/ under a hashed name
 * that the bundle's own file (the build after it) then imports: `fileName` once written.
 */
const bundleElements = {fileName: undefined};
const ARMING_MODULE = /[/\\]src[/\\]core[/\\]quick-exit[/\\]fallback-exit\.ts$/;
const recordFileName = (record) => ({
  name: 'record-entry-file-name',
  generateBundle(options, bundle) {
    record.fileName = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry).fileName;
  },
});
/**
 * dist/hf-widgets.js: src/hf-widgets.ts, which arms the exit and then awaits the elements' file
 * at the top level (es2022). That file stays outside this build, so nothing in it imports this
 * one (which would never finish: src/hf-widgets.ts says why).
 */
const BUNDLE_ELEMENTS = 'hf-widgets-elements';
const bundleEntry = {
  input: {'hf-widgets': 'src/hf-widgets.ts'},
  treeshake,
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    paths: (id) => (id === BUNDLE_ELEMENTS ? `./${bundleElements.fileName}` : id),
  },
  plugins: [
    {
      name: 'bundle-elements-file',
      resolveId(source, importer) {
        if (source !== './all-elements.js' || !/[/\\]src[/\\]hf-widgets\.ts$/.test(importer ?? '')) return null;
        if (!bundleElements.fileName) throw new Error("the bundle's elements must be built before the bundle");
        return {id: BUNDLE_ELEMENTS, external: true};
      },
    },
    ...dropInPlugins({target: 'es2022'}),
  ],
};

export default [
  // First: it writes the per-element string tables that the builds after it import, and it fails
  // the build when the default data, which elements show without validating, breaks a rule.
  {
    // A name of its own, like every drop-in file: a page that must not move as the widgets start
    // loads it render-blocking beside the bundle (docs/embedding.md).
    ...dropInWithChunks('src/all-elements.ts', 'hf-widgets-elements'),
    // The bundle's first file has armed the exit before it loads this one, so the arming module
    // (imported by src/hf-hotline-banner.ts for the npm modules) would only find it armed: left out.
    treeshake: {...treeshake, moduleSideEffects: (id) => !ARMING_MODULE.test(id) && treeshake.moduleSideEffects(id)},
    plugins: [checkDefaultData(), localeStrings(elements), wholeLocaleTable(), ...dropInPlugins(), recordFileName(bundleElements)],
  },
  bundleEntry,
  dropInWithChunks('src/data.ts', 'hf-widgets-data'),
  ...wayOutFiles.map((name) => dropInWithChunks('src/hf-quick-exit.ts', name)),
  ...elements.filter((tag) => !wayOutFiles.includes(tag)).map((tag) => dropInWithChunks(`src/${tag}.ts`, tag)),
  {
    input: Object.fromEntries([
      ['index', 'src/index.ts'],
      ['locale', 'src/locale.ts'],
      ['data', 'src/data.ts'],
      ...elements.map((tag) => [tag, `src/${tag}.ts`]),
    ]),
    output: {dir: 'dist/modules', format: 'es', sourcemap: true, chunkFileNames: 'shared/[name]-[hash].js'},
    treeshake,
    external: (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id),
    plugins: [
      browserResolve(),
      withoutMessageHashing(),
      typescript(),
      minifyTemplates(),
      annotatePure(manualPureFunctions),
      localeFilePaths(),
    ],
  },
  // Last, since nothing imports them: each is the locale's module (src/i18n/locales/) on its own.
  ...fileLocales.map((code) => ({
    input: `src/i18n/locales/${code}.ts`,
    output: {file: `${LOCALE_FILES_DIR}/${code}.js`, format: 'es'},
    treeshake,
    plugins: [browserResolve(), withoutMessageHashing(), typescript(), minify()],
  })),
];
