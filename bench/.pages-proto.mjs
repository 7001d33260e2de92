import {writeFile, mkdir, rm} from 'node:fs/promises';
import {join} from 'node:path';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {projectRoot} from '../scripts/lib/import-ts.mjs';
import {startServer} from '../scripts/serve.mjs';

const dir = join(projectRoot, 'bench/.pages-proto');
await mkdir(dir, {recursive: true});
const baseline = await build({stdin: {contents: `import {LitElement, html, css} from 'lit';
customElements.define('x-minimal', class extends LitElement { static styles = css\`:host{display:block}\`; render() { return html\`<p>Hello</p>\`; } });`, resolveDir: projectRoot}, bundle: true, minify: true, format: 'esm', write: false});
await writeFile(join(dir, 'minimal.js'), baseline.outputFiles[0].contents);
const probe = (tags) => `<script type="module">
  const tags = ${JSON.stringify(tags)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  requestAnimationFrame(() => setTimeout(() => { console.log('rendered ' + performance.now()); }));
</script>`;
const page = (script, tags, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>t</title><script type="module" src="${script}"></script></head><body style="font-family: system-ui, sans-serif; margin: 1rem">${body}${probe(tags)}</body></html>`;
await writeFile(join(dir, 'minimal.html'), page('minimal.js', ['x-minimal'], '<x-minimal></x-minimal>'));
await writeFile(join(dir, 'banner.html'), page('/dist/hf-hotline-banner.js', ['hf-hotline-banner'], '<hf-hotline-banner></hf-hotline-banner>'));
const four = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];
await writeFile(join(dir, 'four.html'), page('/dist/hf-widgets.js', four, four.map((t) => `<${t}></${t}>`).join('')));

const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
const rate = Number(process.argv[2] ?? 4);
const runs = Number(process.argv[3] ?? 5);
for (const name of ['minimal', 'banner', 'four']) {
  const res = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const p = await context.newPage();
    const cdp = await context.newCDPSession(p);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate});
    await browser.startTracing(p, {categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']});
    const done = p.waitForEvent('console', {predicate: (m) => m.text().startsWith('rendered '), timeout: 60000});
    await p.goto(`${origin}/bench/.pages-proto/${name}.html`);
    const rendered = Number((await done).text().split(' ')[1]);
    const trace = JSON.parse((await browser.stopTracing()).toString());
    const events = trace.traceEvents ?? trace;
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
    const longest = Math.max(0, ...tasks.map((e) => e.dur / 1000));
    // top task breakdown
    const top = tasks.sort((a, b) => b.dur - a.dur)[0];
    const inside = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === `${top.pid}:${top.tid}` && e.ts >= top.ts && e.ts + (e.dur ?? 0) <= top.ts + top.dur && e.name !== 'RunTask');
    const byName = {};
    for (const e of inside) byName[e.name] = (byName[e.name] ?? 0) + e.dur / 1000;
    res.push({rendered: Math.round(rendered), longest: Math.round(longest), top: Object.entries(byName).sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, d]) => `${n}:${Math.round(d)}`).join(' ')});
    await context.close();
  }
  console.log(name, rate + 'x');
  for (const r of res) console.log('  ', r.rendered, r.longest, r.top);
}
await browser.close();
server.close();
await rm(dir, {recursive: true, force: true});
