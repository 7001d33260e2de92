// Screenshots of the demo page in each language, narrow (360 px) and wide (1280 px), into
// screenshots/ (ignored by git) for a person to look at. Needs `npm run build` first.
// Usage: node scripts/screenshot-demo.mjs [path=/]
import {mkdir} from 'node:fs/promises';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from './browsers.mjs';
import {startServer} from './serve.mjs';

const path = process.argv[2] ?? '/';
const server = await startServer(0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath(), args: chromiumArgs});
await mkdir('screenshots', {recursive: true});
const problems = [];
try {
  for (const lang of ['en', 'sr-Cyrl', 'sr-Latn', 'hu', 'sk', 'ro', 'hr', 'sq']) {
    for (const width of [360, 1280]) {
      for (const scheme of width === 1280 ? ['light', 'dark'] : ['light']) {
        const page = await browser.newPage({viewport: {width, height: 900}, colorScheme: scheme});
        page.on('console', (message) => message.type() === 'error' && problems.push(`${lang} ${width}: ${message.text()}`));
        page.on('pageerror', (error) => problems.push(`${lang} ${width}: ${error.message}`));
        await page.goto(`${origin}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
        await page.waitForFunction(() =>
          [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('hf-')).every((el) => el.shadowRoot),
        );
        await page.waitForTimeout(300);
        const name = `screenshots/${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'demo'}-${lang}-${width}-${scheme}.png`;
        await page.screenshot({path: name, fullPage: true});
        // The first screen alone, at the size a phone shows it.
        if (width === 360) await page.screenshot({path: name.replace('.png', '-first-screen.png')});
        console.log(name);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
