// The Astro and Next.js examples of docs/frameworks.md (examples/astro/, examples/next/), built
// the way a developer builds them: the package is packed, each example is copied to a temporary
// folder and installed from the npm registry with the tarball, built with its framework, and served
// with its own `npm start`. Checks that the packed guide shows every file of each example as it is,
// that Node imports the elements in the installed app and exits, that the server's HTML carries
// the fallback numbers, exit link and card title and the card's document inline, and that Chromium
// and Firefox upgrade both elements (the card from its inline document) without a console error.
//
// Not part of `npm test`: it downloads several hundred MB from the registry and takes minutes
// (`npm run test:frameworks`). Needs `npm run build` first and network access to the registry.
// FRAMEWORKS=astro (or next) checks one app; FRAMEWORKS_PORT sets the first of the two ports it
// serves on; HF_KEEP=1 keeps the temporary folder.
// Prints "N passed, N failed".
import {execFileSync, spawn, spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {puppeteerBrowsers} from './browsers.mjs';
import {createChecks} from './lib/checks.mjs';

const apps = [
  {
    name: 'astro',
    files: ['astro.config.mjs', 'src/pages/index.astro'],
    env: {ASTRO_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1'},
  },
  {
    name: 'next',
    files: ['app/hf-widgets.tsx', 'app/layout.tsx', 'app/page.tsx'],
    env: {NEXT_TELEMETRY_DISABLED: '1'},
  },
];
const chosenApps = process.env.FRAMEWORKS ? apps.filter((app) => process.env.FRAMEWORKS.split(',').includes(app.name)) : apps;
if (chosenApps.length === 0)
  throw new Error(`FRAMEWORKS=${process.env.FRAMEWORKS} names none of: ${apps.map((app) => app.name).join(', ')}`);
const SERVER_START_LIMIT_MS = 60000;
const IMPORT_TIME_LIMIT_MS = 20000;
const firstPort = Number(process.env.FRAMEWORKS_PORT ?? 8480 + (process.pid % 10) * 2);

const {check, finish} = createChecks();
const work = mkdtempSync(join(tmpdir(), 'hf-frameworks-'));
const started = Date.now();
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

// The package as the registry would hand it out, and its guide as a developer reads it.
const [report] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {encoding: 'utf8'}));
const tarball = join(work, report.filename);
const packed = join(work, 'package');
mkdirSync(packed);
execFileSync('tar', ['-xzf', tarball, '-C', packed, '--strip-components=1']);
const guide = readFileSync(join(packed, 'docs/frameworks.md'), 'utf8');

/** Runs `npm <args>` in the app's folder, printing its output only when it fails. */
function npm(app, args, env) {
  const run = spawnSync('npm', args, {cwd: app, env: {...process.env, ...env}, encoding: 'utf8'});
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`.slice(-3000));
}

/** Polls the URL until the server answers; rejects when the server exits or the time is up. */
async function waitForServer(url, server) {
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  let exited = false;
  server.once('exit', () => (exited = true));
  while (Date.now() < deadline && !exited) {
    try {
      const response = await fetch(url);
      if (response.ok) return response.text();
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 500));
  }
  throw new Error(exited ? 'the server exited' : `no answer after ${SERVER_START_LIMIT_MS} ms`);
}

/** What the upgraded elements show (the banner's tel: links, the start of the card's text) and where they took their documents from. */
function readUpgradedElements() {
  const banner = document.querySelector('hf-hotline-banner')?.shadowRoot;
  const card = document.querySelector('hf-action-card')?.shadowRoot;
  const numbers = [...(banner?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href')).join(' ');
  const cardText = (card?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const loads = window.hfLoads.toSorted().join(', ');
  return numbers && cardText && loads ? {numbers, cardTitle: cardText.slice(0, 47), loads} : false;
}

async function checkInBrowsers(name, url) {
  for (const {name: browserName, launch} of await puppeteerBrowsers()) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => {
        // A browser asks for /favicon.ico by itself; the examples have none.
        if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) errors.push(message.text());
      });
      // Where each element took its document from: the card must use the inline one.
      await page.evaluateOnNewDocument(() => {
        window.hfLoads = [];
        document.addEventListener('hf-load', (event) => window.hfLoads.push(`${event.target.localName} ${event.detail.source}`));
      });
      await page.goto(url);
      const shown = await page
        .waitForFunction(readUpgradedElements, {timeout: 30000})
        .then((handle) => handle.jsonValue())
        .catch((error) => ({error: String(error)}));
      check(
        `${name}, ${browserName}: the banner and the card (with its inline document) upgrade, without a console error`,
        shown.numbers === 'tel:+381117850000 tel:116111' &&
          shown.cardTitle === 'Strengthening anti-trafficking action in Serbia' &&
          shown.loads === 'hf-action-card inline, hf-hotline-banner default' &&
          errors.length === 0,
        `${JSON.stringify(shown)} ${errors.join('; ')}`,
      );
    } finally {
      await browser.close();
    }
  }
}

for (const [index, {name, files, env}] of chosenApps.entries()) {
  const source = join('examples', name);
  for (const file of files) {
    const text = readFileSync(join(source, file), 'utf8').trim();
    check(`${name}: docs/frameworks.md shows ${file} as it is`, guide.includes(text));
  }
  const app = join(work, name);
  cpSync(source, app, {recursive: true});
  const manifestPath = join(app, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.dependencies['hf-widgets'] = `file:${tarball}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  const port = firstPort + index;
  let server;
  try {
    let since = Date.now();
    npm(app, ['install', '--no-audit', '--no-fund'], env);
    console.log(`  … ${name}: npm install took ${seconds(since)}`);
    since = Date.now();
    npm(app, ['run', 'build'], env);
    console.log(`  … ${name}: npm run build took ${seconds(since)}`);

    const imported = spawnSync(
      process.execPath,
      ['-e', "import('hf-widgets/hf-hotline-banner.js').then(() => import('hf-widgets/hf-action-card.js'))"],
      {cwd: app, encoding: 'utf8', timeout: IMPORT_TIME_LIMIT_MS},
    );
    check(
      `${name}: Node imports the elements from the installed package and exits`,
      imported.status === 0 && !imported.error,
      imported.error ? String(imported.error) : imported.stderr,
    );

    // `npm start`, in its own process group so that the server it starts ends with it.
    server = spawn('npm', ['start'], {cwd: app, env: {...process.env, ...env, PORT: String(port)}, detached: true, stdio: 'ignore'});
    const url = `http://127.0.0.1:${port}/`;
    const html = await waitForServer(url, server);
    const banner = html.match(/<hf-hotline-banner[\s\S]*?<\/hf-hotline-banner>/)?.[0] ?? '';
    const card = html.match(/<hf-action-card[\s\S]*?<\/hf-action-card>/)?.[0] ?? '';
    check(
      `${name}: the server's HTML has the banner with its fallback numbers and exit link`,
      /^<hf-hotline-banner quick-exit(="[^"]*")? hotlines="astra,nadel">/.test(banner) &&
        banner.includes('<a href="tel:+381117850000">011 785 0000</a>') &&
        banner.includes('<a href="tel:116111">116 111</a>') &&
        /<a data-hf-exit(="[^"]*")? href="https:\/\/www\.google\.com\/webhp"/.test(banner),
      banner.slice(0, 400) || html.slice(0, 400),
    );
    check(
      `${name}: the server's HTML has the card with its fallback title and its document inline`,
      card.includes('<strong>Strengthening anti-trafficking action in Serbia</strong>') &&
        /<script type="application\/json">\{"id":"hf-serbia-anti-trafficking-2023",[^<]*<\/script>/.test(card),
      card.slice(0, 400) || html.slice(0, 400),
    );
    await checkInBrowsers(name, url);
  } catch (error) {
    check(`${name}: installs, builds and serves`, false, String(error.message ?? error));
  } finally {
    if (server) {
      try {
        process.kill(-server.pid);
      } catch {
        // already gone
      }
    }
  }
}

if (process.env.HF_KEEP) console.log(`  … kept ${work}`);
else rmSync(work, {recursive: true, force: true});
console.log(`  … ${seconds(started)} in all`);
finish('frameworks (Astro, Next.js)');
