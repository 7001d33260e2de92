/**
 * The quick-exit core on its own (no banner): "another page" means another page in every
 * spelling, and while the page goes, "Leaving this page." is the one thing assistive technology
 * still finds on it.
 */
import {expect} from '@open-wc/testing';
import {isUsableExitUrl, leavePage, restorePageForTests} from '../../../src/core/quick-exit/quick-exit.js';
import {isSamePage} from '../../../src/core/quick-exit/same-page.js';
import {useRecordedExit} from '../../harness/hotline-banner.js';

const PAGE = 'https://example.org/help';

/** Spellings that servers commonly serve as the page `/help` itself. */
const SAME_PAGE = [
  'https://example.org/help',
  'https://example.org/help/',
  'https://example.org/HELP',
  'https://example.org/h%65lp',
  'https://example.org//help',
  'https://example.org/help;jsessionid=1',
  'https://example.org/help/index.html',
  'https://example.org/help/index.php',
  'https://example.org/help/default.aspx',
  'https://example.org/help//',
  'http://example.org/help',
  'https://example.org:443/help',
  'https://EXAMPLE.org./help',
  'https://example.org/help?from=banner#top',
  'https://example.org/x/../help',
  'https://example.org/%2e/help',
];

const OTHER_PAGES = [
  'https://example.org/helpdesk',
  'https://example.org/help/more',
  'https://example.org/',
  'https://weather.example.org/help',
  'https://example.com/help',
];

describe('quick exit: "another page" means another page', () => {
  for (const url of SAME_PAGE) {
    it(`sees ${url} as the page ${PAGE} itself`, () => {
      expect(isSamePage(url, PAGE)).to.be.true;
    });
  }
  for (const url of OTHER_PAGES) {
    it(`sees ${url} as another page than ${PAGE}`, () => {
      expect(isSamePage(url, PAGE)).to.be.false;
    });
  }

  it('refuses this very page in other spellings as an exit address', () => {
    const here = new URL(location.href);
    const path = here.pathname;
    const spellings = [
      `${here.origin}${path}/`,
      `${here.origin}${path.toUpperCase()}`,
      `${here.origin}/${path}`,
      `${here.origin}${path};jsessionid=1`,
      `${here.origin}${path.replace(/[a-z]/, (letter) => `%${letter.charCodeAt(0).toString(16)}`)}`,
      // Another name of this machine, when the tests run on one.
      ...(here.hostname === 'localhost' ? [`${here.protocol}//127.0.0.1:${here.port}${path}`] : []),
    ];
    expect(spellings.filter((url) => isUsableExitUrl(url))).to.deep.equal([]);
    expect(isUsableExitUrl(`${here.origin}/elsewhere.html`)).to.be.true;
  });

  it('refuses an address that starts like one but does not parse (red team: the exit threw instead of leaving)', () => {
    // Addresses no browser's URL parser takes (an unclosed or malformed IPv6 host, a number too large for IPv4).
    for (const url of ['https://[::1/', 'https://[1::2::3]/', 'https://999.999.999.999/', 'http://']) {
      expect(isUsableExitUrl(url), url).to.be.false;
    }
  });

  it('refuses a host name with a space or a percent sign (red team 3: Chromium left for an error page)', () => {
    for (const url of ['https://exa mple.org/', 'https://exa%20mple.org/']) {
      expect(isUsableExitUrl(url), url).to.be.false;
    }
    expect(isUsableExitUrl('https://example.org/a%20page')).to.be.true;
  });
});

describe('quick exit: "Leaving this page." stays exposed until the page is gone', () => {
  const navigation = useRecordedExit();

  it('hides everything else and keeps one alert with the announcement, in its language', async () => {
    const content = document.createElement('p');
    content.textContent = 'Secret text';
    document.body.append(content);
    try {
      leavePage('https://example.org/weather', {announcement: 'Напуштате ову страницу.', lang: 'sr-Cyrl'});
      const alerts = [...document.querySelectorAll('[role="alert"]')].filter((node) => node.textContent === 'Напуштате ову страницу.');
      expect(alerts).to.have.length(1);
      const [alert] = alerts as HTMLElement[];
      expect(alert.lang).to.equal('sr-Cyrl');
      expect(alert.closest('[aria-hidden="true"], [inert], [hidden]')).to.equal(null);
      expect(getComputedStyle(alert).visibility).to.equal('visible');
      expect(getComputedStyle(alert).display).not.to.equal('none');
      expect(getComputedStyle(content).visibility).to.equal('hidden');
      expect(navigation.urls).to.deep.equal(['https://example.org/weather']);
      // A page script that removes nodes it does not know, or restyles them, does not silence it.
      alert.remove();
      alert.style.display = 'none';
      alert.removeAttribute('role');
      const cover = document.querySelector<HTMLElement>(':popover-open')!;
      cover.style.setProperty('opacity', '0', 'important');
      cover.hidden = true;
      await Promise.resolve();
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(alert.isConnected).to.be.true;
      expect(getComputedStyle(alert).display).not.to.equal('none');
      expect(alert.getAttribute('role')).to.equal('alert');
      // The cover too, whose inline !important styles the page's script wrote over.
      expect(cover.hidden).to.be.false;
      expect(cover.matches(':popover-open')).to.be.true;
      expect(getComputedStyle(cover).opacity).to.equal('1');
    } finally {
      content.remove();
    }
  });
});

describe('quick exit: one cover, whatever the page does around it', () => {
  const navigation = useRecordedExit();

  /** The cover: the one element of ours in the top layer, covering the window. */
  function coverBox(): DOMRect | undefined {
    return document.querySelector<HTMLElement>('html > div:popover-open')?.getBoundingClientRect();
  }

  it('covers the window when the page has a polyfill that makes replaceAll change only the first match (red team 3)', () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'replaceAll')!;
    Object.defineProperty(String.prototype, 'replaceAll', {
      configurable: true,
      writable: true,
      value(this: string, search: string, replacement: string) {
        return this.replace(search, replacement);
      },
    });
    try {
      leavePage('https://example.org/weather');
      const box = coverBox();
      expect(box?.width).to.equal(innerWidth);
      expect(box?.height).to.equal(innerHeight);
      expect(navigation.urls).to.deep.equal(['https://example.org/weather']);
    } finally {
      Object.defineProperty(String.prototype, 'replaceAll', native);
    }
  });

  it('covers the window when the page zooms its root (red team 3: half the window with zoom 0.5)', () => {
    for (const zoom of ['0.5', '3']) {
      document.documentElement.style.setProperty('zoom', zoom);
      try {
        leavePage('https://example.org/weather');
        const box = coverBox()!;
        // Both browsers give the box in the window's pixels, zoom applied: what the reader sees.
        expect(Math.round(box.width), `zoom ${zoom}`).to.be.within(innerWidth - 1, innerWidth + 1);
        expect(Math.round(box.height), `zoom ${zoom}`).to.be.within(innerHeight - 1, innerHeight + 1);
      } finally {
        restorePageForTests();
        document.documentElement.style.removeProperty('zoom');
      }
    }
  });

  it('hides through the first copy of the library on the page, so two copies make one cover (red team 3: two covers, neither in the top layer)', () => {
    // What another copy (the bundle's other file, a drop-in file beside it) leaves on the window
    // when it hides first: the page-wide hiding function.
    const calls: unknown[][] = [];
    const key = Symbol.for('hf-widgets.page-cover');
    (window as unknown as Record<symbol, unknown>)[key] = (...args: unknown[]) => calls.push(args);
    leavePage('https://example.org/weather', {announcement: 'Leaving.', lang: 'en'});
    expect(calls).to.deep.equal([['Leaving.', 'en']]);
    expect(document.querySelector('html > div:popover-open')).to.equal(null);
    expect(navigation.urls).to.deep.equal(['https://example.org/weather']);
  });
});
