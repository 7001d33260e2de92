// Where the test browsers live. Debian's packages put them on the PATH; CHROME_PATH and
// FIREFOX_PATH override. No browser is ever downloaded: see scripts/ensure-browsers.mjs.
import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim() || undefined;
  } catch {
    return undefined;
  }
}

function firstExisting(candidates) {
  return candidates.find((path) => path && existsSync(path));
}

export function chromiumPath() {
  return firstExisting([
    process.env.CHROME_PATH,
    onPath('chromium'),
    '/usr/bin/chromium',
    onPath('chromium-browser'),
    onPath('google-chrome'),
  ]);
}

export function firefoxPath() {
  return firstExisting([process.env.FIREFOX_PATH, onPath('firefox-esr'), '/usr/bin/firefox-esr', onPath('firefox')]);
}

/** Flags for Chromium here: root needs --no-sandbox; the closed network wants no background requests. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Both test browsers for puppeteer-core scripts: Debian's Chromium, and Firefox ESR over WebDriver BiDi. */
export async function puppeteerBrowsers() {
  const {default: puppeteer} = await import('puppeteer-core');
  return [
    {name: 'chromium', launch: () => puppeteer.launch({executablePath: chromiumPath(), args: chromiumArgs, headless: true})},
    {name: 'firefox', launch: () => puppeteer.launch({browser: 'firefox', executablePath: firefoxPath(), headless: true})},
  ];
}
