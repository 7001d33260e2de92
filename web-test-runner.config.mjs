// Tests run in Debian's Chromium and Firefox ESR (WebDriver BiDi through puppeteer-core).
import {chromeLauncher} from '@web/test-runner-chrome';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {a11ySnapshotPlugin} from '@web/test-runner-commands/plugins';
import * as puppeteer from 'puppeteer-core';
import {chromiumPath, chromiumArgs, firefoxPath} from './scripts/browsers.mjs';
import {faultyDataHost} from './test/server/faulty-data-host.mjs';
import {versionDefine} from './scripts/lib/version-define.mjs';
import {missingLocaleFile} from './test/server/missing-locale-file.mjs';

const wanted = (process.env.HF_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];

function requireBrowser(name, path) {
  if (path) return true;
  const message = `${name} not found: run "npm test" (it installs it as root) or set ${name === 'chromium' ? 'CHROME_PATH' : 'FIREFOX_PATH'}.`;
  if (process.env.CI) throw new Error(message);
  console.warn(message);
  return false;
}

if (wanted.includes('chromium') && requireBrowser('chromium', chromiumPath())) {
  browsers.push(chromeLauncher({launchOptions: {executablePath: chromiumPath(), args: chromiumArgs}}));
}
if (wanted.includes('firefox') && requireBrowser('firefox', firefoxPath())) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {browser: 'firefox', executablePath: firefoxPath(), headless: true},
    }),
  );
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [faultyDataHost, missingLocaleFile],
  browsers,
  concurrency: 1,
  testsFinishTimeout: 600000,
  testFramework: {config: {timeout: 10000}},
  // a11ySnapshot: the accessibility tree as the browser computes it (names, roles).
  plugins: [a11ySnapshotPlugin(), esbuildPlugin({ts: true, tsconfig: './tsconfig.json', target: 'es2022', define: versionDefine})],
};
