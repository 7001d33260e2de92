/**
 * The way out at the edges (issue 18): the exit control first and in view in sticky and compact
 * banners at 320 × 256 and with 200 % text, a sticky banner that never covers the focused
 * element, a dismissed banner that keeps its exit, and Shift presses shown on the exit.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import type {HfHotlineBanner} from '../../src/hf-hotline-banner.js';
import {BANNER_TAG, pressShift, useRecordedExit} from '../harness/hotline-banner.js';
import {LOCALES, parts, settled, usePageLanguage, until} from '../helpers.js';

const DEFAULT_VIEWPORT = {width: 800, height: 600};

afterEach(async () => {
  document.documentElement.style.fontSize = '';
  window.scrollTo(0, 0);
  await setViewport(DEFAULT_VIEWPORT);
  await usePageLanguage('en');
  localStorage.clear();
});

/** The nearest ancestor, across shadow roots, that clips or scrolls its content (the page's own scroller aside). */
function clippingAncestor(element: Element): Element | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof ShadowRoot) node = node.host;
    if (!(node instanceof Element) || node === document.documentElement || node === document.body) break;
    const style = getComputedStyle(node);
    if (/auto|scroll|hidden|clip/.test(`${style.overflowX} ${style.overflowY}`)) return node;
    node = node.parentNode;
  }
  return undefined;
}

/** A banner at its edge of a page three windows long, settled and with the page at its top. */
async function stickyBanner(position: 'top' | 'bottom', variant: 'full' | 'compact'): Promise<HfHotlineBanner> {
  const page = html`<div style="block-size: 300vh"><p>Page text.</p></div>`;
  const element = html`<hf-hotline-banner position=${position} variant=${variant} quick-exit dismissible></hf-hotline-banner>`;
  const container = await fixture<HTMLDivElement>(
    position === 'top' ? html`<div>${element}${page}</div>` : html`<div>${page}${element}</div>`,
  );
  const banner = container.querySelector<HfHotlineBanner>(BANNER_TAG)!;
  await settled(banner);
  window.scrollTo(0, 0);
  // Let layout and the resize observer catch up with the viewport.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return banner;
}

describe('<hf-hotline-banner> the exit stays in view', () => {
  const viewports = [
    {name: '320 × 256', width: 320, height: 256, rootFontSize: ''},
    {name: '360 × 640 with 200 % text', width: 360, height: 640, rootFontSize: '200%'},
  ];
  for (const viewport of viewports) {
    for (const locale of LOCALES) {
      for (const position of ['top', 'bottom'] as const) {
        for (const variant of ['full', 'compact'] as const) {
          it(`${viewport.name}, ${locale}, ${position}, ${variant}: the exit comes first, inside the window and outside any scrolling box`, async () => {
            await setViewport({width: viewport.width, height: viewport.height});
            document.documentElement.style.fontSize = viewport.rootFontSize;
            await usePageLanguage(locale);
            const element = await stickyBanner(position, variant);
            const exit = parts(element, 'exit')[0];
            const numbers = parts(element, 'number');
            expect(numbers.length).to.be.greaterThan(0);
            for (const number of numbers) {
              expect(exit.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING, 'exit before the numbers').to.not.equal(0);
            }
            const box = exit.getBoundingClientRect();
            expect(box.top, 'top').to.be.at.least(0);
            expect(box.left, 'left').to.be.at.least(0);
            expect(box.bottom, 'bottom').to.be.at.most(window.innerHeight);
            expect(box.right, 'right').to.be.at.most(window.innerWidth);
            // Above the numbers on screen, or at their start on the same row.
            const first = numbers[0].getBoundingClientRect();
            expect(box.top <= first.top || box.right <= first.left, 'exit first on screen').to.be.true;
            expect(clippingAncestor(exit), 'no scrolling box around the exit').to.equal(undefined);
            // The numbers stay reachable: the last one can be scrolled into view within the banner.
            numbers[numbers.length - 1].scrollIntoView({block: 'nearest'});
            const last = numbers[numbers.length - 1].getBoundingClientRect();
            expect(last.bottom).to.be.at.most(window.innerHeight + 1);
            expect(last.top).to.be.at.least(-1);
          });
        }
      }
    }
  }

  it('puts the exit before the numbers in an inline compact banner too', async () => {
    const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner variant="compact" quick-exit dismissible></hf-hotline-banner>`);
    await settled(element);
    const exit = parts(element, 'exit')[0];
    expect(exit.compareDocumentPosition(parts(element, 'number')[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(exit.getBoundingClientRect().left).to.be.at.most(parts(element, 'number')[0].getBoundingClientRect().left);
  });
});

describe('<hf-hotline-banner> never covers the focused element (WCAG 2.4.11)', () => {
  for (const position of ['top', 'bottom'] as const) {
    it(`keeps a focused element clear of a sticky ${position} banner`, async () => {
      await setViewport({width: 360, height: 400});
      const banner = html`<hf-hotline-banner position=${position} quick-exit hotlines="astra,police"></hf-hotline-banner>`;
      const page = html`<div>
        <button id="first">First</button>
        <div style="block-size: 150vh"></div>
        <button id="target">Target</button>
        <div style="block-size: 150vh"></div>
        <button id="last">Last</button>
      </div>`;
      const container = await fixture<HTMLDivElement>(
        position === 'top' ? html`<div>${banner}${page}</div>` : html`<div>${page}${banner}</div>`,
      );
      const element = container.querySelector<HfHotlineBanner>(BANNER_TAG)!;
      await settled(element);
      await until(
        () => getComputedStyle(document.documentElement)[position === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'] !== 'auto',
      );
      // Reach the target with the keyboard from the side the banner is on.
      if (position === 'bottom') {
        container.querySelector<HTMLElement>('#first')!.focus();
        await sendKeys({press: 'Tab'});
      } else {
        container.querySelector<HTMLElement>('#last')!.focus();
        await sendKeys({down: 'Shift'});
        await sendKeys({press: 'Tab'});
        await sendKeys({up: 'Shift'});
      }
      const target = container.querySelector<HTMLElement>('#target')!;
      expect(document.activeElement).to.equal(target);
      const targetBox = target.getBoundingClientRect();
      const bannerBox = element.getBoundingClientRect();
      if (position === 'bottom') expect(targetBox.bottom).to.be.at.most(bannerBox.top);
      else expect(targetBox.top).to.be.at.least(bannerBox.bottom);
      expect(targetBox.top).to.be.at.least(0);
      expect(targetBox.bottom).to.be.at.most(window.innerHeight);
    });
  }

  it('sets the root’s scroll padding to its height on top of the page’s own, follows it, and gives it back', async () => {
    const root = document.documentElement;
    const padding = (edge: 'top' | 'bottom') => getComputedStyle(root)[edge === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'];
    root.style.scrollPaddingTop = '20px';
    try {
      const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner position="top" dismissible></hf-hotline-banner>`);
      await settled(element);
      const height = () => Math.ceil(element.getBoundingClientRect().height);
      await until(() => padding('top') === `${20 + height() + 8}px`);
      // It follows its height (here: larger text).
      const before = height();
      element.style.fontSize = '2rem';
      await until(() => height() !== before && padding('top') === `${20 + height() + 8}px`);
      // Moves with the banner to the other edge, and goes back into the flow with it.
      element.position = 'bottom';
      await settled(element);
      expect(root.style.scrollPaddingTop).to.equal('20px');
      expect(padding('bottom')).to.equal(`${height() + 8}px`);
      element.position = 'inline';
      await settled(element);
      expect(root.style.scrollPaddingBottom).to.equal('');
      element.position = 'top';
      await settled(element);
      expect(padding('top')).to.equal(`${20 + height() + 8}px`);
      // A dismissed banner without quick exit shows nothing, so it gives the padding back.
      element.dismiss();
      await settled(element);
      expect(root.style.scrollPaddingTop).to.equal('20px');
      element.dismissed = false;
      await settled(element);
      expect(padding('top')).to.equal(`${20 + height() + 8}px`);
      element.remove();
      expect(root.style.scrollPaddingTop).to.equal('20px');
    } finally {
      root.style.scrollPaddingTop = '';
    }
  });

  it('adds up two sticky banners on one edge', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner position="bottom" hotlines="police"></hf-hotline-banner><hf-hotline-banner position="bottom" variant="compact"></hf-hotline-banner></div>`,
    );
    const [one, two] = container.querySelectorAll<HfHotlineBanner>(BANNER_TAG);
    await settled(one);
    await settled(two);
    const total = () => Math.ceil(one.getBoundingClientRect().height) + Math.ceil(two.getBoundingClientRect().height) + 16;
    await until(() => getComputedStyle(document.documentElement).scrollPaddingBottom === `${total()}px`);
    container.remove();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
  });
});

describe('<hf-hotline-banner> a dismissed quick-exit banner keeps its way out', () => {
  useRecordedExit();

  for (const position of ['inline', 'top'] as const) {
    it(`${position}: keeps a visible exit and a button that brings the numbers back`, async () => {
      const element = await fixture<HfHotlineBanner>(
        html`<hf-hotline-banner position=${position} quick-exit dismissible></hf-hotline-banner>`,
      );
      await settled(element);
      (parts(element, 'dismiss')[0] as HTMLElement).focus();
      await sendKeys({press: 'Enter'});
      await settled(element);
      expect(element.dismissed).to.be.true;
      expect(parts(element, 'number')).to.have.length(0);
      const exit = parts(element, 'exit')[0];
      expect(exit.getBoundingClientRect().height).to.be.at.least(44);
      const restore = parts(element, 'restore')[0] as HTMLButtonElement;
      expect(restore.textContent!.trim()).to.equal('Show help numbers');
      // Focus stays where the reader was: on the control that took the dismiss button's place.
      expect(element.shadowRoot!.activeElement).to.equal(restore);
      await expect(element).to.be.accessible();
      await sendKeys({press: 'Enter'});
      await settled(element);
      expect(element.dismissed).to.be.false;
      expect(parts(element, 'number').length).to.be.greaterThan(0);
      expect(parts(element, 'restore')).to.have.length(0);
    });
  }

  it('shows the small bar on a later visit with remember-dismissal, and forgets the dismissal when brought back', async () => {
    const first = await fixture<HfHotlineBanner>(html`<hf-hotline-banner quick-exit dismissible remember-dismissal></hf-hotline-banner>`);
    await settled(first);
    first.dismiss();
    const later = await fixture<HfHotlineBanner>(html`<hf-hotline-banner quick-exit dismissible remember-dismissal></hf-hotline-banner>`);
    await settled(later);
    expect(later.dismissed).to.be.true;
    expect(parts(later, 'exit')).to.have.length(1);
    (parts(later, 'restore')[0] as HTMLButtonElement).click();
    await settled(later);
    expect(localStorage.length).to.equal(0);
  });

  it('reads a remembered dismissal once, not on every render', async () => {
    const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner dismissible remember-dismissal></hf-hotline-banner>`);
    await settled(element);
    const getItem = Storage.prototype.getItem;
    let reads = 0;
    Storage.prototype.getItem = function (this: Storage, key: string) {
      reads++;
      return getItem.call(this, key);
    };
    try {
      for (const variant of ['compact', 'full', 'compact'] as const) {
        element.variant = variant;
        await settled(element);
        void element.dismissed;
      }
    } finally {
      Storage.prototype.getItem = getItem;
    }
    expect(reads).to.equal(0);
  });

  it('passes axe in Serbian when dismissed', async () => {
    await usePageLanguage('sr-Cyrl');
    const element = await fixture<HfHotlineBanner>(
      html`<hf-hotline-banner position="bottom" variant="compact" quick-exit dismissible></hf-hotline-banner>`,
    );
    await settled(element);
    expect(parts(element, 'exit')[0].textContent!.trim()).to.equal('Брзи излаз');
    element.dismiss();
    await settled(element);
    expect((parts(element, 'restore')[0] as HTMLElement).textContent!.trim()).to.equal('Прикажите бројеве за помоћ');
    await expect(element).to.be.accessible();
  });
});

describe('<hf-hotline-banner> Shift presses show on the exit control', () => {
  useRecordedExit();

  const litLights = (element: HfHotlineBanner): number => element.shadowRoot!.querySelectorAll('[part~="shift-progress"] .lit').length;

  it('lights one, then two of three lights, and puts them out when counting starts again', async () => {
    const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    await settled(element);
    expect(parts(element, 'shift-progress')).to.have.length(0);
    pressShift();
    await settled(element);
    const lights = parts(element, 'shift-progress')[0];
    expect(lights.getAttribute('aria-hidden')).to.equal('true');
    expect(lights.children).to.have.length(3);
    expect(litLights(element)).to.equal(1);
    pressShift();
    await settled(element);
    expect(litLights(element)).to.equal(2);
    // The lights sit on the exit control and are drawn with its text colour (ButtonText in forced colours).
    const exit = parts(element, 'exit')[0];
    expect(exit.contains(lights)).to.be.true;
    const lit = lights.querySelector('.lit')!;
    expect(lit.getBoundingClientRect().width).to.be.greaterThan(3);
    expect(getComputedStyle(lit).backgroundColor).to.equal(getComputedStyle(exit).color);
    pressShift({withOtherKey: true});
    await settled(element);
    expect(parts(element, 'shift-progress')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('does not animate the lights for readers who ask for reduced motion', async () => {
    const element = await fixture<HfHotlineBanner>(html`<hf-hotline-banner quick-exit></hf-hotline-banner>`);
    await settled(element);
    // The rule itself, in every browser: the lights' transition is dropped under reduced motion.
    const rules = element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
    const reducedMotion = rules.filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText),
    );
    const lightRules = reducedMotion
      .flatMap((rule) => [...rule.cssRules])
      .filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule && rule.selectorText === '.light');
    expect(lightRules.map((rule) => rule.style.transition)).to.include('none');
    // And applied, where the browser lets a test emulate the setting (Chromium; Firefox's WebDriver BiDi cannot).
    if (!navigator.userAgent.includes('Chrome')) return;
    pressShift();
    await settled(element);
    const light = element.shadowRoot!.querySelector('[part~="shift-progress"] .light')!;
    expect(getComputedStyle(light).transitionDuration).to.not.equal('0s');
    await emulateMedia({reducedMotion: 'reduce'});
    try {
      await until(() => getComputedStyle(light).transitionDuration === '0s');
    } finally {
      await emulateMedia({reducedMotion: 'no-preference'});
      pressShift({withOtherKey: true});
    }
  });
});
