/**
 * The accessibility audit of issue 18 ("Also from the audit"): focus after a reload that fails,
 * what the loading status holds, the budget chart's name and the beneficiary groups' names.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {a11ySnapshot} from '@web/test-runner-commands';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {breakdown, chartOf} from '../harness/budget-breakdown.js';
import {list} from '../harness/beneficiary-list.js';
import {clearActionRequests} from '../../src/core/loading/load-action.js';
import {parts, settled, stateOf} from '../helpers.js';
import '../../src/hf-action-card.js';
import '../../src/hf-hotline-banner.js';
import '../../src/hf-budget-breakdown.js';
import '../../src/hf-beneficiary-list.js';

afterEach(() => clearActionRequests());

describe('audit: focus and the loading status', () => {
  for (const tag of ['hf-hotline-banner', 'hf-action-card'] as const) {
    it(`${tag}: a reload that ends in an error takes focus to the error, never to <body>`, async () => {
      const container = await fixture<HTMLDivElement>(html`<div></div>`);
      const element = document.createElement(tag) as HfHotlineBanner;
      element.setAttribute('dismissible', '');
      element.setAttribute('variant', 'compact');
      container.append(element);
      await settled(element);
      const focusable = element.shadowRoot!.querySelector<HTMLElement>('a[href], button')!;
      focusable.focus();
      expect(element.shadowRoot!.activeElement).to.equal(focusable);
      const failed = oneEvent(element, 'hf-error');
      element.src = '/test/fixtures/missing.json';
      await settled(element);
      expect(document.activeElement, 'while loading').to.equal(element);
      await failed;
      await settled(element);
      expect(stateOf(element)).to.equal('error');
      expect(document.activeElement, 'after the error').to.equal(element);
      expect(element.shadowRoot!.activeElement).to.equal(parts(element, 'error')[0]);
    });
  }

  it('keeps the fallback (numbers and links) out of the loading status', async () => {
    const element = await fixture<HfHotlineBanner>(
      html`<hf-hotline-banner src="/__faults/hang?case=status"><p>ASTRA SOS: <a href="tel:+381117850000">011 785 0000</a></p></hf-hotline-banner>`,
    );
    await settled(element);
    expect(stateOf(element)).to.equal('loading');
    const status = element.shadowRoot!.querySelector('[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('Loading…');
    expect(status.querySelector('slot')).to.equal(null);
    expect(element.querySelector('p')!.assignedSlot).to.exist;
  });
});

describe('audit: names', () => {
  for (const chart of ['bar', 'donut'] as const) {
    it(`names the budget chart (${chart}) once, without a description that repeats it`, async () => {
      const element = await breakdown(html`<hf-budget-breakdown chart=${chart}></hf-budget-breakdown>`);
      const image = chartOf(element, 'funders');
      expect(image.getAttribute('aria-label')).to.equal('European Union 85%, Council of Europe 15%');
      expect(image.querySelector('title')).to.equal(null);
      expect(image.hasAttribute('aria-describedby')).to.be.false;
    });
  }
});

/** A node of the browser's accessibility tree, as @web/test-runner-commands returns it. */
interface AccessibilityNode {
  role: string;
  name: string;
  children?: AccessibilityNode[];
}
const nodesOf = (node: AccessibilityNode): AccessibilityNode[] => [node, ...(node.children ?? []).flatMap(nodesOf)];
const accessibilityTree = async () => nodesOf((await a11ySnapshot({})) as unknown as AccessibilityNode);
// The accessibility tree comes over CDP, which only Chromium speaks; Firefox checks the markup.
const chromium = navigator.userAgent.includes('Chrome');
const groupNames = [
  'Public institutions 9 entries',
  'Civil society 1 entry',
  'Business and labour 3 entries',
  'Victims and persons at risk 2 entries',
];

describe('audit: group names and regions', () => {
  it('names each beneficiary group by its visible label and count (the markup)', async () => {
    const element = await list();
    const toggles = parts(element, 'toggle');
    expect(toggles.map((toggle) => toggle.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(groupNames);
    expect(
      toggles.filter(
        (toggle) =>
          toggle.matches('[aria-label], [aria-labelledby]') || toggle.querySelector('[aria-hidden="true"]:not(svg), .visually-hidden'),
      ),
    ).to.deep.equal([]);
  });

  it('names each beneficiary group with no stray space or punctuation (the accessibility tree)', async function () {
    if (!chromium) this.skip();
    await list();
    const names = (await accessibilityTree()).filter((node) => node.role === 'button').map((node) => node.name);
    expect(names).to.include.members(groupNames);
  });

  it('makes the budget breakdown one region, with none inside it (the markup)', async () => {
    const element = await breakdown(html`<hf-budget-breakdown show-table></hf-budget-breakdown>`);
    // A <section> is a region only when it has a name; a table box is one only while it scrolls (not at this width).
    const regions = element.shadowRoot!.querySelectorAll('[role="region"], section[aria-label], section[aria-labelledby]');
    expect([...regions].map((region) => region.getAttribute('part'))).to.deep.equal(['base']);
  });

  it('makes the budget breakdown one region, with none inside it (the accessibility tree)', async function () {
    if (!chromium) this.skip();
    await breakdown(html`<hf-budget-breakdown show-table></hf-budget-breakdown>`);
    const regions = (await accessibilityTree()).filter((node) => node.role === 'region');
    expect(regions.map((node) => node.name)).to.deep.equal(['Budget']);
  });
});
