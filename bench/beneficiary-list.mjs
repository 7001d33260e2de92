// Performance check for <hf-beneficiary-list> (the issue's targets: 5,000 members render in
// under 100 ms, a filter keystroke costs under 16 ms; medians, Chromium).
//
//   node bench/beneficiary-list.mjs
//
// Bundles src/hf-beneficiary-list.ts with esbuild into a temporary folder (no `npm run build`
// needed), opens it in Debian's Chromium through playwright-core, and measures in the page:
// - render: from setting `.data` (a 5,000-member document) on a new element and attaching it,
//   to its `updateComplete` plus one rendered frame (style, layout and paint included);
// - keystroke: one character typed into the filter (value set + `input` event) until
//   `updateComplete`, and, for information, with the style and layout it causes forced at once;
// - baseline: the same 5,000 names as plain <li> elements made with DOM APIs in a plain <div>,
//   measured to the same rendered frame.
// Exits non-zero when a median misses its target. BENCH_VERBOSE=1 also lists every keystroke.
import {build} from 'esbuild';
import {chromium} from 'playwright-core';
import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {chromiumArgs, chromiumPath} from '../scripts/browsers.mjs';

const MEMBERS = 5000;
const RENDER_RUNS = 15;
const TARGET_RENDER_MS = 100;
const TARGET_KEYSTROKE_MS = 16;
// Thirty keystrokes, one character each, as a reader types: "organisation 7" (most members match
// until the digit), Backspace back to an empty box (widening to all 5,000), then Cyrillic "уд".
const typed = (word) => Array.from(word, (_, i) => word.slice(0, i + 1));
const backspaced = (word) => Array.from(word, (_, i) => word.slice(0, word.length - i - 1));
const TYPING = [...typed('organisation 7'), ...backspaced('organisation 7'), ...typed('уд')];
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = await mkdtemp(join(tmpdir(), 'hf-bench-'));

// The page: the element, the synthetic document, and the measuring code.
const pageScript = `
// A named import: package.json's "sideEffects" would let a bare import of src/ be dropped.
import {HfBeneficiaryList} from './element.js';
import {syntheticBeneficiaries} from './examples.js';

if (customElements.get('hf-beneficiary-list') !== HfBeneficiaryList) throw new Error('<hf-beneficiary-list> is not defined');

const frame = () => new Promise((resolve) => requestAnimationFrame(() => {
  // Runs after the frame's style, layout and paint.
  const channel = new MessageChannel();
  channel.port1.onmessage = () => resolve();
  channel.port2.postMessage(0);
}));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const max = (values) => Math.max(...values);
const doc = syntheticBeneficiaries(${MEMBERS});
const stage = document.querySelector('#stage');

async function renderElement() {
  stage.replaceChildren();
  await frame();
  const data = structuredClone(doc);
  const element = document.createElement('hf-beneficiary-list');
  const start = performance.now();
  element.data = data;
  stage.append(element);
  await element.updateComplete;
  await frame();
  const time = performance.now() - start;
  if (element.shadowRoot.querySelectorAll('[part="member"]').length !== ${MEMBERS}) throw new Error('not every member rendered');
  return time;
}

async function renderBaseline() {
  stage.replaceChildren();
  await frame();
  const names = doc.beneficiaries.flatMap((group) => group.members.map((member) => typeof member.name === 'string' ? member.name : member.name.en));
  const start = performance.now();
  const box = document.createElement('div');
  const list = document.createElement('ul');
  for (const name of names) {
    const item = document.createElement('li');
    item.textContent = name;
    list.append(item);
  }
  box.append(list);
  stage.append(box);
  await frame();
  return performance.now() - start;
}

async function keystrokes() {
  stage.replaceChildren();
  const element = document.createElement('hf-beneficiary-list');
  element.data = structuredClone(doc);
  stage.append(element);
  await element.updateComplete;
  await frame();
  const input = element.shadowRoot.querySelector('[part="filter-input"]');
  const toUpdate = [];
  const toFrame = [];
  for (const query of ${JSON.stringify(TYPING)}) {
    await frame();
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    await element.updateComplete;
    toUpdate.push(performance.now() - start);
    // Style and layout forced now, rather than waiting for the next vsync.
    element.shadowRoot.querySelector('[part="count"]').getBoundingClientRect();
    toFrame.push(performance.now() - start);
  }
  return {toUpdate, toFrame};
}

window.runBenchmark = async () => {
  const element = [];
  const baseline = [];
  // One warm-up each: the first run also compiles the code.
  await renderElement();
  await renderBaseline();
  for (let run = 0; run < ${RENDER_RUNS}; run++) {
    element.push(await renderElement());
    baseline.push(await renderBaseline());
  }
  const typed = await keystrokes();
  return {
    render: {median: median(element), max: max(element)},
    baseline: {median: median(baseline), max: max(baseline)},
    keystroke: {median: median(typed.toUpdate), max: max(typed.toUpdate)},
    keystrokeFrame: {median: median(typed.toFrame), max: max(typed.toFrame)},
    perKeystroke: typed.toUpdate.map((time, i) => [${JSON.stringify(TYPING)}[i], time, typed.toFrame[i]]),
  };
};
`;

let browser;
try {
  await writeFile(join(dir, 'bench.js'), pageScript.replace('./element.js', join(root, 'src/hf-beneficiary-list.ts')).replace('./examples.js', join(root, 'examples/beneficiary-list.examples.ts')));
  await build({
    entryPoints: [join(dir, 'bench.js')],
    bundle: true,
    format: 'esm',
    outfile: join(dir, 'bundle.js'),
    tsconfig: join(root, 'tsconfig.json'),
    absWorkingDir: root,
    logLevel: 'error',
    minify: true,
  });
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><script type="module" src="bundle.js"></script></head><body><div id="stage"></div></body></html>`,
  );
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: install Debian\'s chromium or set CHROME_PATH.');
  browser = await chromium.launch({executablePath, args: [...chromiumArgs, '--allow-file-access-from-files']});
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  page.on('pageerror', (error) => console.error('[page]', error.message));
  await page.goto(`file://${join(dir, 'index.html')}`);
  await page.waitForFunction(() => 'runBenchmark' in window);
  const result = await page.evaluate(() => window.runBenchmark());

  const ms = (value) => `${value.toFixed(1)} ms`.padStart(9);
  const rows = [
    ['render 5,000 members (to rendered frame)', result.render, TARGET_RENDER_MS],
    ['baseline: 5,000 plain <li> (same frame)', result.baseline],
    ['filter keystroke (to updateComplete)', result.keystroke, TARGET_KEYSTROKE_MS],
    ['filter keystroke (+ style and layout)', result.keystrokeFrame],
  ];
  console.log(`<hf-beneficiary-list> with ${MEMBERS.toLocaleString('en')} members, Chromium ${browser.version()}`);
  console.log(`${'measure'.padEnd(42)}${'median'.padStart(9)}${'max'.padStart(9)}   target`);
  for (const [label, {median, max}, target] of rows) {
    console.log(`${label.padEnd(42)}${ms(median)}${ms(max)}   ${target ? `< ${target} ms ${median < target ? 'ok' : 'MISSED'}` : ''}`);
  }
  if (process.env.BENCH_VERBOSE) for (const [query, update, layout] of result.perKeystroke) console.log(`  "${query}"`.padEnd(24), ms(update), ms(layout));
  console.log(`element / baseline (render medians): ${(result.render.median / result.baseline.median).toFixed(2)}×`);
  console.log('(the element lays out only the chunks of 120 members near the screen; the baseline lays out all 5,000 items)');
  const missed = result.render.median >= TARGET_RENDER_MS || result.keystroke.median >= TARGET_KEYSTROKE_MS;
  // For bench/run.mjs: the figures as one JSON line, last.
  if (process.argv.includes('--json')) {
    const round = (value) => Number(value.toFixed(1));
    console.log(
      JSON.stringify({
        members: MEMBERS,
        renderMs: round(result.render.median),
        baselineMs: round(result.baseline.median),
        renderRatio: Number((result.render.median / result.baseline.median).toFixed(2)),
        keystrokeMs: round(result.keystroke.median),
        keystrokeMaxMs: round(result.keystroke.max),
        targetsMet: !missed,
      }),
    );
  }
  process.exitCode = missed ? 1 : 0;
} catch (error) {
  console.error(error);
  process.exitCode = 2;
} finally {
  await browser?.close();
  await rm(dir, {recursive: true, force: true});
}
