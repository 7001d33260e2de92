/**
 * A page that defined `hf-hotline-banner` itself (another library, an old copy without `exit()`):
 * the fallback's exit link must still leave, from the way-out module, rather than hand the exit to
 * an element that cannot do it (red team: the click was cancelled and nothing happened).
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../../../src/core/quick-exit/fallback-exit.js';
import {exitNavigation, restorePageForTests} from '../../../src/core/quick-exit/quick-exit.js';

const AWAY = 'https://example.org/away';
customElements.define('hf-hotline-banner', class extends HTMLElement {});

describe('the way out beside a banner tag the page defined itself', () => {
  const urls: string[] = [];
  const original = exitNavigation.replace;
  const title = document.title;
  beforeEach(() => {
    urls.length = 0;
    exitNavigation.replace = (url: string) => void urls.push(url);
  });
  afterEach(() => {
    exitNavigation.replace = original;
    restorePageForTests();
    document.title = title;
    document.head.querySelector('meta[name="referrer"]')?.remove();
  });

  it('leaves by the fallback’s exit link, from the way-out module', async () => {
    const banner = await fixture<HTMLElement>(html`<hf-hotline-banner><a data-hf-exit href=${AWAY}>Exit this page</a></hf-hotline-banner>`);
    const event = new MouseEvent('click', {bubbles: true, cancelable: true, composed: true});
    banner.querySelector('a')!.dispatchEvent(event);
    expect(urls).to.deep.equal([AWAY]);
    expect(event.defaultPrevented).to.equal(true);
    expect(document.title).to.equal('');
  });
});
