// The server-side rendering example of docs/frameworks.md (examples/ssr/), as an app would use
// it: copied out of the unpacked tarball, next to it, built with Vite (a client build and an SSR
// build), served by its own Node server. Checks what the server sends (the element with its
// fallback links and the document inline) and that Chromium and Firefox upgrade it.
// Prints "N passed, N failed". Needs `npm run build` first.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, readdirSync, readFileSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {puppeteerBrowsers} from './browsers.mjs';
import {createChecks} from './lib/checks.mjs';
import {packedPackage, packedRoot, unpackPackage} from './lib/packed-package.mjs';

const {check, finish} = createChecks();
unpackPackage();
const app = join(packedRoot, 'ssr');
// The example as the package ships it (files in package.json), not the repository's copy.
cpSync(join(packedPackage, 'examples/ssr'), app, {recursive: true});
const vite = resolve('node_modules/vite/bin/vite.js');
for (const args of [
  ['build', '--outDir', 'dist/client'],
  ['build', '--ssr', 'entry-server.mjs', '--outDir', 'dist/server'],
]) {
  execFileSync(process.execPath, [vite, ...args, '--logLevel', 'warn'], {cwd: app, stdio: 'inherit'});
}
const clientCode = readdirSync(join(app, 'dist/client/assets')).map((file) => readFileSync(join(app, 'dist/client/assets', file), 'utf8'));
check(
  'the client build carries the element',
  clientCode.some((code) => code.includes('hf-hotline-banner')),
);

const port = 8470 + (process.pid % 20);
const server = spawn(process.execPath, ['server.mjs'], {
  cwd: app,
  env: {...process.env, PORT: String(port)},
  stdio: ['ignore', 'pipe', 'inherit'],
});
try {
  await new Promise((started, failed) => {
    server.stdout.once('data', started);
    server.once('exit', (code) => failed(new Error(`the example's server exited with ${code}`)));
  });
  const url = `http://127.0.0.1:${port}/`;
  const html = await (await fetch(url)).text();
  const banner = html.match(/<hf-hotline-banner[\s\S]*<\/hf-hotline-banner>/)?.[0] ?? '';
  check(
    'the server sends the banner with its fallback numbers and exit link',
    banner.includes('<a href="tel:+381117850000">011 785 0000</a>') &&
      banner.includes('<a href="tel:116111">116 111</a>') &&
      banner.includes('href="https://www.google.com/webhp"'),
    banner.slice(0, 300),
  );
  check(
    'the server sends the document inline, with no "<" that could close its script',
    /<script type="application\/json">[^<]+<\/script>/.test(banner),
  );
  for (const {name, launch} of await puppeteerBrowsers()) {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(url);
      const shown = await page
        .waitForFunction(
          () => {
            const root = document.querySelector('hf-hotline-banner')?.shadowRoot;
            return [...(root?.querySelectorAll('a[href^="tel:"]') ?? [])].map((link) => link.getAttribute('href')).join(' ');
          },
          {timeout: 30000},
        )
        .then((handle) => handle.jsonValue())
        .catch((error) => String(error));
      check(
        `${name}: the served banner upgrades and shows its numbers`,
        shown === 'tel:+381117850000 tel:116111' && errors.length === 0,
        `${shown} ${errors.join('; ')}`,
      );
    } finally {
      await browser.close();
    }
  }
} catch (error) {
  check('the example serves its page', false, String(error));
} finally {
  server.kill();
}
finish('server-side rendering example');
