import {writeFile, mkdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {rollup} from 'rollup';
import {chromium} from 'playwright-core';
import configs, {dropInPlugins} from '../rollup.config.mjs';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {projectRoot} from '../scripts/lib/import-ts.mjs';
import {startServer} from '../scripts/serve.mjs';

const dir = join(projectRoot, 'bench/.pages-prof');
await mkdir(dir, {recursive: true});
const input = process.argv[2] ?? 'src/hf-hotline-banner.ts';
const tags = process.argv[3]?.split(',') ?? ['hf-hotline-banner'];
const bundle = await rollup({input, plugins: dropInPlugins().filter((p) => p.name !== 'terser'), onwarn: () => {}});
const {output} = await bundle.generate({format: 'es'});
await writeFile(join(dir, 'el.js'), output[0].code);
await writeFile(join(dir, 'p.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title><script type="module" src="el.js"></script></head><body>${tags.map((t) => `<${t}></${t}>`).join('')}<script type="module">
  await Promise.all(${JSON.stringify(tags)}.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(${JSON.stringify(tags.join(','))})].map((el) => el.updateComplete));
  requestAnimationFrame(() => setTimeout(() => console.log('rendered ' + performance.now())));
</script></body></html>`);
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
const totals = {};
const runs = 3;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const p = await context.newPage();
  const cdp = await context.newCDPSession(p);
  await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  const done = p.waitForEvent('console', {predicate: (m) => m.text().startsWith('rendered '), timeout: 60000});
  await p.goto(`${origin}/bench/.pages-prof/p.html`);
  await done;
  const {profile} = await cdp.send('Profiler.stop');
  const dt = {};
  const ids = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => { const n = ids.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`; dt[key] = (dt[key] ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000; });
  if (i === runs - 1) for (const n of profile.nodes) if (n.positionTicks && n.hitCount > 20) console.log(n.callFrame.functionName, n.callFrame.lineNumber + 1, JSON.stringify(n.positionTicks.sort((a, b) => b.ticks - a.ticks).slice(0, 4)));
  for (const [k, v] of Object.entries(dt)) totals[k] = (totals[k] ?? 0) + v / runs;
  await context.close();
}
for (const [k, v] of Object.entries(totals).sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(7), k);
await browser.close(); server.close(); if (!process.env.KEEP) await rm(dir, {recursive: true, force: true});
