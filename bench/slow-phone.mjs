// The way out on a slow phone, side by side (issue 20): how soon a reader sees the numbers and can
// leave, on pages that each show the same hotline banner, against GOV.UK Frontend's "Exit this
// page" measured in the same run. Debian's Chromium through playwright-core; every load in a
// fresh context with CDP's slow 3G (400 kbit/s both ways, 400 ms round trip) and the CPU 4×
// slower; files served gzip-compressed, as a real server sends them. Rounds are interleaved
// (each round loads every page once in each mode) so a noisy machine slows every row alike.
//
// Per page, the median of ROUNDS loads (and the spread, min–max) of:
// - numbers visible: first contentful paint (every page shows the numbers in its first content);
// - Shift ×3 works: the earliest moment three presses of Shift start the exit. A probe in the
//   page presses Shift three times every 50 ms (synthetic key events, which every row's code
//   accepts) and notes when the navigation to the exit address starts (the Navigation API's
//   `navigate` event, which fires as the exit calls location.replace or sets location.href);
// - exit control works: the same with a click on the exit control, counted only when page code
//   took the click over (a full quick exit: hidden page, then navigation); a plain link that
//   would merely navigate is held back by the probe and not counted;
// - longest task and total blocking time (the part of each main-thread task over 50 ms) from a
//   Chromium trace of a load without probes, until the network has been idle for 1 s;
// - bytes: what that load transferred (compressed, headers included).
//
// `node bench/slow-phone.mjs` (after `npm run build`) prints the table and every dist file's
// gzip and brotli size, writes the table into docs/performance.md and, with --json, ends with
// one JSON line for bench/run.mjs. BENCH_ROUNDS (default 5) sets the rounds.
import {readdirSync, readFileSync} from 'node:fs';
import {mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {cpus, loadavg} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';
import {fetchedFiles, sizesOf} from '../scripts/check-size.mjs';
import {projectRoot} from '../scripts/lib/import-ts.mjs';

/** Medians want at least 5 rounds; fewer only for trying the script out. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SLOW_3G = {offline: false, latency: 400, downloadThroughput: (400 * 1000) / 8, uploadThroughput: (400 * 1000) / 8};
const CPU_SLOWDOWN = 4;
const PROBE_EVERY_MS = 50;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value) => Math.round(value);

// fetchedFiles() reads paths relative to the project.
process.chdir(projectRoot);
const scratchName = `.slow-phone-${process.pid}`;
const scratch = join(projectRoot, 'bench', scratchName);
await mkdir(scratch, {recursive: true});

// GOV.UK Frontend's Exit this page: its component's own ES module, minified as a site would ship
// it, started the way GOV.UK's docs start one component; and its whole stylesheet, render-blocking.
const govukModule = 'node_modules/govuk-frontend/dist/govuk/components/exit-this-page/exit-this-page.bundle.mjs';
const govukBuild = await build({
  stdin: {
    contents: `import {ExitThisPage} from './${govukModule}';
for (const root of document.querySelectorAll('[data-module="govuk-exit-this-page"]')) new ExitThisPage(root);`,
    resolveDir: projectRoot,
  },
  bundle: true,
  minify: true,
  format: 'esm',
  write: false,
});
await writeFile(join(scratch, 'govuk-exit-this-page.js'), govukBuild.outputFiles[0].contents);
await writeFile(
  join(scratch, 'govuk-frontend.min.css'),
  await readFile(join(projectRoot, 'node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css')),
);
const govukVersion = JSON.parse(readFileSync(join(projectRoot, 'node_modules/govuk-frontend/package.json'), 'utf8')).version;

/** Serves the project's files gzip-compressed (once each, kept), and nothing outside it. */
function startGzipServer() {
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
  const cache = new Map();
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.includes('..') || !(path.startsWith('/dist/') || path.startsWith(`/bench/${scratchName}/`))) {
      response.writeHead(path === '/exited.html' ? 200 : 404, {'content-type': 'text/html'}).end('<!doctype html><title>exit</title>');
      return;
    }
    try {
      if (!cache.has(path)) cache.set(path, gzipSync(readFileSync(join(projectRoot, path)), {level: 9}));
      response
        .writeHead(200, {
          'content-type': types[extname(path)] ?? 'application/octet-stream',
          'content-encoding': 'gzip',
          'cache-control': 'no-store',
        })
        .end(cache.get(path));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const server = await startGzipServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const EXIT_URL = `${origin}/exited.html`;

/**
 * The probe, a classic script first in <head>: in `shift` or `click` mode it tries the way out
 * every 50 ms and reports (by console message, in ms from navigation start) the try that started
 * the navigation to the exit address. In every mode it reports first contentful paint.
 */
const probe = (mode) => `<script>
(() => {
  const mode = ${JSON.stringify(mode)};
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') console.log('fcp ' + entry.startTime);
  }).observe({type: 'paint', buffered: true});
  if (mode === 'plain') return;
  let trying = -1;
  navigation.addEventListener('navigate', (event) => {
    if (trying >= 0 && event.destination.url.startsWith(${JSON.stringify(EXIT_URL)})) console.log(mode + ' ' + trying);
  });
  // A plain link that page code did not take over would just navigate: hold it back.
  window.addEventListener('click', (event) => {
    if (!event.defaultPrevented) event.preventDefault();
  });
  const press = (type) => (document.body ?? document.documentElement).dispatchEvent(new KeyboardEvent(type, {key: 'Shift', bubbles: true, composed: true}));
  const tryOnce = () => {
    trying = performance.now();
    if (mode === 'shift') {
      for (let i = 0; i < 3; i++) { press('keydown'); press('keyup'); }
    } else {
      const control = document.querySelector('[data-hf-exit], .govuk-js-exit-this-page-button');
      control?.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true, composed: true}));
    }
    trying = -1;
  };
  setInterval(tryOnce, ${PROBE_EVERY_MS});
})();
</script>`;

/** The numbers every page shows: the banner's default lines, as the builder writes the fallback. */
const NUMBERS = `<ul>
  <li>ASTRA SOS hotline: <a href="tel:+381117850000">011 785 0000</a></li>
  <li>National Children’s Helpline (NADEL): <a href="tel:116111">116 111</a></li>
</ul>`;
const ARTICLE = `<main><h1>Article</h1>${'<p>Page text after the banner, as on a real article page.</p>'.repeat(6)}</main>`;

const bannerPage = (script) => (mode) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>bench</title>${probe(mode)}
${script ? `<script type="module" src="${script}"></script>` : ''}</head>
<body style="font-family: system-ui, sans-serif; margin: 1rem">
<hf-hotline-banner quick-exit hotlines="astra,nadel" exit-url="${EXIT_URL}">
${NUMBERS}
<p><a data-hf-exit href="${EXIT_URL}" rel="noreferrer">Exit this page</a></p>
</hf-hotline-banner>
${ARTICLE}</body></html>`;

/** The rows, in the table's order; GOV.UK's is the baseline of every ratio. */
const PAGES = {
  govuk: {
    label: `GOV.UK Frontend ${govukVersion} Exit this page (its JS + its CSS)`,
    html: (mode) => `<!doctype html><html lang="en" class="govuk-template"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>bench</title>${probe(mode)}
<link rel="stylesheet" href="govuk-frontend.min.css"></head>
<body class="govuk-template__body"><script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<div class="govuk-exit-this-page" data-module="govuk-exit-this-page">
<a href="${EXIT_URL}" role="button" draggable="false" class="govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a>
</div>
<div class="govuk-width-container">${NUMBERS}${ARTICLE}</div>
<script type="module" src="govuk-exit-this-page.js"></script></body></html>`,
  },
  noJs: {
    label: 'no JavaScript (the fallback alone: numbers and a plain exit link)',
    html: bannerPage(undefined),
  },
  bannerFile: {label: 'dist/hf-hotline-banner.js', html: bannerPage('/dist/hf-hotline-banner.js')},
  bundle: {label: 'dist/hf-widgets.js (the bundle), banner only', html: bannerPage('/dist/hf-widgets.js')},
  quickExit: {label: 'dist/hf-quick-exit.js (then the banner)', html: bannerPage('/dist/hf-quick-exit.js')},
};

for (const [name, page] of Object.entries(PAGES)) {
  for (const mode of ['plain', 'shift', 'click']) await writeFile(join(scratch, `${name}-${mode}.html`), page.html(mode));
}

/** Main-thread tasks of the page's renderer, from a Chromium trace: durations in ms. */
function mainThreadTasks(trace) {
  const events = JSON.parse(trace.toString()).traceEvents;
  const main = new Set(
    events
      .filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  return events
    .filter((event) => event.name === 'RunTask' && event.ph === 'X' && main.has(`${event.pid}:${event.tid}`))
    .map((event) => event.dur / 1000);
}

let browser = await launchBrowser();
const chromiumVersion = browser.version();

function launchBrowser() {
  return chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
}

/**
 * Each browser call of a load has a time limit: on this shared machine a call (tracing, closing a
 * context mid-navigation) has hung for good, and a run must still reach its table. A step past
 * its limit fails with a message naming the page, mode and step.
 */
const STEP_LIMIT_MS = 90000;
class StuckStep extends Error {}
async function step(what, work, limitMs = STEP_LIMIT_MS) {
  let timer;
  const stuck = new Promise((resolve, reject) => {
    timer = setTimeout(() => reject(new StuckStep(`${what}: stuck, no answer in ${limitMs / 1000} s`)), limitMs);
  });
  try {
    return await Promise.race([work(), stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** One load of `page` in `mode` on the slow phone; what it measured. */
async function load(name, mode) {
  const at = `${name} ${mode}`;
  const context = await step(`${at}: open a browser context`, () => browser.newContext({viewport: {width: 360, height: 800}}));
  try {
    const page = await step(`${at}: open a page`, () => context.newPage());
    const cdp = await step(`${at}: attach DevTools`, () => context.newCDPSession(page));
    await step(`${at}: slow the network and CPU`, async () => {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
      await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => (bytes += event.encodedDataLength));
    const seen = {};
    page.on('console', (message) => {
      const [key, value] = message.text().split(' ');
      if (['fcp', 'shift', 'click'].includes(key) && seen[key] === undefined) seen[key] = Number(value);
    });
    const url = `${origin}/bench/${scratchName}/${name}-${mode}.html`;
    const result = {};
    if (mode === 'plain') {
      await step(`${at}: start tracing`, () =>
        browser.startTracing(page, {categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']}),
      );
      await step(`${at}: load the page`, () => page.goto(url, {waitUntil: 'load', timeout: STEP_LIMIT_MS - 5000}));
      await step(`${at}: wait for the network to go idle`, () => page.waitForLoadState('networkidle', {timeout: STEP_LIMIT_MS - 5000}));
      const tasks = mainThreadTasks(await step(`${at}: stop tracing`, () => browser.stopTracing()));
      result.longestTaskMs = Math.max(0, ...tasks);
      result.blockingMs = tasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0);
      result.bytes = bytes;
      result.fcpMs = seen.fcp;
    } else {
      await step(`${at}: start loading the page`, () => page.goto(url, {waitUntil: 'commit', timeout: STEP_LIMIT_MS - 5000}));
      // The no-JavaScript page never exits by Shift or by a held-back click: give up after 8 s.
      const end = Date.now() + (name === 'noJs' ? 8000 : 60000);
      while (seen[mode] === undefined && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
      result[`${mode}Ms`] = seen[mode];
      if (seen[mode] === undefined && name !== 'noJs') process.stderr.write(`slow phone: ${at}: the way out never started within 60 s\n`);
      // The page is on its way to the exit address: close it without waiting for that navigation.
      await step(`${at}: close the page`, () => page.close({runBeforeUnload: false}), 30000);
    }
    return result;
  } finally {
    await step(`${at}: close the browser context`, () => context.close(), 30000).catch((error) => {
      process.stderr.write(`slow phone: ${error.message}\n`);
    });
  }
}

/**
 * `load`, tried once more when a step is stuck, in a fresh browser (the stuck one may never
 * answer again). A load stuck twice counts as missing in that round: the table says how many
 * rounds each figure has.
 */
async function loadOrSkip(name, mode) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    try {
      return await load(name, mode);
    } catch (error) {
      process.stderr.write(
        `slow phone: ${error.message}${attempt === 1 ? '; trying once more in a fresh browser' : '; skipped in this round'}\n`,
      );
      await step('close the stuck browser', () => browser.close(), 30000).catch(() => {});
      browser = await launchBrowser();
    }
  }
  return {};
}

/** How busy the machine was (1-minute load average), at the start and the end: it is shared. */
const loadAtStart = loadavg()[0];
const samples = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
try {
  for (let roundIndex = 0; roundIndex < ROUNDS; roundIndex++) {
    for (const name of Object.keys(PAGES)) {
      const sample = {};
      for (const mode of ['plain', 'shift', 'click']) Object.assign(sample, await loadOrSkip(name, mode));
      samples[name].push(sample);
    }
    process.stderr.write(`slow phone: round ${roundIndex + 1} of ${ROUNDS} done\n`);
  }
} finally {
  await step('close the browser', () => browser.close(), 30000).catch(() => {});
  server.close();
  await rm(scratch, {recursive: true, force: true});
}

const MEASURES = ['fcpMs', 'shiftMs', 'clickMs', 'longestTaskMs', 'blockingMs', 'bytes'];
/**
 * Median and spread of one measure over the rounds that have it; undefined when none has (no
 * JavaScript never exits). `count` says how many rounds that is, when a stuck load left one out.
 */
function summary(values) {
  const present = values.filter((value) => value !== undefined);
  if (present.length === 0) return undefined;
  return {median: round(median(present)), min: round(Math.min(...present)), max: round(Math.max(...present)), count: present.length};
}
const rows = Object.fromEntries(
  Object.entries(samples).map(([name, runs]) => [
    name,
    {label: PAGES[name].label, ...Object.fromEntries(MEASURES.map((measure) => [measure, summary(runs.map((run) => run[measure]))]))},
  ]),
);
for (const row of Object.values(rows)) {
  row.ratios = Object.fromEntries(
    MEASURES.map((measure) => [
      measure,
      row[measure] && rows.govuk[measure] ? Number((row[measure].median / rows.govuk[measure].median).toFixed(2)) : undefined,
    ]),
  );
}

/** Which of issue 20's goals a row meets, from this run's figures. */
function goalsOf(name, row) {
  const notes = [];
  if (name === 'govuk') return 'the baseline';
  if (row.ratios.shiftMs !== undefined) notes.push(`Shift ×3 ≤ 0.9 × GOV.UK: ${row.ratios.shiftMs <= 0.9 ? 'met' : 'not met'}`);
  else notes.push('no Shift ×3 (plain link only)');
  const sizes = {
    quickExit: ['dist/hf-quick-exit.js ≤ 2.5 KB gzip', sizesOf(readFileSync(join(projectRoot, 'dist/hf-quick-exit.js'))).gzip, 2.5 * 1024],
    bannerFile: ['whole path ≤ 16 KB gzip', pathGzip('dist/hf-hotline-banner.js'), 16 * 1024],
    bundle: ['bundle ≤ 32 KB gzip', pathGzip('dist/hf-widgets.js'), 32 * 1024],
  }[name];
  if (sizes) notes.push(`${sizes[0]}: ${sizes[1] <= sizes[2] ? 'met' : 'not met'} (${(sizes[1] / 1024).toFixed(1)} KB)`);
  return notes.join('; ');
}
const pathGzip = (entry) => fetchedFiles(entry).reduce((sum, file) => sum + sizesOf(readFileSync(file)).gzip, 0);

const cell = (stat, unit = ' ms') =>
  stat ? `${stat.median}${unit} (${stat.min}–${stat.max}${stat.count < ROUNDS ? `; ${stat.count} of ${ROUNDS} rounds` : ''})` : '—';
const ratio = (value) => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const table = [
  `Latest run: ${new Date().toISOString().slice(0, 10)}, Chromium ${chromiumVersion}, slow 3G (400 kbit/s, 400 ms RTT) and CPU 4× slower, ${ROUNDS} interleaved rounds; median (min–max), ms from navigation start; × is against GOV.UK in the same run. The machine (${cpus().length} cores) is shared: its load average was ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end, so read the milliseconds as this run's and the ratios as the comparison.`,
  '',
  '| page | numbers visible | Shift ×3 works | × GOV.UK | exit control works | × GOV.UK | longest task | total blocking | bytes | goals (issue 20) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...Object.entries(rows).map(
    ([name, row]) =>
      `| ${row.label} | ${cell(row.fcpMs)} | ${cell(row.shiftMs)} | ${ratio(row.ratios.shiftMs)} | ${cell(row.clickMs)} | ${ratio(row.ratios.clickMs)} | ${cell(row.longestTaskMs)} | ${cell(row.blockingMs)} | ${cell(row.bytes, ' B')} | ${goalsOf(name, row)} |`,
  ),
].join('\n');

// Every built file's size, as a server would send it.
const distFiles = [
  ...readdirSync(join(projectRoot, 'dist')).filter((name) => name.endsWith('.js')),
  ...readdirSync(join(projectRoot, 'dist/chunks'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `chunks/${name}`),
].sort();
const sizes = distFiles.map((name) => ({name: `dist/${name}`, ...sizesOf(readFileSync(join(projectRoot, 'dist', name)))}));

console.log(table);
console.log('\nEvery dist file: gzip / brotli bytes');
for (const file of sizes) console.log(`  ${String(file.gzip).padStart(7)} / ${String(file.brotli).padStart(7)}  ${file.name}`);

const docPath = join(projectRoot, 'docs/performance.md');
const doc = await readFile(docPath, 'utf8');
await writeFile(
  docPath,
  doc.replace(/<!-- slow-phone:start -->[\s\S]*<!-- slow-phone:end -->/, `<!-- slow-phone:start -->\n${table}\n<!-- slow-phone:end -->`),
);
if (process.argv.includes('--json')) console.log(JSON.stringify({rounds: ROUNDS, rows, sizes}));
