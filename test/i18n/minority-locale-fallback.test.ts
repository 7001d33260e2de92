// A locale whose file cannot be fetched (a site that did not upload dist/locales/, a network
// error): the page shows English, with one warning, and the banner keeps its numbers and exit.
// The sources come from the test server's second copy (test/server/missing-locale-file.mjs),
// where the Albanian file is missing; nothing here imports the ordinary copy.
import {expect} from '@open-wc/testing';

type Locale = typeof import('../../src/i18n/locale.js');
type TestHooks = typeof import('../../src/testing/test-hooks.js');
type QuickExit = typeof import('../../src/core/quick-exit/quick-exit.js');
const copy = '/__missing-locale/src';

async function until(condition: () => boolean, timeoutMs = 10000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const shadow = (element: Element) => element.shadowRoot!;
const partText = (element: Element, part: string) => shadow(element).querySelector(`[part~="${part}"]`)?.textContent?.trim() ?? '';

function pressShift(): void {
  window.dispatchEvent(new KeyboardEvent('keydown', {key: 'Shift', shiftKey: true, bubbles: true}));
  window.dispatchEvent(new KeyboardEvent('keyup', {key: 'Shift', bubbles: true}));
}

describe('a minority locale whose file is missing', () => {
  let locale: Locale;
  let testHooks: TestHooks;
  let quickExit: QuickExit;
  let element: HTMLElement;
  const urls: string[] = [];

  before(async () => {
    locale = (await import(`${copy}/i18n/locale.ts`)) as Locale;
    testHooks = (await import(`${copy}/testing/test-hooks.ts`)) as TestHooks;
    quickExit = (await import(`${copy}/core/quick-exit/quick-exit.ts`)) as QuickExit;
    await import(`${copy}/hf-hotline-banner.ts`);
    quickExit.exitNavigation.replace = (url: string) => void urls.push(url);
  });
  afterEach(async () => {
    element?.remove();
    quickExit.restorePageForTests();
    document.documentElement.lang = 'en';
    // Let the page's locale follow before the next test asks for another.
    await Promise.resolve();
    await testHooks.localeSettled();
  });

  it('shows English, warns once, and keeps the banner’s numbers and working exit', async () => {
    const warnings: string[] = [];
    const {warn} = console;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      element = document.createElement('hf-hotline-banner');
      element.setAttribute('quick-exit', '');
      document.body.append(element);
      await until(() => partText(element, 'exit') === 'Exit this page');
      document.documentElement.lang = 'sq';
      await Promise.resolve();
      await testHooks.localeSettled();
      // Asked again: the failure is remembered, neither fetched nor warned about again.
      await locale.setLocale('sq-AL');
    } finally {
      console.warn = warn;
    }
    expect(locale.getLocale()).to.equal('en');
    expect(warnings.filter((warning) => warning.includes('"sq" strings could not be loaded'))).to.have.length(1);
    expect(shadow(element).querySelectorAll('[part~="number"]').length).to.be.greaterThan(0);
    expect(partText(element, 'exit')).to.equal('Exit this page');
    const exit = shadow(element).querySelector('[part~="exit"]')!;
    expect(exit.getBoundingClientRect().height).to.be.greaterThan(0);
    pressShift();
    pressShift();
    pressShift();
    expect(urls).to.have.length(1);
  });

  it('still loads another locale whose file is there', async () => {
    element = document.createElement('hf-hotline-banner');
    element.setAttribute('quick-exit', '');
    document.body.append(element);
    document.documentElement.lang = 'hr';
    await Promise.resolve();
    await testHooks.localeSettled();
    expect(locale.getLocale()).to.equal('hr');
    await until(() => partText(element, 'exit') === 'Brzi izlaz');
  });
});
