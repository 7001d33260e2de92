// The size of every drop-in file, and of every file a page fetches for the banner's file and for
// the bundle. Fails when one grows past its ceiling (today's size plus a little, lowered as the
// files shrink, so nothing grows back unnoticed) and reports how far each is from its goal (issue
// 20): dist/hf-quick-exit.js 2.5 KB gzip, the banner's whole path 16 KB, the bundle's 32 KB, and
// an app that bundles only the banner's npm module (with Lit) 16 KB. With --report, also measures what each
// part of the bundle costs, the floor that every build carries, and the heaviest modules of the
// bundle and of the banner's file (about 25 s).
// Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {dirname, join, relative} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import bundleConfigs, {elements} from '../rollup.config.mjs';
import {buildElementApp} from './lib/build-element-app.mjs';
import {createChecks} from './lib/checks.mjs';
import {gzipBySource} from './lib/size-by-source.mjs';

const KB = 1024;
/**
 * Gzip ceilings: the check fails past them. Each is a file's size on 2026-11-29 (after that
 * day's cuts) plus about 0.2 KB; lower them as the files shrink, so nothing grows back unnoticed.
 * The contract asks the bundle to stay under 34 KB; it is over, and this ceiling says where it
 * stands. The safety work of issue 10 (loading with timeout, size cap and cancelling; value
 * checks; a quick exit that survives Back, hostile CSS and frames) and the list's chunked
 * rendering took it from 34 to 39.4 KB; the cuts of 2026-11-29 took off about 1.7 KB and the
 * start-up turns (first-render-turn.ts) added 0.3 KB. Reaching 34 KB with every feature is open
 * work: docs/performance.md lists what each part costs and what was tried.
 */
// 2026-12-03, after the day's merges, the ceilings are the sizes as measured (they grew, and the
// goals of issue 20 are not met): the hardened quick exit (same-page spellings, the return marker's
// rules, the slow-exit cover: hf-quick-exit.js 2.3 → 3.8 KB), each element's own lang, the minority
// languages' loader (their strings are in dist/locales/, not here), tel: rules everywhere and
// chunked validation, the sticky banner's scroll padding, dismissed bar and Shift lights. Lower each
// ceiling as the files shrink; docs/performance.md says where the bytes went.
// 2026-12-03, later (issue 20): the validator, data loading and each element's rules load only
// when a page gives data, and the default data is checked at build time (about −3 KB a drop-in
// file); the sticky bar that holds the way out at the edges (issue 18: fixed at the window's edge,
// folded to one row with a button for the numbers; src/components/hotline-banner/sticky-bar.ts)
// added about 1 KB to the banner; the budget's phone-width tables and donut total (issue 21)
// about 0.15 KB to the budget file and the bundle; issue 23's split of the base element into
// controllers and helpers about 0.1 KB in each file with an element. The ceilings are the sizes
// measured after all of these, plus at most 0.1 KB (hf-quick-exit.js +0.2 KB for the mark on a
// page opened afresh after an exit, issue 18).
// 2026-12-03, the bundle's way out first (issue 20): dist/hf-widgets.js is now only the quick
// exit (its first file, 3.46 KB after the quick exit was written for the minifier), which then
// loads the elements' file (41.0 KB); the validator left the bundle (its elements load it with
// data), and the elements' file carries its own copy of the quick exit but not the arming module
// (src/hf-widgets.ts says why): 46.3 → 44.45 KB in all. Ceilings: those sizes + < 0.1 KB.
export const GZIP_CEILINGS = {
  'dist/hf-widgets.js': 44.55 * KB,
  'bundle first file': 3.5 * KB,
  // Issue 20, goal 1: the quick exit written for the minifier (module-level state instead of class
  // members and objects, the cover's declarations as one string) and the element's Shift ×3
  // controller moved to the element's chunk took the file from 4.0 to 3.32 KB, every behaviour kept.
  // Red team 3's fixes (one cover for every copy on a page, a click from inside an icon's shadow
  // root, host names with a space refused, no viewport units in the cover) added 48 B.
  'dist/hf-quick-exit.js': 3.4 * KB,
  // The quick exit written for the minifier took 0.65 KB off the banner's path and app as well.
  'banner path': 24.4 * KB,
  'dist/hf-action-card.js': 21.5 * KB,
  'dist/hf-budget-breakdown.js': 20.0 * KB,
  'dist/hf-beneficiary-list.js': 19.9 * KB,
  'banner-only npm app': 24.8 * KB,
};
/**
 * Sizes that count every file a page fetches for one drop-in file (the file and what it loads
 * after), each compressed on its own as a server sends it, for a page that gives no data: the
 * validator and data loading (dist/chunks/data-loading-*.js) come only with data. The banner's
 * file also loads its element after arming the exit (src/hf-quick-exit.ts).
 */
export const PATHS = {
  'banner path': 'dist/hf-hotline-banner.js',
  'dist/hf-widgets.js': 'dist/hf-widgets.js',
  'dist/hf-action-card.js': 'dist/hf-action-card.js',
  'dist/hf-budget-breakdown.js': 'dist/hf-budget-breakdown.js',
  'dist/hf-beneficiary-list.js': 'dist/hf-beneficiary-list.js',
};
/** Single files measured under a name of their own: the part of a path that must come first. */
export const FIRST_FILES = {
  // What a page runs before the way out works: the goal of dist/hf-quick-exit.js holds for it too.
  'bundle first file': 'dist/hf-widgets.js',
};
/** Gzip goals: reported, not enforced (issue 20). */
export const GZIP_GOALS = {
  'dist/hf-widgets.js': 32 * KB,
  'bundle first file': 2.5 * KB,
  'dist/hf-quick-exit.js': 2.5 * KB,
  'banner path': 16 * KB,
  'banner-only npm app': 16 * KB,
};

/** The chunk of src/core/loading/data-loading.ts. */
const DATA_LOADING = /(^|\/)chunks\/data-loading-[^/]+\.js$/;

/**
 * What a page fetches for one drop-in file (by default a page that gives no data): the file and every file it imports, statically or
 * with `import()`, read from the built code (rollup writes relative specifiers), in fetch order.
 */
export function fetchedFiles(entry, {withData = false} = {}) {
  const files = [entry];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const [, dynamic, , specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*(\()?\s*)(["'])(\.{1,2}\/[^"']+)\2/g)) {
      const path = relative('.', join(dirname(file), specifier));
      // The validator and data loading come only when a page gives data (`data`, inline JSON,
      // `src`), through import(); imported statically, they would count.
      if (!withData && dynamic && DATA_LOADING.test(path)) continue;
      if (!files.includes(path)) files.push(path);
    }
  }
  return files;
}

export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

// What the bundle's elements' file exports besides the elements (src/all-elements.ts); the
// validator is no longer part of it.
const api = `export {setLocale, getLocale, supportedLocales, resolveLocale} from './src/i18n/locale.ts';
export {defaultAction} from './src/core/document/default-action.ts';`;

/**
 * The bundle's elements' file rebuilt with rollup.config.mjs's own plugins and options, from
 * `entry` (source text; the real entry when omitted) and with `blank` applied to each module's
 * source: gzip bytes.
 */
async function variantGzip({entry, blank = () => null} = {}) {
  const {rollup} = await import('rollup');
  const [bundleConfig] = bundleConfigs;
  const virtualEntry = {
    name: 'size-report-entry',
    resolveId: (id) => (id === 'size-report-entry' ? id : null),
    load: (id) => (id === 'size-report-entry' ? entry : null),
  };
  const blanking = {name: 'size-report-blank', transform: (code, id) => blank(code, id)};
  const bundle = await rollup({
    input: entry ? 'size-report-entry' : bundleConfig.input,
    treeshake: bundleConfig.treeshake,
    preserveEntrySignatures: bundleConfig.preserveEntrySignatures,
    plugins: [virtualEntry, blanking, ...bundleConfig.plugins],
    // Warnings and the chunk merging's counts: the real build reports them.
    onLog: () => {},
  });
  // The build's own output options (its chunk merging keeps the shared code in the entry file).
  const {output} = await bundle.generate(bundleConfig.output);
  return gzipSync(output.find((file) => file.type === 'chunk' && file.isEntry).code, {level: 9}).length;
}

/**
 * What is heavy, by taking one part out of the bundle's elements' file and measuring what it
 * saves, and the floor every build carries whatever its elements: Lit, @lit/localize with the
 * Serbian UI strings, locale switching with transliteration and the default action, under one
 * minimal element.
 */
async function report() {
  const whole = await variantGzip();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [];
  for (const tag of elements) {
    const others = elements.filter((other) => other !== tag).map((other) => `export * from './src/${other}.ts';`);
    rows.push([`<${tag}> (its code, styles and English strings)`, whole - (await variantGzip({entry: `${others.join('\n')}\n${api}`}))]);
  }
  rows.push([
    "every element's CSS",
    whole - (await variantGzip({blank: (code, id) => (/styles\.ts$/.test(id) ? code.replace(/css`[^`]*`/g, 'css``') : null)})),
  ]);
  rows.push([
    'the whole default action (default-action.ts; each element keeps its own part)',
    whole -
      (await variantGzip({
        blank: (code, id) => (/default-action\.ts$/.test(id) ? "export const defaultAction = {id: 'x', title: {en: 'x'}};" : null),
      })),
  ]);
  rows.push([
    'Serbian UI strings',
    whole -
      (await variantGzip({
        blank: (code, id) => (/generated\/(locales|element-strings)\//.test(id) ? 'export const templates = {};' : null),
      })),
  ]);
  const floor = await variantGzip({
    entry: `import {LitElement, html} from 'lit';
import {localized, msg} from '@lit/localize';
${api}
customElements.define('size-floor', localized()(class extends LitElement { render() { return html\`<p>\${msg('Help', {id: 'banner-heading'})}</p>\`; } }));`,
  });
  console.log('\nWhat each part costs (gzip bytes saved by taking it out of the bundle):');
  for (const [label, bytes] of rows) console.log(`  ${kb(bytes).padStart(8)}  ${label}`);
  console.log(`\nFloor: Lit, @lit/localize, Serbian UI strings, locale switching and the default`);
  console.log(`action under one minimal element: ${kb(floor)} gzip.`);
  for (const file of [...fetchedFiles('dist/hf-widgets.js'), ...fetchedFiles('dist/hf-hotline-banner.js')]) {
    console.log(`\nThe heaviest modules of ${file} (gzip bytes it would lose without each; an estimate from its source map):`);
    for (const [bytes, source] of gzipBySource(file).slice(0, 15)) console.log(`  ${String(bytes).padStart(6)}  ${source}`);
  }
}

/** Message ids start with their element's prefix (docs/translations.md). */
const MESSAGE_PREFIXES = {
  'hf-hotline-banner': 'banner',
  'hf-action-card': 'card',
  'hf-budget-breakdown': 'budget',
  'hf-beneficiary-list': 'list',
};

/** The element prefixes of the Serbian message ids a built file carries. */
export function messagePrefixesIn(path) {
  const ids = readFileSync(path, 'utf8').matchAll(/["'](banner|card|budget|list)-[a-z0-9-]+["']:/g);
  return new Set([...ids].map(([, prefix]) => prefix));
}

/** The sizes of `entry` and every file it loads, added up; `files` lists them. */
export function pathSizes(entry) {
  const files = fetchedFiles(entry);
  const total = {raw: 0, gzip: 0, brotli: 0, files};
  for (const file of files) {
    const sizes = sizesOf(readFileSync(file));
    for (const key of ['raw', 'gzip', 'brotli']) total[key] += sizes[key];
  }
  return total;
}

/** Every drop-in file and path, and the banner-only app: sizes, ceiling and goal. */
export async function measureFiles() {
  const files = Object.keys(GZIP_CEILINGS)
    .filter((name) => name.startsWith('dist/') || PATHS[name] || FIRST_FILES[name])
    .map((name) => {
      if (PATHS[name]) return {name, ...pathSizes(PATHS[name])};
      const file = FIRST_FILES[name] ?? name;
      return {name, ...sizesOf(readFileSync(file)), files: [file]};
    });
  const app = await buildElementApp('hf-hotline-banner');
  // A bundler that drops the registration (sideEffects too narrow) makes a tiny app that shows nothing.
  files.push({name: 'banner-only npm app', ...sizesOf(app), files: [], defines: /['"`]hf-hotline-banner['"`]/.test(app.toString())});
  return files.map((file) => ({...file, ceiling: GZIP_CEILINGS[file.name], goal: GZIP_GOALS[file.name]}));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
  const {check, finish} = createChecks();
  const files = await measureFiles();
  for (const file of files) {
    const over = file.ceiling !== undefined && file.gzip > file.ceiling;
    const goal =
      file.goal === undefined ? '' : `; goal ${kb(file.goal)}: ${file.gzip <= file.goal ? 'met' : `${kb(file.gzip - file.goal)} over`}`;
    const ceiling = file.ceiling === undefined ? '' : `; ceiling ${kb(file.ceiling)}${over ? ' EXCEEDED' : ''}`;
    const parts = file.files.length > 1 ? ` [${file.files.join(' + ')}]` : '';
    check(`${file.name}: ${kb(file.gzip)} gzip, ${kb(file.brotli)} brotli (${kb(file.raw)} raw)${ceiling}${goal}${parts}`, !over);
  }
  const app = files.find((file) => file.name === 'banner-only npm app');
  check('the banner-only npm app still registers <hf-hotline-banner>', app.defines);
  // Each single-element file carries its own element's Serbian strings and no other's.
  for (const tag of elements) {
    const prefixes = [...new Set(fetchedFiles(`dist/${tag}.js`).flatMap((file) => [...messagePrefixesIn(file)]))];
    check(
      `dist/${tag}.js (with what it loads) carries only its own messages (${prefixes.join(', ') || 'none'})`,
      prefixes.length === 1 && prefixes[0] === MESSAGE_PREFIXES[tag],
    );
  }
  if (process.argv.includes('--report')) await report();
  finish('size');
}
