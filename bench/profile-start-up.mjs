// `node bench/profile-start-up.mjs [four|text|banner] [cpu-rate] [runs]`: what the longest main-thread
// tasks of a bench phone page are made of, to find what to cut when `npm run bench` shows a long
// task. Loads the page (the bundle with all four elements, the same followed by page text, or the
// banner's own file) in Debian's
// Chromium at 360 px, records a trace with the V8 sampling profiler, and prints for the longest
// tasks: the trace events they contain (module evaluation, style recalc, layout, paint...) and
// the JavaScript functions that took the time, by self and total time. Function names are the
// bundle's (minified, so some are short) with their line:column in the file. Needs `npm run build`.
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {projectRoot} from '../scripts/lib/import-ts.mjs';
import {startServer} from '../scripts/serve.mjs';

const TAGS = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];
const pages = {
  four: {script: '/dist/hf-widgets.js', tags: TAGS},
  text: {script: '/dist/hf-widgets.js', tags: TAGS, after: `<p>${'Page text after the widgets. '.repeat(24)}</p>`.repeat(3)},
  banner: {script: '/dist/hf-hotline-banner.js', tags: ['hf-hotline-banner']},
};
const [pageName = 'four', rate = '1', runs = '1'] = process.argv.slice(2);
const {script, tags, after = ''} = pages[pageName] ?? pages.four;
const TASKS_SHOWN = 4;
const ROWS_SHOWN = 10;

const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>profile</title><script type="module" src="${script}"></script></head>
<body style="font-family: system-ui, sans-serif; margin: 1rem">${tags.map((tag) => `<${tag}></${tag}>`).join('\n')}${after}
<script type="module">
  const tags = ${JSON.stringify(tags)};
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  await Promise.all([...document.querySelectorAll(tags.join(','))].map((el) => el.updateComplete));
  requestAnimationFrame(() => setTimeout(() => console.log('rendered')));
</script></body></html>`;

/** Events of the renderer's main thread, B/E pairs joined into complete events. */
function mainThreadEvents(events) {
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const onMain = events.filter((event) => main.has(`${event.pid}:${event.tid}`));
  const complete = onMain.filter((event) => event.ph === 'X');
  const open = [];
  for (const event of onMain.filter((candidate) => candidate.ph === 'B' || candidate.ph === 'E').sort((a, b) => a.ts - b.ts)) {
    if (event.ph === 'B') open.push(event);
    else if (open.length > 0) {
      const begin = open.pop();
      complete.push({...begin, ph: 'X', dur: event.ts - begin.ts});
    }
  }
  return complete;
}

/** The sampling profiler's samples: [time in µs, node], and its call-tree nodes by id. */
function cpuSamples(events) {
  const nodes = new Map();
  const samples = [];
  let time = 0;
  for (const event of events) {
    if (event.name === 'Profile') time = event.args.data.startTime;
    if (event.name !== 'ProfileChunk') continue;
    const profile = event.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const deltas = event.args.data.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, index) => {
      time += deltas[index];
      samples.push([time, id]);
    });
  }
  return {nodes, samples};
}

const ms = (microseconds) => `${(microseconds / 1000).toFixed(1)} ms`;
const frameName = ({callFrame}) =>
  `${callFrame.functionName || '(anonymous)'}${callFrame.url ? ` ${callFrame.url.split('/').pop()}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}` : ''}`;
const top = (totals) =>
  Object.entries(totals)
    .sort((a, b) => b[1] - a[1])
    .slice(0, ROWS_SHOWN);

function describeTask(task, events, {nodes, samples}) {
  const end = task.ts + task.dur;
  const inside = events.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end);
  const byName = {};
  for (const event of inside) byName[event.name] = (byName[event.name] ?? 0) + event.dur;
  console.log(`\nTask of ${ms(task.dur)}\n  trace events (nested events count in their parents too):`);
  for (const [name, duration] of top(byName)) console.log(`    ${ms(duration).padStart(9)}  ${name}`);

  const within = samples.filter(([time]) => time >= task.ts && time <= end);
  if (within.length < 2) return;
  const interval = (within.at(-1)[0] - within[0][0]) / (within.length - 1);
  const self = {};
  const total = {};
  for (const [, id] of within) {
    const leaf = nodes.get(id);
    self[frameName(leaf)] = (self[frameName(leaf)] ?? 0) + interval;
    const seen = new Set();
    for (let node = leaf; node; node = nodes.get(node.parent)) {
      const name = frameName(node);
      if (!seen.has(name)) total[name] = (total[name] ?? 0) + interval;
      seen.add(name);
    }
  }
  console.log('  JavaScript, self time:');
  for (const [name, duration] of top(self)) console.log(`    ${ms(duration).padStart(9)}  ${name}`);
  console.log('  JavaScript, total time (with what it called):');
  for (const [name, duration] of top(total)) console.log(`    ${ms(duration).padStart(9)}  ${name}`);
}

const scratch = await mkdtemp(join(projectRoot, 'bench/.pages-'));
await writeFile(join(scratch, 'profile.html'), html);
const server = await startServer(0);
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
try {
  for (let run = 0; run < Number(runs); run++) {
    const context = await browser.newContext({viewport: {width: 360, height: 800}});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: Number(rate)});
    await browser.startTracing(page, {
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'disabled-by-default-v8.cpu_profiler'],
    });
    const rendered = page.waitForEvent('console', {predicate: (message) => message.text() === 'rendered', timeout: 60000});
    await page.goto(`http://127.0.0.1:${server.address().port}/bench/${scratch.split('/').pop()}/profile.html`);
    await rendered;
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    await context.close();

    const onMain = mainThreadEvents(events);
    const tasks = onMain.filter((event) => event.name === 'RunTask').sort((a, b) => b.dur - a.dur);
    console.log(
      `\n=== ${pageName}, ${rate}× CPU, run ${run + 1}: longest tasks ${tasks
        .slice(0, TASKS_SHOWN)
        .map((task) => ms(task.dur))
        .join(', ')}`,
    );
    console.log('(the sampling profiler adds its own cost: these tasks are longer than in `npm run bench`)');
    const samples = cpuSamples(events);
    for (const task of tasks.slice(0, TASKS_SHOWN)) describeTask(task, onMain, samples);
  }
} finally {
  await browser.close();
  server.close();
  await rm(scratch, {recursive: true, force: true});
}
