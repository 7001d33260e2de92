// On a 360 px phone (the element 328 px wide inside a page's margins), in every locale: the
// headline figures stay inside their cards, the donut's total stays in its hole, and a table too
// wide for the element scrolls in a box of its own that a keyboard can reach, instead of spilling
// out of the element (issue 21, part 3: "≈ 41 de milioane EUR" overflowed its card and the donut,
// the Hungarian and Slovak tables their element).
import {expect, html} from '@open-wc/testing';
import {supportedLocales} from '../../src/i18n/locale.js';
import {afterLayout, breakdown, root} from '../harness/budget-breakdown.js';
import {localeSettled, setLocale} from '../../src/i18n/locale.js';

/** How far (px) a box reaches past `outer` on either side; 0 when it is inside. */
function spill(inner: DOMRect, outer: DOMRect): number {
  return Math.max(0, outer.left - inner.left, inner.right - outer.right);
}

after(() => setLocale('en'));

for (const locale of supportedLocales) {
  for (const width of [328, 288]) {
    it(`${locale}, ${width} px: the figures stay in their cards, and a wide table scrolls in its own box`, async function () {
      this.timeout(20000);
      // The page's locale loads the locale's file (a lang attribute alone would too, later).
      await setLocale(locale);
      await localeSettled();
      const wrapper = document.createElement('div');
      wrapper.style.inlineSize = `${width}px`;
      // The demo's type: a sans-serif is wider than the test page's default serif (here DejaVu Sans, wider than most phones' fonts).
      wrapper.style.font = "16px system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
      document.body.append(wrapper);
      try {
        for (const chart of ['bar', 'donut']) {
          const element = await breakdown(html`<hf-budget-breakdown chart=${chart} show-table></hf-budget-breakdown>`);
          wrapper.append(element);
          await afterLayout(element);
          await afterLayout(element);
          const host = element.getBoundingClientRect();
          for (const figure of root(element).querySelectorAll('[part="figure"]')) {
            const number = figure.querySelector('.figure-number')!;
            expect(spill(number.getBoundingClientRect(), figure.getBoundingClientRect()), `${chart}: ${number.textContent}`).to.equal(0);
          }
          // The total in the donut's hole stays in the hole (it may wrap there).
          for (const centre of root(element).querySelectorAll('.donut-centre')) {
            const value = centre.querySelector('.donut-centre-value')!;
            expect(spill(value.getBoundingClientRect(), centre.getBoundingClientRect()), `donut hole: ${value.textContent}`).to.equal(0);
          }
          const scrollers = [...root(element).querySelectorAll<HTMLElement>('[part="table-scroller"]')];
          expect(scrollers, chart).not.to.be.empty;
          for (const scroller of scrollers) {
            expect(spill(scroller.getBoundingClientRect(), host), `${chart} table box`).to.equal(0);
            const caption = scroller.querySelector('caption')!;
            // The caption reads whole, however far the table scrolls.
            expect(spill(caption.getBoundingClientRect(), scroller.getBoundingClientRect()), `${chart} caption`).to.equal(0);
            const scrolls = scroller.scrollWidth > scroller.clientWidth + 1;
            // Reachable by keyboard, and a region named by its caption, exactly when there is something to scroll to.
            expect(scroller.tabIndex, `${chart} table ${scrolls ? 'scrolls' : 'fits'}`).to.equal(scrolls ? 0 : -1);
            expect(scroller.getAttribute('role')).to.equal(scrolls ? 'region' : null);
            if (scrolls) expect(root(element).getElementById(scroller.getAttribute('aria-labelledby')!)).to.equal(caption);
          }
          // Nothing else reaches outside the element (what scrolls is clipped by its box).
          const outside = [...root(element).querySelectorAll('*')].filter((node) => {
            if (node.closest('.visually-hidden, .defs')) return false;
            // A nested <svg> only places a segment's label; Firefox gives it the chart's full width from there. Its label is checked.
            if (node.localName === 'svg' && node.parentElement?.closest('svg')) return false;
            // What a scrolling box clips is not outside (it scrolls into view).
            const scroller = node.closest('[part="table-scroller"]');
            if (scroller && scroller !== node && getComputedStyle(scroller).overflowX !== 'visible') return false;
            const box = node.getBoundingClientRect();
            return box.width > 0 && spill(box, host) > 0.5;
          });
          expect(
            outside.map((node) => `${node.localName}.${node.getAttribute('class')}`),
            chart,
          ).to.deep.equal([]);
          await expect(element).to.be.accessible();
          element.remove();
        }
      } finally {
        wrapper.remove();
      }
    });
  }
}
