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
  document.documentElement.style.scrollPaddingTop = '';
  document.documentElement.style.scrollPaddingBottom = '';
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

/** The sticky bar: the banner's box at its window edge. */
const barOf = (element: HfHotlineBanner): Element => parts(element, 'base')[0];

/** The root's scroll padding at `edge`, as computed. */
const scrollPadding = (edge: 'top' | 'bottom'): string =>
  getComputedStyle(document.documentElement)[edge === 'top' ? 'scrollPaddingTop' : 'scrollPaddingBottom'];

/** Two frames, for layout and resize observers to catch up. */
const nextFrames = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Whether `box` lies wholly inside the window. */
function inWindow(box: DOMRect): boolean {
  return box.top >= -0.5 && box.left >= -0.5 && box.bottom <= window.innerHeight + 0.5 && box.right <= window.innerWidth + 0.5;
}

/** Whether two boxes overlap. */
function overlap(a: DOMRect, b: DOMRect): boolean {
  return a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5 && a.left < b.right - 0.5 && b.left < a.right - 0.5;
}

/**
 * A page as a reader meets it: a heading, a field, the banner in the middle of the page (not
 * first or last, where sticky positioning would happen to work), a page three windows long, and
 * a field at its end. Settled, with the page at its top.
 */
async function pageWithBanner(
  position: 'top' | 'bottom',
  variant: 'full' | 'compact',
): Promise<{element: HfHotlineBanner; fields: HTMLInputElement[]}> {
  const container = await fixture<HTMLDivElement>(html`<div>
    <h1>Page</h1>
    <p><label>Name <input id="first-field" /></label></p>
    <hf-hotline-banner position=${position} variant=${variant} quick-exit dismissible></hf-hotline-banner>
    <div style="block-size: 300vh"><p>Page text.</p></div>
    <p><label>Message <input id="last-field" /></label></p>
  </div>`);
  const element = container.querySelector<HfHotlineBanner>(BANNER_TAG)!;
  await settled(element);
  window.scrollTo(0, 0);
  await nextFrames();
  return {element, fields: [...container.querySelectorAll('input')]};
}

/**
 * What must hold of a sticky banner's bar whatever the reader does: the exit wholly in the
 * window and in no scrolling box, the bar within about a third of the window, and the root's
 * scroll padding at its edge equal to the bar's height (plus room for a focus ring).
 */
function expectWayOutInView(element: HfHotlineBanner, position: 'top' | 'bottom', when: string): void {
  const exit = parts(element, 'exit')[0];
  expect(exit, `${when}: an exit`).to.exist;
  const box = exit.getBoundingClientRect();
  expect(inWindow(box), `${when}: exit inside the window (${JSON.stringify(box)})`).to.be.true;
  expect(clippingAncestor(exit), `${when}: no scrolling box around the exit`).to.equal(undefined);
  const bar = barOf(element).getBoundingClientRect();
  expect(bar.height, `${when}: the bar takes at most about a third of the window`).to.be.at.most(window.innerHeight / 3 + 1);
  if (position === 'top') expect(bar.top, `${when}: bar at the top edge`).to.be.closeTo(0, 1);
  else expect(bar.bottom, `${when}: bar at the bottom edge`).to.be.closeTo(window.innerHeight, 1);
  expect(scrollPadding(position), `${when}: scroll padding`).to.equal(`${Math.ceil(bar.height) + 8}px`);
}

/** Focuses each page field and checks that it shows, clear of the bar, with the exit still in view. */
async function expectFocusedFieldsVisible(
  element: HfHotlineBanner,
  fields: HTMLInputElement[],
  position: 'top' | 'bottom',
  when: string,
): Promise<void> {
  for (const field of fields) {
    field.focus();
    await nextFrames();
    expect(document.activeElement).to.equal(field);
    const box = field.getBoundingClientRect();
    expect(inWindow(box), `${when}: #${field.id} inside the window (${JSON.stringify(box)})`).to.be.true;
    expect(overlap(box, barOf(element).getBoundingClientRect()), `${when}: #${field.id} clear of the bar`).to.be.false;
    expectWayOutInView(element, position, `${when}, #${field.id} focused`);
  }
}

describe('<hf-hotline-banner> the exit stays in view', () => {
  const viewports = [
    {name: '320 × 256 with 200 % text', width: 320, height: 256, rootFontSize: '200%'},
    {name: '360 × 640 with 200 % text', width: 360, height: 640, rootFontSize: '200%'},
    {name: '1280 × 800', width: 1280, height: 800, rootFontSize: ''},
  ];
  for (const viewport of viewports) {
    for (const locale of LOCALES) {
      for (const position of ['top', 'bottom'] as const) {
        for (const variant of ['full', 'compact'] as const) {
          it(`${viewport.name}, ${locale}, ${position}, ${variant}: the exit in view at load, scrolled, beside a focused field and after dismissal; the numbers reachable`, async () => {
            await setViewport({width: viewport.width, height: viewport.height});
            document.documentElement.style.fontSize = viewport.rootFontSize;
            await usePageLanguage(locale);
            const {element, fields} = await pageWithBanner(position, variant);
            const exit = parts(element, 'exit')[0];
            const numbers = parts(element, 'number');
            expect(numbers.length).to.be.greaterThan(0);
            for (const number of numbers) {
              expect(exit.compareDocumentPosition(number) & Node.DOCUMENT_POSITION_FOLLOWING, 'exit before the numbers').to.not.equal(0);
            }
            expectWayOutInView(element, position, 'at load');
            window.scrollTo(0, window.innerHeight * 1.5);
            await nextFrames();
            expectWayOutInView(element, position, 'scrolled');
            await expectFocusedFieldsVisible(element, fields, position, 'before dismissal');

            // The numbers stay reachable: in the bar, or behind the button that follows the exit.
            const toggle = parts(element, 'numbers-toggle')[0] as HTMLButtonElement | undefined;
            const folded = toggle !== undefined && toggle.getClientRects().length > 0;
            if (folded) {
              expect(exit.compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING, 'the button after the exit').to.not.equal(0);
              expect(toggle.getAttribute('aria-expanded')).to.equal('false');
              expect(
                numbers[0].getClientRects().length > 0 && getComputedStyle(numbers[0]).visibility === 'visible',
                'folded numbers hidden',
              ).to.be.false;
              toggle.click();
              await settled(element);
              expect(toggle.getAttribute('aria-expanded')).to.equal('true');
            }
            for (const number of [numbers[0], numbers[numbers.length - 1]]) {
              number.scrollIntoView({block: 'nearest'});
              await nextFrames();
              const box = number.getBoundingClientRect();
              expect(getComputedStyle(number).visibility, 'number shown').to.equal('visible');
              expect(inWindow(box), `number ${number.textContent} inside the window (${JSON.stringify(box)})`).to.be.true;
              expectWayOutInView(element, position, 'numbers open');
            }

            // After dismissal: a small bar with the exit and the way back, at the same edge.
            (parts(element, 'dismiss')[0] as HTMLElement).click();
            await settled(element);
            await nextFrames();
            expect(parts(element, 'restore')).to.have.length(1);
            expectWayOutInView(element, position, 'dismissed');
            window.scrollTo(0, 0);
            await nextFrames();
            expectWayOutInView(element, position, 'dismissed, scrolled to the top');
            await expectFocusedFieldsVisible(element, fields, position, 'dismissed');
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

  it('claims its bar’s height as the root’s padding and scroll padding on top of the page’s own, follows it, and gives it back', async () => {
    const root = document.documentElement;
    const padding = (edge: 'top' | 'bottom') => getComputedStyle(root)[edge === 'top' ? 'paddingTop' : 'paddingBottom'];
    root.style.scrollPaddingTop = '20px';
    root.style.paddingTop = '4px';
    try {
      const element = await fixture<HfHotlineBanner>(
        html`<hf-hotline-banner position="top" dismissible hotlines="police"></hf-hotline-banner>`,
      );
      await settled(element);
      const height = () => Math.ceil(barOf(element).getBoundingClientRect().height);
      const claimed = (edge: 'top' | 'bottom', pageScroll = 0, pagePadding = 0) =>
        scrollPadding(edge) === `${pageScroll + height() + 8}px` && padding(edge) === `${pagePadding + height()}px`;
      await until(() => claimed('top', 20, 4)).catch((error) => {
        throw new Error(`${error.message}: ${scrollPadding('top')} ${padding('top')} ${height()}`);
      });
      // It follows its bar's height (here: larger text).
      const before = height();
      element.style.fontSize = '3rem';
      await until(() => height() !== before && claimed('top', 20, 4)).catch((error) => {
        throw new Error(`${error.message}: ${before} ${scrollPadding('top')} ${padding('top')} ${height()}`);
      });
      // Moves with the banner to the other edge, and goes back into the flow with it.
      element.position = 'bottom';
      await settled(element);
      expect(root.style.scrollPaddingTop).to.equal('20px');
      expect(root.style.paddingTop).to.equal('4px');
      expect(claimed('bottom')).to.be.true;
      element.position = 'inline';
      await settled(element);
      expect(root.style.scrollPaddingBottom).to.equal('');
      expect(root.style.paddingBottom).to.equal('');
      element.position = 'top';
      await settled(element);
      expect(claimed('top', 20, 4)).to.be.true;
      // A dismissed banner without quick exit shows nothing, so it gives it all back.
      element.dismiss();
      await settled(element);
      expect(root.style.scrollPaddingTop).to.equal('20px');
      expect(root.style.paddingTop).to.equal('4px');
      element.dismissed = false;
      await settled(element);
      expect(claimed('top', 20, 4)).to.be.true;
      element.remove();
      expect(root.style.scrollPaddingTop).to.equal('20px');
      expect(root.style.paddingTop).to.equal('4px');
    } finally {
      root.style.scrollPaddingTop = '';
      root.style.paddingTop = '';
    }
  });

  it('gives the page its padding back while it prints, and claims it again after', async () => {
    const element = await fixture<HfHotlineBanner>(
      html`<hf-hotline-banner position="bottom" quick-exit hotlines="police"></hf-hotline-banner>`,
    );
    await settled(element);
    const root = document.documentElement;
    await until(() => root.style.paddingBottom !== '');
    window.dispatchEvent(new Event('beforeprint'));
    expect(root.style.paddingBottom).to.equal('');
    expect(root.style.scrollPaddingBottom).to.equal('');
    window.dispatchEvent(new Event('afterprint'));
    expect(getComputedStyle(root).paddingBottom).to.equal(`${Math.ceil(barOf(element).getBoundingClientRect().height)}px`);
  });

  it('adds up two sticky banners on one edge', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div><hf-hotline-banner position="bottom" hotlines="police"></hf-hotline-banner><hf-hotline-banner position="bottom" variant="compact" hotlines="police"></hf-hotline-banner></div>`,
    );
    const [one, two] = container.querySelectorAll<HfHotlineBanner>(BANNER_TAG);
    await settled(one);
    await settled(two);
    const total = () => Math.ceil(barOf(one).getBoundingClientRect().height) + Math.ceil(barOf(two).getBoundingClientRect().height);
    await until(
      () => scrollPadding('bottom') === `${total() + 16}px` && getComputedStyle(document.documentElement).paddingBottom === `${total()}px`,
    );
    container.remove();
    expect(document.documentElement.style.scrollPaddingBottom).to.equal('');
    expect(document.documentElement.style.paddingBottom).to.equal('');
  });
});

describe('<hf-hotline-banner> a folded sticky bar', () => {
  useRecordedExit();

  /** A bottom banner folded at 360 × 640 with 200 % text, in a page with a field before it. */
  async function foldedBanner(): Promise<{element: HfHotlineBanner; toggle: HTMLButtonElement; field: HTMLInputElement}> {
    await setViewport({width: 360, height: 640});
    document.documentElement.style.fontSize = '200%';
    const {element, fields} = await pageWithBanner('bottom', 'full');
    const toggle = parts(element, 'numbers-toggle')[0] as HTMLButtonElement;
    expect(toggle.getClientRects().length, 'folded').to.be.greaterThan(0);
    return {element, toggle, field: fields[0]};
  }

  it('opens the numbers over the page with the button after the exit; Escape closes them and returns to the button', async () => {
    const {element, toggle} = await foldedBanner();
    const number = parts(element, 'number')[0];
    expect(getComputedStyle(number).visibility).to.equal('hidden');
    toggle.focus();
    await sendKeys({press: 'Enter'});
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(number).visibility).to.equal('visible');
    // Open above a bottom bar (scrolling there if they must), and the bar with the exit still where it was.
    number.scrollIntoView({block: 'nearest'});
    await nextFrames();
    expect(inWindow(number.getBoundingClientRect())).to.be.true;
    expect(number.getBoundingClientRect().bottom).to.be.at.most(barOf(element).getBoundingClientRect().top + 1);
    expectWayOutInView(element, 'bottom', 'open');
    await expect(element).to.be.accessible();
    // Tab goes from the button into the numbers.
    await sendKeys({press: 'Tab'});
    expect(element.shadowRoot!.activeElement?.getAttribute('part')).to.equal('number');
    await sendKeys({press: 'Escape'});
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(getComputedStyle(number).visibility).to.equal('hidden');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
  });

  it('closes the numbers when focus goes back to the page, so they never cover the focused field', async () => {
    const {element, toggle, field} = await foldedBanner();
    toggle.click();
    await settled(element);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    field.focus();
    await until(() => toggle.getAttribute('aria-expanded') === 'false');
    await nextFrames();
    expect(overlap(field.getBoundingClientRect(), barOf(element).getBoundingClientRect())).to.be.false;
    expect(inWindow(field.getBoundingClientRect())).to.be.true;
  });

  it('brought back after a dismissal, shows the numbers at once, with focus on the button that closes them', async () => {
    const {element} = await foldedBanner();
    (parts(element, 'dismiss')[0] as HTMLElement).focus();
    await sendKeys({press: 'Enter'});
    await settled(element);
    const restore = parts(element, 'restore')[0] as HTMLButtonElement;
    expect(element.shadowRoot!.activeElement).to.equal(restore);
    await sendKeys({press: 'Enter'});
    await settled(element);
    const toggle = parts(element, 'numbers-toggle')[0] as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.activeElement).to.equal(toggle);
    expect(getComputedStyle(parts(element, 'number')[0]).visibility).to.equal('visible');
  });

  it('unfolds when the window grows tall enough, and folds again when it shrinks', async () => {
    await setViewport({width: 1280, height: 800});
    const element = await fixture<HfHotlineBanner>(
      html`<hf-hotline-banner position="top" variant="compact" quick-exit hotlines="police"></hf-hotline-banner>`,
    );
    await settled(element);
    await nextFrames();
    const toggle = parts(element, 'numbers-toggle')[0] as HTMLElement;
    expect(toggle.getClientRects().length, 'one row at 1280 × 800').to.equal(0);
    await setViewport({width: 320, height: 256});
    document.documentElement.style.fontSize = '200%';
    const settledPadding = () => scrollPadding('top') === `${Math.ceil(barOf(element).getBoundingClientRect().height) + 8}px`;
    await until(() => toggle.getClientRects().length > 0 && settledPadding());
    expectWayOutInView(element, 'top', 'folded after the resize');
    document.documentElement.style.fontSize = '';
    await setViewport({width: 1280, height: 800});
    await until(() => toggle.getClientRects().length === 0 && settledPadding());
    expectWayOutInView(element, 'top', 'unfolded after the resize');
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
