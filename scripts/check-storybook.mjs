// Checks the static Storybook (storybook-static/, from `npm run build-storybook`) the way a
// designer uses it: served from a sub-path, every story of its index opened in Chromium in each
// locale, failing on a story whose element is missing, a console error or an axe violation.
// Saves a PNG of every story in each locale into screenshots/storybook/ (ignored by git).
// Prints "N passed, N failed"; exits non-zero on any failure.
import {createServer} from 'node:http';
import {mkdir, readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {createRequire} from 'node:module';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './browsers.mjs';
import {projectRoot} from './lib/import-ts.mjs';

const SUB_PATH = '/preview/hf-widgets/';
const root = join(projectRoot, 'storybook-static');
const types = {'.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png'};
const locales = (process.env.HF_STORY_LOCALES ?? 'en,sr-Cyrl,sr-Latn').split(',');
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Only the sub-path is served, so an absolute asset URL in the build would fail here.
const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  // The browser asks for /favicon.ico by itself; that is not the Storybook's request.
  if (url.pathname === '/favicon.ico') return response.writeHead(204).end();
  if (!url.pathname.startsWith(SUB_PATH)) return response.writeHead(404).end();
  let file = normalize(join(root, decodeURIComponent(url.pathname.slice(SUB_PATH.length))));
  if (file.endsWith('/') || file === root) file = join(file, 'index.html');
  try {
    const body = await readFile(file);
    response.writeHead(200, {'Content-Type': types[extname(file)] ?? 'application/octet-stream'}).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}${SUB_PATH}`;

const index = await (await fetch(`${base}index.json`)).json();
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const results = {passed: 0, failed: 0};
const failures = [];
await mkdir(join(projectRoot, 'screenshots/storybook'), {recursive: true});

const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
try {
  for (const locale of locales) {
    const context = await browser.newContext({viewport: {width: 1024, height: 768}});
    for (const story of stories) {
      const page = await context.newPage();
      const errors = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => response.status() >= 400 && errors.push(`HTTP ${response.status()} ${response.url()}`));
      const label = `${story.id} [${locale}]`;
      try {
        await page.goto(`${base}iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
        await page.waitForFunction(
          () => {
            const widgets = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.startsWith('hf-'));
            return widgets.length > 0 && widgets.every((el) => el.shadowRoot && el.shadowRoot.childElementCount > 0);
          },
          undefined,
          {timeout: 20000},
        );
        await page.waitForTimeout(150);
        await page.addScriptTag({content: axeSource});
        // The a11y addon runs axe in the same page too; wait for its run to finish, then run ours.
        const violations = await page.evaluate(async () => {
          for (let attempt = 0; ; attempt++) {
            try {
              const result = await window.axe.run(document.querySelector('#storybook-root'), {resultTypes: ['violations']});
              return result.violations.map((violation) => `${violation.id} (${violation.nodes.length}): ${violation.nodes[0]?.target?.join(' ')}`);
            } catch (error) {
              if (attempt > 40 || !String(error).includes('already running')) throw error;
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
          }
        });
        await page.screenshot({path: join(projectRoot, 'screenshots/storybook', `${story.id}-${locale}.png`), fullPage: true});
        const problems = [...errors.map((error) => `console: ${error}`), ...violations.map((violation) => `axe: ${violation}`)];
        if (problems.length) throw new Error(problems.join('; '));
        results.passed++;
      } catch (error) {
        results.failed++;
        failures.push(`${label}: ${error.message.split('\n')[0]}`);
      }
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
for (const failure of failures) console.log(`  ✗ ${failure}`);
console.log(`storybook: ${stories.length} stories × ${locales.length} locales, from ${SUB_PATH}`);
console.log(`storybook: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed > 0 || stories.length === 0 ? 1 : 0);
