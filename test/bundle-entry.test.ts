/**
 * The drop-in bundle's entry (src/hf-widgets.ts, built into dist/hf-widgets.js): it arms the way
 * out before it even asks for the elements, and an importer resumes only once all four are
 * defined, with every export of the elements' module. Nothing on this page imports the library
 * before the first test: the order is what it checks.
 */
import {expect} from '@open-wc/testing';

const ARMED_KEY = Symbol.for('hf-widgets.fallback-exit');
const TAGS = ['hf-hotline-banner', 'hf-action-card', 'hf-budget-breakdown', 'hf-beneficiary-list'];

/** The element modules this page has fetched so far (resource timing lists each fetch). */
const elementModulesFetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes('/src/components/'));

// The test runner's own modules alone fill the default buffer of 250 entries.
performance.setResourceTimingBufferSize(100000);

describe('the bundle’s entry (src/hf-widgets.ts)', () => {
  it('arms the way out before any element module is fetched, and resolves with every element defined', async () => {
    expect((window as {[ARMED_KEY]?: boolean})[ARMED_KEY]).to.equal(undefined);
    expect(elementModulesFetched()).to.deep.equal([]);
    // The arming module adds its click listener (capture phase, on the window) as it runs: note
    // what had been fetched by then.
    const fetchedWhenArmed: string[][] = [];
    const addEventListener = window.addEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'click' && args[2] === true) fetchedWhenArmed.push(elementModulesFetched());
      return addEventListener.apply(this, args);
    } as Window['addEventListener'];
    let bundle: Record<string, unknown>;
    try {
      bundle = await import('../src/hf-widgets.js');
    } finally {
      window.addEventListener = addEventListener;
    }
    expect(fetchedWhenArmed).to.deep.equal([[]]);
    expect(elementModulesFetched()).to.not.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    expect(customElements.get('hf-hotline-banner')).to.equal(bundle.HfHotlineBanner);
    expect(customElements.get('hf-beneficiary-list')).to.equal(bundle.HfBeneficiaryList);
  });

  it('exports every export of the elements’ module, the same bindings, and no validator', async () => {
    const bundle: Record<string, unknown> = await import('../src/hf-widgets.js');
    const elements: Record<string, unknown> = await import('../src/all-elements.js');
    expect(Object.keys(bundle).sort()).to.deep.equal(Object.keys(elements).sort());
    for (const name of Object.keys(elements)) expect(bundle[name], name).to.equal(elements[name]);
    expect(bundle).to.not.have.property('validateAction');
    expect(bundle.setLocale).to.be.a('function');
  });

  it('loaded twice (another copy at another address), arms once and defines each element once', async () => {
    const first: Record<string, unknown> = await import('../src/hf-widgets.js');
    const clickListeners: unknown[] = [];
    const addEventListener = window.addEventListener;
    window.addEventListener = function (this: Window, ...args: Parameters<Window['addEventListener']>) {
      if (args[0] === 'click') clickListeners.push(args[1]);
      return addEventListener.apply(this, args);
    } as Window['addEventListener'];
    let second: Record<string, unknown>;
    try {
      second = await import(/* @vite-ignore */ `../src/hf-widgets.ts?second-copy` as string);
    } finally {
      window.addEventListener = addEventListener;
    }
    expect(second).to.not.equal(first);
    expect(clickListeners).to.deep.equal([]);
    expect(second.HfHotlineBanner).to.equal(first.HfHotlineBanner);
    expect(customElements.get('hf-hotline-banner')).to.equal(first.HfHotlineBanner);
  });
});
