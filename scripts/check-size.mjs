// The drop-in bundle's size. The budget is 20 KB gzip (the goal 16 KB); the bundle is not within
// it yet (see docs/performance.md), so until it is, this fails on growth past GZIP_CEILING and
// prints how far over budget the bundle is. With --report, also lists the heaviest sources.
// Needs `npm run build` first.
import {readFileSync} from 'node:fs';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';
import {build} from 'esbuild';

export const GZIP_BUDGET = 20 * 1024;
export const GZIP_GOAL = 16 * 1024;
/** Today's size plus a little: no change may make the bundle heavier unnoticed. */
export const GZIP_CEILING = 34.5 * 1024;

export function sizesOf(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, {level: 9}).length,
    brotli: brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
}

async function report() {
  // esbuild's metafile attributes output bytes to sources; close enough to rollup's output to
  // rank them.
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    minify: true,
    charset: 'utf8',
    format: 'esm',
    write: false,
    metafile: true,
    outfile: 'report.js',
    conditions: ['browser', 'import', 'default'],
  });
  const inputs = Object.values(result.metafile.outputs)[0].inputs;
  const rows = Object.entries(inputs)
    .map(([path, {bytesInOutput}]) => ({path: path.replace(/^node_modules\//, ''), bytes: bytesInOutput}))
    .filter((row) => row.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  console.log('\nHeaviest sources (minified bytes in the bundle):');
  for (const row of rows.slice(0, 20)) console.log(`  ${String(row.bytes).padStart(6)}  ${row.path}`);
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
