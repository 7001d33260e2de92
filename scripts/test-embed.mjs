// The release zip, the embed builder and the iframe route, in Chromium and Firefox, as a web
// editor would use them: nothing but the unzipped folder on a plain static server.
//  1. the zip holds what README.txt promises, with licences and matching SHA-384 fingerprints;
//  2. its example page works when the folder is served as it is;
//  3. the builder: choose options, paste each snippet into a blank page, and the widget there
//     matches the preview (every element, every language, all three snippets);
//  4. the iframe route cross-origin: the exit control and Shift ×3 inside the frame take the
//     whole tab to the exit page;
//  5. every ```html snippet of README.md and docs/*.md loads and renders without a console error,
//     and carries fallback content.
// Needs `npm run build` first. Prints "embed: N passed, N failed" and exits non-zero on failure.
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import {unzipSync} from 'fflate';
import {puppeteerBrowsers} from './browsers.mjs';
import {createChecks} from './lib/checks.mjs';
import {importTs, projectRoot} from './lib/import-ts.mjs';
import {contentTypeOf, createStaticServer, listen} from './lib/static-server.mjs';

const {check, finish} = createChecks();
const {DEFAULT_EXIT_URL} = await importTs('src/core/quick-exit/quick-exit.ts');
const axeSource = await readFile(join(projectRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
// --- 1. The zip ----------------------------------------------------------------------------------

const {version} = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8'));
execFileSync(process.execPath, [join(projectRoot, 'scripts/release.mjs')], {stdio: 'inherit'});
const entries = unzipSync(new Uint8Array(await readFile(join(projectRoot, `release/hf-widgets-${version}.zip`))));
const folder = `hf-widgets-${version}/`;
const released = new Map();
console.log('zip:');
for (const [path, contents] of Object.entries(entries)) {
  if (!path.startsWith(folder)) continue;
  released.set(path.slice(folder.length), Buffer.from(contents));
}
check(
  'every file sits in one folder named after the version',
  released.size === Object.keys(entries).filter((path) => !path.endsWith('/')).length,
);
const distScripts = (await readdir(join(projectRoot, 'dist'))).filter((name) => /^hf-.*\.js$/.test(name));
const expected = [
  ...distScripts,
  'hf-widgets.js.map',
  'embed.html',
  'embed/page.js',
  'embed/fallback.js',
  'embed/elements.js',
  'embed/embed.css',
  'embed/config.json',
  'builder/index.html',
  'builder/builder.js',
  'builder/options.js',
  'builder/strings.js',
  'builder/snippets.js',
  'builder/builder.css',
  'example.html',
  'action.json',
  'action.schema.json',
  'LICENSE',
  'THIRD-PARTY-NOTICES.txt',
  'integrity.json',
  'README.txt',
];
const missing = expected.filter((name) => !released.has(name));
check(
  `the zip holds the scripts (${distScripts.join(', ')}), the iframe route, the builder, the data, the licences, the fingerprints and README.txt`,
  missing.length === 0,
  `missing ${missing.join(', ')}`,
);
const text = (name) => released.get(name)?.toString('utf8') ?? '';
const integrity = JSON.parse(text('integrity.json') || '{}');
const scriptsInZip = [...released.keys()].filter((name) => name.endsWith('.js'));
const wrongHashes = scriptsInZip.filter(
  (name) => integrity[name] !== `sha384-${createHash('sha384').update(released.get(name)).digest('base64')}`,
);
check(
  `integrity.json has the right SHA-384 of each of the ${scriptsInZip.length} scripts`,
  wrongHashes.length === 0 && Object.keys(integrity).length === scriptsInZip.length,
  wrongHashes.join(', '),
);
check(
  'LICENSE is the MIT licence of the hf-widgets contributors',
  /^MIT License/.test(text('LICENSE')) && text('LICENSE').includes('hf-widgets contributors'),
);
const notices = text('THIRD-PARTY-NOTICES.txt');
const bundledPackages = ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize'];
check(
  'the third-party notices carry every bundled package with its licence text',
  bundledPackages.every((name) => notices.includes(`${name} `)) && (notices.match(/BSD 3-Clause License/g) ?? []).length >= 4,
  notices.slice(0, 200),
);
// The bundle's first file holds only the quick exit; Lit is in the elements' file it loads.
const bundleElementsFile = [...released.keys()].find((name) => name === 'hf-widgets-elements.js') ?? '';
check(
  `the bundle keeps its @license comments (${bundleElementsFile})`,
  bundleElementsFile !== '' &&
    text('hf-widgets.js').includes(bundleElementsFile) &&
    text(bundleElementsFile).includes('@license') &&
    text(bundleElementsFile).includes('BSD-3-Clause'),
);
check('the builder in the zip loads the files beside it', text('builder/index.html').includes('<meta name="hf-files" content="../" />'));
check('action.json is the default action', JSON.parse(text('action.json') || '{}').id === 'hf-serbia-anti-trafficking-2023');
const readme = text('README.txt');
check(
  'README.txt names each file, the three ways, the local server and checking the numbers',
  [
    'hf-widgets.js',
    'embed.html',
    'builder/',
    'integrity.json',
    'Script tag',
    'Iframe',
    'WordPress',
    'python3 -m http.server',
    'CHECK THE NUMBERS',
  ].every((word) => readme.includes(word)),
);
const says = (body) => /\bchecked\b/i.test(body);
check('no fallback in the zip mentions a "checked" date', !says(text('embed.html')) && !says(text('example.html')));

// --- The site: the unzipped files, served from memory under /hf-widgets/ as an editor uploads them

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages the test writes (a blank page with a pasted snippet), served from the same site. */
const pasted = new Map();
/** What test pages reported of themselves (POST /report?id=…), by id. */
const reports = new Map();
/** How many times each pasted page was served: a page that reloads itself shows here. */
const pastedLoads = new Map();
const server = createStaticServer({
  root: released,
  // At the top of the site, as docs/embedding.md says, or in WordPress's uploads folder.
  base: ['/hf-widgets/', '/wp-content/uploads/hf-widgets/'],
  async handle(path, request, response) {
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return true;
    }
    if (path === '/report' && request.method === 'POST') {
      // What a test page saw of itself, posted by its own script.
      let body = '';
      for await (const chunk of request) body += chunk;
      reports.set(new URL(request.url, 'http://x').searchParams.get('id'), JSON.parse(body));
      response.writeHead(204).end();
      return true;
    }
    if (path === '/left.html') {
      // A neutral exit page; `?ms=` delays it, as a slow exit address does.
      const delay = Math.min(Number(new URL(request.url, 'http://x').searchParams.get('ms') ?? 0) || 0, 10000);
      await sleep(delay);
      response.writeHead(200, {'Content-Type': contentTypeOf(path)}).end('<!doctype html><title>Left</title><p>A neutral page.</p>');
      return true;
    }
    if (!pasted.has(path)) return false;
    pastedLoads.set(path, (pastedLoads.get(path) ?? 0) + 1);
    response.writeHead(200, {'Content-Type': contentTypeOf(path)}).end(pasted.get(path));
    return true;
  },
});
const port = await listen(server);
const origin = `http://127.0.0.1:${port}`;
/** The same server under another name: another origin, for the cross-origin frame. */
const otherOrigin = `http://localhost:${port}`;
let pageCount = 0;
function pastePage(body, lang = 'en') {
  const path = `/pasted-${++pageCount}.html`;
  pasted.set(
    path,
    `<!doctype html>\n<html lang="${lang}">\n<head><meta charset="utf-8"><title>Pasted</title></head>\n<body>\n${body}\n</body>\n</html>\n`,
  );
  return `${origin}${path}`;
}

/** Opens a page and records its console errors. */
async function open(browser, url) {
  const page = await browser.newPage();
  await page.setViewport({width: 1024, height: 900});
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error?.message ?? error)));
  await page.goto(url, {waitUntil: 'load'});
  return {page, errors};
}

const widgetTags = 'hf-hotline-banner, hf-action-card, hf-budget-breakdown, hf-beneficiary-list';
/** Waits until every widget in the frame has rendered past loading; returns their text. */
async function renderedWidgets(frame) {
  await frame.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return (
        widgets.length > 0 &&
        widgets.every((el) => el.shadowRoot?.childElementCount > 0 && !el.shadowRoot.querySelector('[part="loading"]'))
      );
    },
    {timeout: 10000},
    widgetTags,
  );
  return frame.evaluate(
    (selector) =>
      [...document.querySelectorAll(selector)].map((el) => ({
        tag: el.localName,
        error: Boolean(el.shadowRoot.querySelector('[part="error"]')),
        text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
      })),
    widgetTags,
  );
}

async function childFrame(page, urlPart) {
  for (let tries = 0; tries < 100; tries++) {
    const frame = page.frames().find((candidate) => candidate.url().includes(urlPart));
    if (frame) return frame;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no frame ${urlPart}`);
}

// --- 2. The example page -------------------------------------------------------------------------

async function checkExamplePage(browser, name) {
  const {page, errors} = await open(browser, `${origin}/hf-widgets/example.html`);
  const widgets = await renderedWidgets(page.mainFrame());
  check(
    `${name} example.html: the four widgets render from the folder as it is`,
    widgets.length === 4 && widgets.every((widget) => !widget.error),
    JSON.stringify(widgets.map((widget) => widget.tag)),
  );
  const frame = await childFrame(page, 'embed.html');
  const [framed] = await renderedWidgets(frame);
  check(`${name} example.html: the iframe shows the banner`, framed?.tag === 'hf-hotline-banner' && !framed.error);
  await page
    .waitForFunction(() => document.querySelector('iframe[data-hf-embed]').style.height !== '600px', {timeout: 5000})
    .catch(() => {});
  const sized = await page.evaluate(() => ({
    height: document.querySelector('iframe[data-hf-embed]').style.height,
    fallbackHidden: document.querySelector('[data-hf-embed-fallback]').hidden,
  }));
  check(
    `${name} example.html: hf-embed-resize.js fits the frame to its banner and hides the fallback`,
    sized.height !== '600px' && sized.fallbackHidden,
    JSON.stringify(sized),
  );
  check(`${name} example.html: no console error`, errors.length === 0, errors.join(' | '));
  await page.close();
}

// --- 3. The builder --------------------------------------------------------------------------------

/** One editor's session: the builder's own language, the element, the widget's language and options. */
const sessions = [
  {
    ui: 'en',
    tag: 'hf-hotline-banner',
    lang: 'sr-Cyrl',
    async choose(page) {
      await page.click('#option-dismissible');
      await page.click('#option-hotlines-police');
    },
  },
  {
    ui: 'sr-Cyrl',
    tag: 'hf-action-card',
    lang: 'en',
    async choose(page) {
      await page.select('#option-variant', 'compact');
    },
  },
  {
    ui: 'sr-Latn',
    tag: 'hf-budget-breakdown',
    lang: 'sr-Latn',
    async choose(page) {
      await page.select('#option-chart', 'donut');
    },
  },
  {
    ui: 'en',
    tag: 'hf-hotline-banner',
    lang: 'sr-Latn',
    async choose(page) {
      // Data from an address: the zip's own action.json, as an editor's corrected copy would be.
      await page.click('#data-mode-url');
      await page.type('#data-url-input', `${origin}/hf-widgets/action.json`);
      await page.keyboard.press('Tab');
      await page.waitForFunction(() => document.querySelector('#data-status').classList.contains('data-status-ok'), {timeout: 10000});
    },
  },
  {
    ui: 'en',
    tag: 'hf-beneficiary-list',
    lang: 'sr-Latn',
    async choose(page) {
      await page.click('#option-filter');
      await page.select('#option-heading-level', '3');
    },
  },
];

async function snippetsOf(page) {
  // The iframe snippet is complete once the frame's height has been measured.
  await page.waitForFunction(() => /\d+ px/.test(document.querySelector('#iframe-status').textContent), {timeout: 10000});
  return page.evaluate(() => ({
    script: document.querySelector('#snippet-script').value,
    iframe: document.querySelector('#snippet-iframe').value,
    wordpress: document.querySelector('#snippet-wordpress').value,
    preview: document.querySelector('#preview > *').shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
  }));
}

/** The light-DOM fallback of the pasted element: what a reader sees without JavaScript. */
const fallbackOf = (frame, selector) =>
  frame.evaluate((sel) => {
    const host = document.querySelector(sel);
    return {text: host?.textContent.replace(/\s+/g, ' ').trim() ?? '', tel: [...(host?.querySelectorAll('a[href^="tel:"]') ?? [])].length};
  }, selector);

async function checkBuilder(browser, name) {
  for (const session of sessions) {
    const label = `${name} builder ${session.tag} (${session.lang}, builder in ${session.ui})`;
    const {page, errors} = await open(browser, `${origin}/hf-widgets/builder/`);
    await page.waitForSelector('body.ready', {timeout: 10000});
    if (session.ui !== 'en') await page.select('#ui-language', session.ui);
    await page.click(`#element-${session.tag}`);
    await page.click(`#widget-language-${session.lang}`);
    await session.choose(page);
    const words = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      title: document.querySelector('h1').textContent,
      labels: [...document.querySelectorAll('#builder input, #builder select, #builder textarea')]
        .filter((field) => !field.closest('[hidden]') && field.labels.length === 0)
        .map((field) => field.id),
    }));
    const expectedTitle = {
      en: 'Put a widget on your page',
      'sr-Cyrl': 'Поставите виџет на своју страницу',
      'sr-Latn': 'Postavite vidžet na svoju stranicu',
    }[session.ui];
    check(
      `${label}: the builder speaks its chosen language, and every field has a label`,
      words.lang === session.ui && words.title === expectedTitle && words.labels.length === 0,
      JSON.stringify(words),
    );
    const snippets = await snippetsOf(page);

    // Pasted into a page in another language: the snippet's own `lang` keeps the widget in the
    // language the editor chose (a Latin widget on a Cyrillic site, a Serbian one on an English page).
    const otherPageLanguage = session.lang === 'sr-Cyrl' ? 'sr-Latn' : 'sr-Cyrl';
    for (const kind of ['script', 'wordpress']) {
      const {page: result, errors: resultErrors} = await open(browser, pastePage(snippets[kind], otherPageLanguage));
      const [widget] = await renderedWidgets(result.mainFrame());
      check(
        `${label}: the ${kind} snippet in a blank page in another language matches the preview`,
        widget?.text === snippets.preview,
        `${widget?.text.slice(0, 120)} ≠ ${snippets.preview.slice(0, 120)}`,
      );
      const fallback = await fallbackOf(result.mainFrame(), session.tag);
      const exitWords = {en: 'Exit this page', 'sr-Cyrl': 'Брзи излаз', 'sr-Latn': 'Brzi izlaz'}[session.lang];
      const fallbackOk =
        fallback.text.length > 0 && (session.tag !== 'hf-hotline-banner' || (fallback.tel > 0 && fallback.text.includes(exitWords)));
      check(
        `${label}: the ${kind} snippet carries fallback content from the data`,
        fallbackOk && !says(snippets[kind]),
        JSON.stringify(fallback),
      );
      check(`${label}: the ${kind} snippet page has no console error`, resultErrors.length === 0, resultErrors.join(' | '));
      await result.close();
    }

    const {page: host, errors: hostErrors} = await open(browser, pastePage(snippets.iframe));
    const frame = await childFrame(host, 'embed.html');
    const [framed] = await renderedWidgets(frame);
    check(
      `${label}: the iframe snippet shows the same widget as the preview`,
      framed?.text === snippets.preview,
      `${framed?.text.slice(0, 120)} ≠ ${snippets.preview.slice(0, 120)}`,
    );
    const hostFallback = await host.evaluate(() => document.querySelector('[data-hf-embed-fallback]')?.textContent.trim() ?? '');
    check(
      `${label}: the iframe snippet carries fallback content from the data`,
      hostFallback.length > 0 && !says(snippets.iframe),
      hostFallback.slice(0, 80),
    );
    check(`${label}: the iframe snippet page has no console error`, hostErrors.length === 0, hostErrors.join(' | '));
    await host.close();
    check(`${label}: the builder has no console error`, errors.length === 0, errors.join(' | '));
    await page.close();
  }

  // Pasted JSON: the library's validator, each problem beside its field path.
  const {page} = await open(browser, `${origin}/hf-widgets/builder/`);
  await page.waitForSelector('body.ready');
  // A real form: axe finds nothing, in English and in Serbian.
  for (const ui of ['en', 'sr-Cyrl']) {
    await page.select('#ui-language', ui);
    await page.addScriptTag({content: axeSource});
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document, {resultTypes: ['violations']})).violations.map(
        (violation) => `${violation.id} (${violation.nodes.length})`,
      ),
    );
    check(`${name} builder in ${ui}: no axe violation`, violations.length === 0, violations.join(', '));
  }
  await page.select('#ui-language', 'en');
  // Keyboard only: arrows move between widgets, Enter on Copy copies (or selects the text for Ctrl+C).
  await page.focus('#element-hf-hotline-banner');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('#preview > hf-action-card'), {timeout: 5000}).catch(() => {});
  const chosen = await page.evaluate(() => ({
    checked: document.querySelector('input[name="element"]:checked').value,
    preview: document.querySelector('#preview > *')?.localName,
  }));
  check(
    `${name} builder: the arrow keys choose the widget and the preview follows`,
    chosen.checked === 'hf-action-card' && chosen.preview === 'hf-action-card',
    JSON.stringify(chosen),
  );
  await page.focus('#copy-script');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#script-copied').textContent !== '', {timeout: 5000}).catch(() => {});
  const copied = await page.evaluate(() => document.querySelector('#script-copied').textContent);
  check(
    `${name} builder: Enter on "Copy" copies the snippet or says how to`,
    copied === 'Copied. Paste it into your page.' || copied.startsWith('Select the text'),
    copied,
  );
  await page.click('#element-hf-hotline-banner');
  await page.click('#data-mode-paste');
  await page.type(
    '#data-json',
    '{"id": "x", "title": "T", "hotlines": [{"id": "a", "name": "A", "number": "javascript:alert(1)", "display": "1", "source": "s"}]}',
  );
  await page.waitForFunction(() => document.querySelector('#data-status li'), {timeout: 5000}).catch(() => {});
  const problems = await page.evaluate(() => [...document.querySelectorAll('#data-status li')].map((item) => item.textContent));
  check(
    `${name} builder: pasted JSON is checked live and each problem shows its field path`,
    problems.some((line) => line.startsWith('hotlines[0].number')),
    problems.join(' | '),
  );
  const nothingToCopy = await page.evaluate(() => [...document.querySelectorAll('[data-copy]')].every((button) => button.disabled));
  check(`${name} builder: nothing can be copied while the data has problems`, nothingToCopy);
  // Valid pasted data: inline JSON in the script snippet; the iframe cannot take it and says why.
  await page.$eval('#data-json', (area) => (area.value = ''));
  await page.type(
    '#data-json',
    '{"id": "x", "title": "T", "hotlines": [{"id": "a", "name": "Line A", "number": "+381111111111", "display": "011 111 1111", "source": "s"}]}',
  );
  await page
    .waitForFunction(() => document.querySelector('#snippet-script').value.includes('application/json'), {timeout: 5000})
    .catch(() => {});
  // The preview shows its loading state until the validator (loaded with the first data) has run.
  await page
    .waitForFunction(() => document.querySelector('#preview > *')?.shadowRoot?.textContent.includes('Line A'), {timeout: 5000})
    .catch(() => {});
  const withPasted = await page.evaluate(() => ({
    script: document.querySelector('#snippet-script').value,
    iframeOff: document.querySelector('#copy-iframe').disabled,
    reason: document.querySelector('#iframe-status').textContent,
    preview: document.querySelector('#preview > *').shadowRoot.textContent,
  }));
  check(
    `${name} builder: valid pasted data goes inline into the script snippet, and the preview shows it`,
    withPasted.script.includes('"display": "011 111 1111"') &&
      withPasted.script.includes('href="tel:+381111111111"') &&
      withPasted.preview.includes('Line A'),
    withPasted.script.slice(0, 200),
  );
  check(
    `${name} builder: the iframe snippet is withheld for pasted data, with the reason`,
    withPasted.iframeOff && withPasted.reason.includes('JSON'),
    withPasted.reason,
  );
  await page.close();
}

// --- 4. Quick exit from a cross-origin frame --------------------------------------------------------

/** The top page's address, read in the page (puppeteer's own record lags in Firefox); '' while it is between pages. */
const topAddress = (page) => page.evaluate(() => location.href).catch(() => page.url());

/** Waits until the top page's address passes `test`; false after `ms`. */
async function topReaches(page, test, ms = 8000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (test(await topAddress(page))) return true;
  return false;
}

/**
 * A partner's page on this origin holding the banner's embed.html from the other origin, with
 * the partner-side script (hf-embed-resize.js) or without it; `frameAttributes` are added to the iframe.
 */
function partnerPage(exitUrl, {resizeScript = true, ownMarkup = '', frameAttributes = ''} = {}) {
  const embed = `${otherOrigin}/hf-widgets/embed.html?element=hf-hotline-banner&lang=en&quick-exit&exit-url=${encodeURIComponent(exitUrl)}`;
  return pastePage(
    `<h1>A partner's page</h1>\n<iframe data-hf-embed${frameAttributes} src="${embed}" title="Hotline numbers" style="width:100%;height:600px;border:0"></iframe>` +
      (resizeScript ? '\n<script src="/hf-widgets/hf-embed-resize.js"></script>' : '') +
      ownMarkup,
  );
}

/** Opens `url` after an earlier page (so that Back has somewhere to go); returns the page, the earlier address and the frame. */
async function openPartnerPage(browser, url) {
  const {page} = await open(browser, pastePage('<p>An earlier page.</p>'));
  const earlier = page.url();
  await page.goto(url, {waitUntil: 'load'});
  const frame = await childFrame(page, 'localhost');
  await renderedWidgets(frame);
  return {page, earlier, frame};
}

async function checkCrossOriginExit(browser, name) {
  // The exit page is on the frame's site: a frame from another origin knows of the partner's
  // page only its site (the referrer's origin), so it takes no address there as "another page".
  const exitUrl = `${otherOrigin}/left.html`;
  const hostPage = partnerPage(exitUrl);
  const triggers = [
    'the exit control',
    'Shift pressed 3 times after a click in the frame',
    'Shift pressed 3 times 6.5 s after the last click',
    'Shift pressed 3 times after reaching the frame by Tab only',
  ];
  for (const trigger of triggers) {
    const {page, earlier, frame} = await openPartnerPage(browser, hostPage);
    const inBanner = (part) =>
      frame.evaluateHandle((wanted) => document.querySelector('hf-hotline-banner').shadowRoot.querySelector(`[part="${wanted}"]`), part);
    if (trigger === 'the exit control') {
      const target = await frame.evaluate(() =>
        document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]').getAttribute('target'),
      );
      check(`${name} cross-origin frame: the exit link itself leaves the whole tab (target="_top")`, target === '_top', String(target));
      await (await inBanner('exit')).click();
    } else {
      if (trigger.includes('Tab')) {
        // Focus moves into the frame from the partner's page by the keyboard alone.
        for (let presses = 0; presses < 20 && !(await frame.evaluate(() => document.hasFocus())); presses++)
          await page.keyboard.press('Tab');
      } else {
        // The reader clicks into the frame's text.
        await (await inBanner('intro')).click();
        // Firefox lets a frame navigate the whole tab only within 5 s of the reader's last click.
        if (trigger.includes('6.5 s')) await sleep(6500);
      }
      for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
    }
    const left = await topReaches(page, (url) => url === exitUrl);
    check(`${name} cross-origin frame: ${trigger} takes the whole tab to the exit URL`, left, await topAddress(page));
    if (left) {
      // Back, as the reader's button does it.
      await page.goBack({timeout: 5000}).catch(() => {});
      const back = await topReaches(page, (url) => url === earlier, 5000);
      check(`${name} cross-origin frame: after ${trigger}, Back skips the partner's page`, back, await topAddress(page));
    }
    await page.close();
  }

  // A slow exit address: until it has loaded, the partner's page stays hidden whatever its own
  // styles and scripts do (an element styled `visibility: visible`, a title put back, a modal
  // dialog opened after the exit). The page's own script reports what it sees 1.2 s into the
  // exit: Chromium lets no test script into a page whose navigation has started.
  {
    const slowExit = `${otherOrigin}/left.html?ms=4000`;
    const reportId = `slow-exit-${name}`;
    const hostile = partnerPage(slowExit, {
      ownMarkup: `
<style>.promo{visibility:visible;position:fixed;inset:auto 0 0 0;block-size:150px;background:red;font-size:40px}</style>
<div class="promo">A partner's promotion</div>
<dialog id="later">A dialog opened after the exit</dialog>
<div id="pop" popover="manual">A popover opened after the exit</div>
<script>
  new MutationObserver(() => {
    if (document.documentElement.style.visibility !== 'hidden' || window.exitSeen) return;
    window.exitSeen = true;
    setInterval(() => { if (document.title !== 'Partner title') document.title = 'Partner title'; }, 50);
    setTimeout(() => document.getElementById('later').showModal(), 300);
    setTimeout(() => { try { document.getElementById('pop').showPopover(); } catch {} }, 400);
    setTimeout(() => {
      const promo = document.querySelector('.promo').getBoundingClientRect();
      const onTop = document.elementFromPoint(promo.left + promo.width / 2, promo.top + promo.height / 2);
      const seen = {
        title: document.title,
        dialog: document.getElementById('later').open,
        popover: document.getElementById('pop').matches(':popover-open'),
        covered: Boolean(onTop && onTop.matches(':popover-open')) && getComputedStyle(onTop).backgroundColor !== 'rgba(0, 0, 0, 0)',
        onTop: onTop ? onTop.localName + '.' + onTop.className : null,
      };
      fetch('/report?id=${reportId}', {method: 'POST', body: JSON.stringify(seen), keepalive: true});
    }, 1200);
  }).observe(document.documentElement, {attributes: true});
</script>`,
    });
    const {page, frame} = await openPartnerPage(browser, hostile);
    await (await frame.evaluateHandle(() => document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]'))).click();
    for (const end = Date.now() + 6000; !reports.has(reportId) && Date.now() < end;) await sleep(100);
    const seen = reports.get(reportId);
    check(
      `${name} hf-embed-resize.js, slow exit address: while it loads, the partner's page stays covered (a visibility:visible element too), its title blank, a dialog and a popover opened after the exit closed`,
      seen?.title === '' && seen.dialog === false && seen.popover === false && seen.covered,
      JSON.stringify(seen ?? 'no report from the page'),
    );
    check(
      `${name} hf-embed-resize.js, slow exit address: the tab then reaches it`,
      await topReaches(page, (url) => url === slowExit, 10000),
    );
    await page.close();
  }

  // The partner's page itself is no exit address, in any spelling: neither the frame nor the
  // partner-side script sends the reader back to it.
  {
    const partner = partnerPage('placeholder');
    const exitToPartner = partnerPage(partner);
    const {page, frame} = await openPartnerPage(browser, exitToPartner);
    const href = await frame.evaluate(() =>
      document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]').getAttribute('href'),
    );
    check(
      `${name} cross-origin frame: an exit-url on the partner's page is refused in the frame (the default instead)`,
      href === DEFAULT_EXIT_URL,
      String(href),
    );
    await page.close();
    for (const spelling of [exitToPartner, exitToPartner.replace('.html', '.HTML'), exitToPartner.replace(/\/(?=pasted)/, '//')]) {
      const {page: host, frame: framed} = await openPartnerPage(browser, exitToPartner);
      const loadsBefore = pastedLoads.get(new URL(exitToPartner).pathname);
      // A message as a frame that did not know the partner's address would send it.
      await framed.evaluate((url) => parent.postMessage({type: 'hf-embed-exit', url}, '*'), spelling);
      const leftPartner = await topReaches(host, (url) => url !== exitToPartner && url !== '', 5000);
      await sleep(500);
      check(
        `${name} hf-embed-resize.js: the partner's page in another spelling (${spelling.slice(origin.length)}) is refused as exit address: the tab leaves for the default, not back to the page`,
        leftPartner && pastedLoads.get(new URL(exitToPartner).pathname) === loadsBefore,
        `${await topAddress(host)}, ${pastedLoads.get(new URL(exitToPartner).pathname) - loadsBefore} reloads`,
      );
      await host.close();
    }
  }

  // Without the partner-side script, a click still takes the whole tab (the frame navigates the top).
  {
    const {page} = await openPartnerPage(browser, partnerPage(exitUrl, {resizeScript: false}));
    const frame = await childFrame(page, 'localhost');
    await (await frame.evaluateHandle(() => document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]'))).click();
    check(
      `${name} cross-origin frame without hf-embed-resize.js: the exit control still takes the whole tab`,
      await topReaches(page, (url) => url === exitUrl),
      await topAddress(page),
    );
    await page.close();
  }
}

// --- The builder refuses an exit address on the partner's own site ----------------------------------

async function checkBuilderExitAddress(browser, name) {
  const {page, errors} = await open(browser, `${origin}/hf-widgets/builder/`);
  await page.waitForSelector('body.ready', {timeout: 10000});
  await page.click('#element-hf-hotline-banner');
  const snippetsFor = async (address) => {
    await page.$eval('#option-exit-url', (field) => (field.value = ''));
    await page.type('#option-exit-url', address);
    await sleep(300);
    return page.evaluate(() => ({
      script: document.querySelector('#snippet-script').value,
      problem: document.querySelector('#option-exit-url-problem').textContent,
      invalid: document.querySelector('#option-exit-url').getAttribute('aria-invalid'),
    }));
  };
  // The page the snippet goes on is somewhere on this site; the builder cannot tell which.
  for (const address of [`${origin}/help`, `${origin}/hf-widgets/builder/`, `${origin.toUpperCase()}/hf-widgets/embed.html`]) {
    const result = await snippetsFor(address);
    check(
      `${name} builder: an exit address on the partner's own site (${address.slice(origin.length) || '/'}) is refused, with the reason beside the field`,
      !result.script.includes(`exit-url=`) &&
        result.script.includes(`href="${DEFAULT_EXIT_URL}"`) &&
        result.problem !== '' &&
        result.invalid === 'true',
      JSON.stringify({...result, script: result.script.slice(0, 300)}),
    );
  }
  const elsewhere = await snippetsFor('https://example.org/weather');
  check(
    `${name} builder: an exit address on another site goes into the snippet and its fallback link`,
    elsewhere.script.includes('exit-url="https://example.org/weather"') &&
      elsewhere.script.includes('href="https://example.org/weather"') &&
      elsewhere.problem === '' &&
      elsewhere.invalid === 'false',
    elsewhere.script.slice(0, 300),
  );
  check(`${name} builder exit address: no console error`, errors.length === 0, errors.join(' | '));
  await page.close();
}

// --- The iframe page on its own: only known attributes, safe data addresses, strict CSP ---------

async function checkEmbedPage(browser, name) {
  const hostile = `${origin}/hf-widgets/embed.html?element=hf-hotline-banner&lang=sr-Latn&onclick=alert(1)&variant=huge&quick-exit&src=${encodeURIComponent('http://example.invalid/action.json')}`;
  const {page, errors} = await open(browser, 'about:blank');
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(event.violatedDirective));
  });
  await page.goto(hostile, {waitUntil: 'load'});
  const [banner] = await renderedWidgets(page.mainFrame());
  const applied = await page.evaluate(() => {
    const element = document.querySelector('hf-hotline-banner');
    return {
      attributes: element.getAttributeNames().sort().join(),
      variant: element.variant,
      src: element.src,
      lang: document.documentElement.lang,
      fallbackTel: element.querySelectorAll('a[href^="tel:"]').length,
      violations: window.__violations,
    };
  });
  check(
    `${name} embed.html: unknown attributes, wrong values and a plain-http src elsewhere are not applied`,
    !/onclick|src/.test(applied.attributes) &&
      applied.variant === 'full' &&
      applied.src === undefined &&
      !banner.error &&
      applied.lang === 'sr-Latn',
    JSON.stringify(applied),
  );
  check(`${name} embed.html: the default data's fallback is inside the element, for when it fails`, applied.fallbackTel > 0);
  check(`${name} embed.html: no CSP violation`, applied.violations.length === 0, applied.violations.join());
  check(`${name} embed.html: only the ignored-attribute warning, no console error`, errors.length === 0, errors.join(' | '));
  await page.goto(`${origin}/hf-widgets/embed.html?element=script`, {waitUntil: 'load'});
  // The page's script runs once the bundle has loaded its elements, which may be after `load`.
  await page.waitForFunction(() => document.querySelector('[role="alert"]'), {timeout: 10000}).catch(() => undefined);
  const problem = await page.evaluate(() => ({
    alert: document.querySelector('[role="alert"]')?.textContent ?? '',
    scripts: document.querySelectorAll('body script').length,
  }));
  check(
    `${name} embed.html: an element that is not a widget is refused, with a message`,
    problem.alert.includes('names no widget') && problem.scripts === 0,
    JSON.stringify(problem),
  );
  await page.close();
  const noscript = text('embed.html');
  check(
    `${name} embed.html: its no-script fallback has the numbers and an exit link that leaves the whole tab`,
    /<noscript>[^]*href="tel:[^]*target="_top"[^]*<\/noscript>/.test(noscript),
  );
}

// --- 5. The guides' snippets ------------------------------------------------------------------------

async function guideSnippets() {
  const files = [
    'README.md',
    ...(await readdir(join(projectRoot, 'docs'))).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  ];
  const snippets = [];
  for (const file of files) {
    const markdown = await readFile(join(projectRoot, file), 'utf8');
    for (const match of markdown.matchAll(/```html\n([^]*?)```/g))
      snippets.push({file, line: markdown.slice(0, match.index).split('\n').length, html: match[1]});
  }
  return snippets;
}

async function checkGuideSnippets(browser, name, snippets) {
  for (const snippet of snippets) {
    const label = `${name} ${snippet.file}:${snippet.line}`;
    // Guides put the folder from the zip at /hf-widgets/ on the site, as docs/embedding.md says.
    const {page, errors} = await open(browser, pastePage(snippet.html));
    try {
      // A snippet holds widgets, an iframe with one, or both. One without a script or an iframe is
      // an app's markup (the app imports the element's module): its fallback is checked, not its rendering.
      const pastable = /<script|<iframe/.test(snippet.html);
      if (pastable && (await page.$(widgetTags))) {
        const widgets = await renderedWidgets(page.mainFrame());
        check(
          `${label}: the snippet renders ${widgets.map((widget) => widget.tag).join(', ')}`,
          widgets.every((widget) => !widget.error),
        );
      }
      const framed = await page.$('iframe[data-hf-embed]');
      if (framed) {
        const [inFrame] = await renderedWidgets(await childFrame(page, 'embed.html'));
        check(`${label}: its iframe renders`, inFrame && !inFrame.error);
      }
    } catch (error) {
      check(`${label}: the snippet renders`, false, error.message);
    }
    const fallbacks = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((el) => ({
          tag: el.localName,
          children: el.children.length,
          tel: el.querySelectorAll('a[href^="tel:"]').length,
          exit: !el.hasAttribute('quick-exit') || [...el.querySelectorAll('a')].some((a) => !a.href.startsWith('tel:')),
        })),
      widgetTags,
    );
    const framedFallback = await page.evaluate(() =>
      [...document.querySelectorAll('iframe[data-hf-embed]')].every((frame) =>
        frame.nextElementSibling?.hasAttribute('data-hf-embed-fallback'),
      ),
    );
    check(
      `${label}: every widget carries fallback content (the banner: tel: links and an exit link)`,
      fallbacks.every((el) => el.children > 0 && (el.tag !== 'hf-hotline-banner' || (el.tel > 0 && el.exit))) &&
        framedFallback &&
        !says(snippet.html),
      JSON.stringify(fallbacks),
    );
    check(`${label}: no console error`, errors.length === 0, errors.join(' | '));
    await page.close();
  }
}

// --- Data origins of embed.html (issue 18): this site only, unless embed/config.json lists others -
// (kept apart from the other embed checks: the `data` helper's block)

async function checkEmbedDataOrigins(browser, name) {
  const shipped = released.get('embed/config.json');
  check(
    `${name} embed/config.json ships listing no other origin`,
    JSON.stringify(JSON.parse(shipped?.toString('utf8') ?? 'null')?.allowedDataOrigins) === '[]',
  );
  const embedWith = (src) => `${origin}/hf-widgets/embed.html?element=hf-hotline-banner&lang=en&src=${encodeURIComponent(src)}`;
  /** The banner's `src` once the frame has decided, and what it warned. */
  async function srcApplied(src) {
    const {page} = await open(browser, 'about:blank');
    const warnings = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    await page.goto(embedWith(src), {waitUntil: 'load'});
    await page.waitForFunction(() => document.querySelector('hf-hotline-banner') || document.querySelector('[role="alert"]'), {
      timeout: 15000,
    });
    const applied = await page.evaluate(() => document.querySelector('hf-hotline-banner')?.getAttribute('src') ?? null);
    await page.close();
    return {applied, warnings: warnings.join(' | ')};
  }
  const elsewhere = 'https://numbers.example.net/action.json';
  const sameSite = `${origin}/hf-widgets/action.json`;
  try {
    let result = await srcApplied(elsewhere);
    check(
      `${name} embed.html: an https src elsewhere is refused by default`,
      result.applied === null && /config\.json/.test(result.warnings),
      JSON.stringify(result),
    );
    result = await srcApplied(`//numbers.example.net/action.json`);
    check(`${name} embed.html: a protocol-relative src elsewhere is refused`, result.applied === null, JSON.stringify(result));
    result = await srcApplied(sameSite);
    check(`${name} embed.html: a src on the same site is applied`, result.applied === sameSite, JSON.stringify(result));

    released.set('embed/config.json', Buffer.from(JSON.stringify({allowedDataOrigins: ['https://numbers.example.net']})));
    result = await srcApplied(elsewhere);
    check(`${name} embed.html: an origin listed in embed/config.json is applied`, result.applied === elsewhere, JSON.stringify(result));
    result = await srcApplied('https://numbers.example.net.evil.test/action.json');
    check(`${name} embed.html: a look-alike of a listed origin is refused`, result.applied === null, JSON.stringify(result));
    result = await srcApplied('http://numbers.example.net/action.json');
    check(`${name} embed.html: the listed host over plain http is refused`, result.applied === null, JSON.stringify(result));

    released.set(
      'embed/config.json',
      Buffer.from(JSON.stringify({allowedDataOrigins: ['*', 'https://numbers.example.net/data/', 'numbers.example.net']})),
    );
    result = await srcApplied(elsewhere);
    check(
      `${name} embed.html: wildcards, paths and bare hosts in the config allow nothing`,
      result.applied === null && /allowedDataOrigins/.test(result.warnings),
      JSON.stringify(result),
    );

    released.set('embed/config.json', Buffer.from('{"allowedDataOrigins": ["https://numbers.example.net"'));
    result = await srcApplied(elsewhere);
    check(
      `${name} embed.html: a broken config means this site only`,
      result.applied === null && /could not be read/.test(result.warnings),
      JSON.stringify(result),
    );

    released.delete('embed/config.json');
    result = await srcApplied(elsewhere);
    check(`${name} embed.html: no config means this site only`, result.applied === null, JSON.stringify(result));
    result = await srcApplied(sameSite);
    check(`${name} embed.html: no config still applies a src on the same site`, result.applied === sameSite, JSON.stringify(result));
  } finally {
    if (shipped) released.set('embed/config.json', shipped);
  }
}

// --- Exit addresses of embed.html: this site, an origin listed in embed/config.json, or the default
// (kept apart from the other embed checks: the `embedexit` helper's block)

/**
 * A crafted link to embed.html must not choose where a fleeing reader goes: the page holding the
 * frame (hf-embed-resize.js) leaves for whatever address the frame's exit message carries. Each
 * case opens a partner's page on this origin with the banner's embed.html from the other origin,
 * in a frame that may not navigate the tab (so the test page stays), presses the exit control
 * and reads the exit message the partner's page received.
 */
async function checkEmbedExitOrigins(browser, name) {
  const shipped = released.get('embed/config.json');
  check(
    `${name} embed/config.json ships listing no exit origin`,
    JSON.stringify(JSON.parse(shipped?.toString('utf8') ?? 'null')?.allowedExitOrigins) === '[]',
  );
  /** Where the frame's exit goes for `exitUrl`, what the frame warned, and whether it read the config. */
  async function exitFor(exitUrl) {
    // The partner's page records the exit messages; the sandbox keeps the frame from taking the tab.
    const host = partnerPage(exitUrl, {
      resizeScript: false,
      frameAttributes: ' sandbox="allow-scripts allow-same-origin"',
      ownMarkup: `\n<script>window.exits = []; addEventListener('message', (event) => event.data?.type === 'hf-embed-exit' && exits.push(event.data.url));</script>`,
    });
    const {page, errors} = await open(browser, 'about:blank');
    const warnings = [];
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    try {
      await page.goto(host, {waitUntil: 'load'});
      const frame = await childFrame(page, 'localhost');
      await renderedWidgets(frame);
      const inFrame = await frame.evaluate(() => {
        const banner = document.querySelector('hf-hotline-banner');
        return {
          attribute: banner.getAttribute('exit-url'),
          href: banner.shadowRoot.querySelector('[part="exit"]').getAttribute('href'),
          configReads: performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('/embed/config.json')).length,
        };
      });
      await (
        await frame.evaluateHandle(() => document.querySelector('hf-hotline-banner').shadowRoot.querySelector('[part="exit"]'))
      ).click();
      // The frame posts its exit message first, then (refused the tab) leaves itself.
      await page.waitForFunction(() => window.exits.length > 0, {timeout: 8000}).catch(() => {});
      const sent = await page.evaluate(() => window.exits);
      return {...inFrame, sent, warnings: warnings.join(' | '), errors: errors.join(' | ')};
    } finally {
      await page.close();
    }
  }
  /** The exit went to `expected`: the link, the message the partner's page carries out, and the attribute agree. */
  const wentTo = (result, expected) =>
    result.href === expected && result.sent.length > 0 && result.sent.every((url) => url === expected) && result.errors === '';

  // A third site, as in the red team's link: the banner itself would take it.
  const tracker = 'https://tracker.example/?id=victim-42';
  const frameSite = `${otherOrigin}/left.html`;
  const listedSite = 'https://exit.example.net/weather';
  try {
    let result = await exitFor(tracker);
    check(
      `${name} embed.html: a crafted exit-url on another origin is ignored, with a warning; the exit goes to the default address`,
      wentTo(result, DEFAULT_EXIT_URL) &&
        result.attribute === null &&
        /exit-url/.test(result.warnings) &&
        /allowedExitOrigins/.test(result.warnings),
      JSON.stringify(result),
    );
    result = await exitFor(frameSite);
    check(
      `${name} embed.html: an exit-url on embed.html's own origin is used, without reading embed/config.json`,
      wentTo(result, frameSite) && result.configReads === 0,
      JSON.stringify(result),
    );
    result = await exitFor(DEFAULT_EXIT_URL);
    check(
      `${name} embed.html: the library's default exit address is used, without reading embed/config.json`,
      wentTo(result, DEFAULT_EXIT_URL) &&
        result.attribute === DEFAULT_EXIT_URL &&
        result.configReads === 0 &&
        !/exit-url/.test(result.warnings),
      JSON.stringify(result),
    );
    result = await exitFor(listedSite);
    check(`${name} embed.html: an exit-url on an origin not listed is ignored`, wentTo(result, DEFAULT_EXIT_URL), JSON.stringify(result));

    released.set(
      'embed/config.json',
      Buffer.from(JSON.stringify({allowedDataOrigins: [], allowedExitOrigins: ['https://exit.example.net']})),
    );
    result = await exitFor(listedSite);
    check(
      `${name} embed.html: an exit-url on an origin listed under allowedExitOrigins in embed/config.json is used`,
      wentTo(result, listedSite) && result.attribute === listedSite && result.configReads === 1,
      JSON.stringify(result),
    );
    result = await exitFor('https://exit.example.net.evil.test/weather');
    check(`${name} embed.html: a look-alike of a listed exit origin is ignored`, wentTo(result, DEFAULT_EXIT_URL), JSON.stringify(result));
    result = await exitFor('http://exit.example.net/weather');
    check(`${name} embed.html: the listed exit host over plain http is ignored`, wentTo(result, DEFAULT_EXIT_URL), JSON.stringify(result));

    released.set('embed/config.json', Buffer.from(JSON.stringify({allowedDataOrigins: ['https://exit.example.net']})));
    result = await exitFor(listedSite);
    check(
      `${name} embed.html: an origin listed for data only is no exit origin`,
      wentTo(result, DEFAULT_EXIT_URL) && /allowedExitOrigins must be a list/.test(result.warnings),
      JSON.stringify(result),
    );

    released.set(
      'embed/config.json',
      Buffer.from(JSON.stringify({allowedExitOrigins: ['*', 'https://exit.example.net/weather', 'exit.example.net']})),
    );
    result = await exitFor(listedSite);
    check(
      `${name} embed.html: wildcards, paths and bare hosts under allowedExitOrigins allow nothing, with a warning; the exit goes to the default`,
      wentTo(result, DEFAULT_EXIT_URL) && /allowedExitOrigins must be a list/.test(result.warnings),
      JSON.stringify(result),
    );

    released.set('embed/config.json', Buffer.from('{"allowedExitOrigins": ["https://exit.example.net"'));
    result = await exitFor(listedSite);
    check(
      `${name} embed.html: a broken embed/config.json gives a warning and the default exit address`,
      wentTo(result, DEFAULT_EXIT_URL) && /config\.json could not be read/.test(result.warnings),
      JSON.stringify(result),
    );

    released.delete('embed/config.json');
    result = await exitFor(listedSite);
    check(
      `${name} embed.html: without embed/config.json an exit-url elsewhere is ignored`,
      wentTo(result, DEFAULT_EXIT_URL),
      JSON.stringify(result),
    );
  } finally {
    if (shipped) released.set('embed/config.json', shipped);
  }
}

/** The builder tells the editor that an exit address on another site needs a line in embed/config.json. */
async function checkBuilderExitNote(browser, name) {
  const {page, errors} = await open(browser, `${origin}/hf-widgets/builder/`);
  await page.waitForSelector('body.ready', {timeout: 10000});
  await page.click('#element-hf-hotline-banner');
  const noteFor = async (address) => {
    await page.$eval('#option-exit-url', (field) => (field.value = ''));
    if (address) await page.type('#option-exit-url', address);
    else await page.$eval('#option-exit-url', (field) => field.dispatchEvent(new Event('input')));
    await sleep(300);
    return page.evaluate(() => ({
      shown: !document.querySelector('#iframe-exit-note').hidden,
      text: document.querySelector('#iframe-exit-text').textContent,
      line: document.querySelector('#iframe-exit-line').textContent,
      describes: document.querySelector('#snippet-iframe').getAttribute('aria-describedby'),
    }));
  };
  let note = await noteFor('https://news.example.org/weather?city=1');
  check(
    `${name} builder: an exit address on another site says that embed/config.json must list its origin, and shows the line`,
    note.shown &&
      note.text.includes('https://news.example.org') &&
      note.text.includes('embed/config.json') &&
      note.line === '"allowedExitOrigins": ["https://news.example.org"]' &&
      note.describes.includes('iframe-exit-note'),
    JSON.stringify(note),
  );
  note = await noteFor('http://news.example.org/weather');
  check(
    `${name} builder: an http exit address on another site is said to need https (no line to add)`,
    note.shown && note.text.includes('https://') && note.line === '',
    JSON.stringify(note),
  );
  note = await noteFor('');
  check(`${name} builder: no exit address, no note`, !note.shown, JSON.stringify(note));
  await page.select('#ui-language', 'sr-Cyrl');
  note = await noteFor('https://news.example.org/weather');
  check(
    `${name} builder: the note in Serbian Cyrillic`,
    note.shown && /embed\/config\.json/.test(note.text) && /[\u0400-\u04FF]/.test(note.text) && note.line.includes('allowedExitOrigins'),
    JSON.stringify(note),
  );
  check(`${name} builder exit note: no console error`, errors.length === 0, errors.join(' | '));
  await page.close();
}

// --- Run -----------------------------------------------------------------------------------------

const browsers = await puppeteerBrowsers();
const snippets = await guideSnippets();
try {
  for (const {name, launch} of browsers) {
    console.log(`${name}:`);
    const browser = await launch();
    try {
      // EMBED_PARTS=checkCrossOriginExit,checkBuilder runs only those parts (the zip is always checked).
      const wantedParts = process.env.EMBED_PARTS?.split(',');
      for (const part of [
        checkExamplePage,
        checkEmbedPage,
        checkEmbedDataOrigins,
        checkEmbedExitOrigins,
        checkBuilderExitNote,
        checkBuilder,
        checkCrossOriginExit,
        checkBuilderExitAddress,
        function checkGuides(b, n) {
          return checkGuideSnippets(b, n, snippets);
        },
      ].filter((candidate) => !wantedParts || wantedParts.includes(candidate.name))) {
        try {
          await part(browser, name);
        } catch (error) {
          check(`${name} ${part.name}: runs to the end`, false, error.message);
        }
      }
    } finally {
      await browser.close();
    }
  }
} finally {
  server.close();
}
finish('embed');
