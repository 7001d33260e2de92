/**
 * The demo page as a reader meets it (issue 18's audit): one landmark per banner name and none
 * inside another, and quick exit going to the demo's own "left" page, not refused as relative.
 * The demo's markup and its script run here, on the library's source.
 */
import {expect} from '@open-wc/testing';
import '../../src/hf-action-card.js';
import '../../src/hf-hotline-banner.js';
import '../../src/hf-budget-breakdown.js';
import '../../src/hf-beneficiary-list.js';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {settled, until, usePageLanguage} from '../helpers.js';

/** Every element of `root`, through open shadow roots. */
function allElements(root: Document | ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? allElements(element.shadowRoot) : [])]);
}

/** A region landmark: role="region", or a <section> with a name and no other role. */
function isRegion(element: Element): boolean {
  const role = element.getAttribute('role');
  if (role) return role === 'region';
  return element.localName === 'section' && (element.hasAttribute('aria-label') || element.hasAttribute('aria-labelledby'));
}

function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function parentAcrossShadow(element: Element): Element | null {
  return element.parentElement ?? (element.getRootNode() as ShadowRoot).host ?? null;
}

describe('the demo page', () => {
  let page: HTMLDivElement;

  before(async function () {
    this.timeout(30000);
    const source = await (await fetch('/demo/index.html')).text();
    const demo = new DOMParser().parseFromString(source, 'text/html');
    page = document.createElement('div');
    page.append(...[...demo.body.children].map((child) => document.importNode(child, true)));
    document.body.append(page);
    // The demo's own script, as the page loads it.
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/demo/demo.js';
    const ran = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve);
      script.addEventListener('error', reject);
    });
    page.append(script);
    await ran;
    const banners = [...page.querySelectorAll<HfHotlineBanner>('hf-hotline-banner')];
    await until(() => banners.every((banner) => banner.shadowRoot?.querySelector('[part~="base"], [part~="error"]')), 20000);
    await Promise.all(banners.map(settled));
  });

  after(async () => {
    page.remove();
    await usePageLanguage('en');
  });

  it('gives no two banners one region name, and puts no banner region inside a region', () => {
    const inPage = (element: Element) => page.contains(element) || page.contains((element.getRootNode() as ShadowRoot).host);
    const regions = allElements(document).filter(inPage).filter(isRegion);
    const bannerRegions = regions.filter((region) => (region.getRootNode() as ShadowRoot).host?.localName === 'hf-hotline-banner');
    expect(bannerRegions.length, 'the sticky bar is a landmark').to.equal(1);
    for (const region of bannerRegions) {
      expect(
        regions.filter((other) => nameOf(other) === nameOf(region)),
        nameOf(region),
      ).to.have.length(1);
      let ancestor = parentAcrossShadow(region);
      while (ancestor && !isRegion(ancestor)) ancestor = parentAcrossShadow(ancestor);
      expect(ancestor, `${nameOf(region)} inside ${ancestor ? nameOf(ancestor) : ''}`).to.equal(null);
    }
  });

  it('exits to its own “left” page, an absolute address the banners accept', async () => {
    const banners = [...page.querySelectorAll<HfHotlineBanner>('hf-hotline-banner[quick-exit]')];
    expect(banners.length).to.be.greaterThan(0);
    const expected = new URL('/demo/left.html', location.href).href;
    for (const banner of banners) {
      await banner.updateComplete;
      expect(banner.effectiveExitUrl).to.equal(expected);
      expect(banner.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="exit"]')!.href).to.equal(expected);
    }
  });
});
