import {rollup} from 'rollup';
import {gzipSync} from 'node:zlib';
import {minify} from 'terser';
import configs from '../rollup.config.mjs';
const which = Number(process.argv[2] ?? 1);
const config = configs[which];
const bundle = await rollup({input: config.input, treeshake: config.treeshake, plugins: config.plugins.filter((p) => p.name !== 'terser'), onwarn: () => {}});
const {output} = await bundle.generate({format: 'es'});
const rows = [];
for (const [id, m] of Object.entries(output[0].modules)) {
  if (!m.code) continue;
  const min = (await minify(m.code, {module: true, compress: false, mangle: false})).code ?? '';
  rows.push([id.replace(/.*node_modules\//, '').replace(/.*wt-perf\//, ''), min.length, gzipSync(min).length]);
}
for (const r of rows.sort((a, b) => b[1] - a[1])) console.log(String(r[1]).padStart(7), String(r[2]).padStart(6), r[0]);
