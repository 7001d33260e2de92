/**
 * The way out first (src/hf-quick-exit.ts): before the element is defined, the fallback's exit
 * link (`<a data-hf-exit>` inside the banner) and Shift ×3 already do the full quick exit; once
 * the element upgrades it takes over, and each way out exits once. The element is not imported
 * until the last block, so the first ones run with only the way-out module on the page.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/core/quick-exit/fallback-exit.js';
import {DEFAULT_EXIT_URL, EXIT_MARKER_KEY, exitNavigation, restorePageForTests} from '../src/core/quick-exit/quick-exit.js';
import {clearActionRequests} from '../src/testing/test-hooks.js';
import {until} from './helpers.js';

const AWAY = 'https://example.org/away';

/** Records where quick exit would go instead of going, and shows the page again after each test. */
function useRecordedExit(): {urls: string[]} {
  const recorded = {urls: [] as string[]};
  const original = exitNavigation.replace;
  const title = document.title;
  /** A link the way out did not take would leave the test page: stop it so the test fails instead. */
  const stayOnPage = (event: Event): void => event.preventDefault();
  beforeEach(() => {
    recorded.urls = [];
    exitNavigation.replace = (url: string) => void recorded.urls.push(url);
    document.addEventListener('click', stayOnPage);
  });
  afterEach(() => {
    exitNavigation.replace = original;
    document.removeEventListener('click', stayOnPage);
    restorePageForTests();
    document.title = title;
    document.head.querySelector('meta[name="referrer"]')?.remove();
  });
  return recorded;
}

/** Three real presses of Shift on its own. */
async function shiftThrice(): Promise<void> {
  for (let i = 0; i < 3; i++) await sendKeys({press: 'Shift'});
}

/**
 * What `leavePage` leaves behind: the page hidden, the title blank, and the return marker holding
 * the time of this exit (the placeholder written in advance holds 0; the marker never holds an
 * address, so a forged one cannot choose where a return goes).
 */
function expectLeft(): void {
  expect(document.documentElement.style.getPropertyValue('visibility')).to.equal('hidden');
  expect(document.title).to.equal('');
  const marker = JSON.parse(sessionStorage.getItem(EXIT_MARKER_KEY) ?? '{}') as {at?: string; url?: unknown};
  expect(Number(marker.at)).to.be.greaterThan(0);
  expect(marker).not.to.have.property('url');
}

const fallbackBanner = (exitUrl?: string, href = AWAY) =>
  fixture<HTMLElement>(html`<hf-hotline-banner quick-exit exit-url=${exitUrl ?? ''} src="/__faults/hang?case=quick-exit-first">
    <p>ASTRA: <a href="tel:+381117850000">011 785 0000</a> · <a data-hf-exit href=${href}>Exit this page</a></p>
  </hf-hotline-banner>`);

describe('the way out before the element is defined', () => {
  const exit = useRecordedExit();

  it('runs with the element not defined', () => {
    expect(customElements.get('hf-hotline-banner')).to.equal(undefined);
  });

  it('a click on the fallback’s exit link does the full quick exit, to the link’s address', async () => {
    const banner = await fallbackBanner(undefined);
    banner.removeAttribute('exit-url');
    const link = banner.querySelector<HTMLAnchorElement>('a[data-hf-exit]')!;
    const event = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true});
    link.dispatchEvent(event);
    expect(exit.urls).to.deep.equal([AWAY]);
    expect(event.defaultPrevented).to.equal(true);
    expectLeft();
  });

  it('prefers the banner’s exit-url, as the element will, and falls back to the default for an unusable one', async () => {
    const banner = await fallbackBanner('https://example.net/elsewhere');
    banner.querySelector<HTMLAnchorElement>('a[data-hf-exit]')!.click();
    expect(exit.urls).to.deep.equal(['https://example.net/elsewhere']);
    restorePageForTests();
    const samePage = await fallbackBanner(undefined, '#');
    samePage.removeAttribute('exit-url');
    samePage.querySelector<HTMLAnchorElement>('a[data-hf-exit]')!.click();
    expect(exit.urls).to.deep.equal(['https://example.net/elsewhere', DEFAULT_EXIT_URL]);
  });

  it('a click that begins inside an icon element with a shadow root in the link does the quick exit too (red team 3)', async () => {
    const banner = await fallbackBanner(undefined);
    banner.removeAttribute('exit-url');
    const icon = document.createElement('span');
    const inside = document.createElement('b');
    inside.textContent = '→';
    icon.attachShadow({mode: 'open'}).append(inside);
    banner.querySelector('a[data-hf-exit]')!.prepend(icon);
    const event = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true});
    inside.dispatchEvent(event);
    expect(exit.urls).to.deep.equal([AWAY]);
    expect(event.defaultPrevented).to.equal(true);
    expectLeft();
  });

  it('leaves for the default when the link’s address does not parse, rather than not at all', async () => {
    const banner = await fallbackBanner(undefined, 'https://[::1/');
    banner.removeAttribute('exit-url');
    banner.querySelector<HTMLAnchorElement>('a[data-hf-exit]')!.click();
    expect(exit.urls).to.deep.equal([DEFAULT_EXIT_URL]);
    expectLeft();
  });

  it('Shift pressed three times does the full quick exit', async () => {
    await fallbackBanner(AWAY);
    await shiftThrice();
    await until(() => exit.urls.length > 0);
    expect(exit.urls).to.deep.equal([AWAY]);
    expectLeft();
  });

  it('leaves alone a link without data-hf-exit, and one outside a banner', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <hf-hotline-banner><a id="plain" href=${AWAY}>Exit</a></hf-hotline-banner>
      <a id="outside" data-hf-exit href=${AWAY}>Exit</a>
    </div>`);
    holder.querySelector<HTMLAnchorElement>('#plain')!.click();
    holder.querySelector<HTMLAnchorElement>('#outside')!.click();
    expect(exit.urls).to.deep.equal([]);
    expect(document.documentElement.style.getPropertyValue('visibility')).to.equal('');
  });
});

describe('the way out once the element has upgraded', () => {
  const exit = useRecordedExit();
  afterEach(() => clearActionRequests());

  before(async () => {
    // The entry loads the rest itself: nothing else imports the element.
    await import('../src/hf-quick-exit.js');
    await until(() => customElements.get('hf-hotline-banner') !== undefined, 10000);
  });

  for (const [way, act] of [
    ['Shift ×3', shiftThrice],
    [
      'a click on the fallback’s exit link',
      async (banner: HTMLElement) => banner.querySelector<HTMLAnchorElement>('a[data-hf-exit]')!.click(),
    ],
  ] as const) {
    it(`${way} exits once, through the element (one hf-exit, one navigation)`, async () => {
      const banner = await fallbackBanner(AWAY);
      await (banner as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const exits: string[] = [];
      banner.addEventListener('hf-exit', (event) => exits.push((event as CustomEvent<{trigger: string}>).detail.trigger));
      await act(banner);
      await until(() => exit.urls.length > 0);
      // Give a second exit, if there were one, time to happen.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(exit.urls).to.deep.equal([AWAY]);
      expect(exits).to.deep.equal([way === 'Shift ×3' ? 'keyboard' : 'control']);
      expectLeft();
    });
  }
});
