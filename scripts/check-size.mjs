// The drop-in bundle's size. The budget is 20 KB gzip (the goal 16 KB); the bundle is not within
// it yet (see docs/performance.md), so until it is, this fails on growth past GZIP_CEILING and
// prints how far over budget the bundle is. With --report, also measures what each part of the
// bundle costs and the floor that every build carries (about 10 s).
// Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import bundleConfigs, {elements} from '../rollup.config.mjs';

export const GZIP_BUDGET = 20 * 1024;
export const GZIP_GOAL = 16 * 1024;
/** Today's size plus a little: no change may make the bundle heavier unnoticed. */
export const GZIP_CEILING = 34 * 1024;

export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

const api = `export {setLocale, getLocale, supportedLocales, resolveLocale} from './src/i18n/locale.ts';
export {defaultAction} from './src/core/default-action.ts';
export {validateAction} from './src/core/action-schema.ts';`;

/**
 * The bundle rebuilt with rollup.config.mjs's own plugins, from `entry` (source text; the real
 * entry when omitted) and with `blank` applied to each module's source: gzip bytes.
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
  const bundle = await rollup({input: entry ? 'size-report-entry' : bundleConfig.input, plugins: [virtualEntry, blanking, ...bundleConfig.plugins], onwarn: () => {}});
  const {output} = await bundle.generate({format: 'es'});
  return gzipSync(output[0].code, {level: 9}).length;
}

/**
 * What is heavy, by taking one part out of the real bundle and measuring what it saves, and the
 * floor every build carries whatever its elements: Lit, @lit/localize with the Serbian UI
 * strings, locale switching with transliteration, the validator and the default action, under
 * one minimal element.
 */
async function report() {
  const whole = await variantGzip();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [];
  for (const tag of elements) {
    const others = elements.filter((other) => other !== tag).map((other) => `export * from './src/${other}.ts';`);
    rows.push([`<${tag}> (its code, styles and English strings)`, whole - (await variantGzip({entry: `${others.join('\n')}\n${api}`}))]);
  }
  rows.push(['every element\'s CSS', whole - (await variantGzip({blank: (code, id) => (/styles\.ts$/.test(id) ? code.replace(/css`[^`]*`/g, 'css``') : null)}))]);
  rows.push(['the default action (en, sr-Cyrl)', whole - (await variantGzip({blank: (code, id) => (/default-action\.ts$/.test(id) ? "export const defaultAction = {id: 'x', title: {en: 'x'}};" : null)}))]);
  rows.push(['Serbian UI strings', whole - (await variantGzip({blank: (code, id) => (/generated\/locales\//.test(id) ? 'export const templates = {};' : null)}))]);
  const floor = await variantGzip({
    entry: `import {LitElement, html} from 'lit';
import {localized, msg} from '@lit/localize';
${api}
customElements.define('size-floor', localized()(class extends LitElement { render() { return html\`<p>\${msg('Help', {id: 'banner-heading'})}</p>\`; } }));`,
  });
  console.log('\nWhat each part costs (gzip bytes saved by taking it out of the bundle):');
  for (const [label, bytes] of rows) console.log(`  ${kb(bytes).padStart(8)}  ${label}`);
  console.log(`\nFloor: Lit, @lit/localize, Serbian UI strings, locale switching, the validator and the default`);
  console.log(`action under one minimal element: ${kb(floor)} gzip, leaving ${kb(GZIP_BUDGET - floor)} of the ${kb(GZIP_BUDGET)} budget for four elements.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = sizesOf(readFileSync('dist/hf-widgets.js'));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`dist/hf-widgets.js: ${kb(sizes.raw)} raw, ${kb(sizes.gzip)} gzip, ${kb(sizes.brotli)} brotli`);
  console.log(`budget ${kb(GZIP_BUDGET)} gzip (goal ${kb(GZIP_GOAL)}): ${sizes.gzip <= GZIP_BUDGET ? 'within' : `OVER by ${kb(sizes.gzip - GZIP_BUDGET)}`}; growth ceiling ${kb(GZIP_CEILING)}`);
  if (process.argv.includes('--report')) await report();
  const ok = sizes.gzip <= GZIP_CEILING;
  console.log(`size: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
  process.exit(ok ? 0 : 1);
}
