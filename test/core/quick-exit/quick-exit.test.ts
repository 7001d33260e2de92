/**
 * The quick-exit core on its own (no banner): "another page" means another page in every
 * spelling, and while the page goes, "Leaving this page." is the one thing assistive technology
 * still finds on it.
 */
import {expect} from '@open-wc/testing';
import {isUsableExitUrl, leavePage} from '../../../src/core/quick-exit/quick-exit.js';
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
