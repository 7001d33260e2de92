/** What the hf-budget-breakdown tests share: mounting, and reading what the element shows. */
import {html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/hf-budget-breakdown.js';
import type {HfBudgetBreakdown} from '../../src/hf-budget-breakdown.js';
import {mount, plain, settled} from '../helpers.js';

export type Kind = 'funders' | 'lines';

export function breakdown(template = html`<hf-budget-breakdown></hf-budget-breakdown>`): Promise<HfBudgetBreakdown> {
  return mount<HfBudgetBreakdown>(template);
}

/** Waits for layout, the resize observer and the render it may cause. */
export async function afterLayout(element: HfBudgetBreakdown): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await settled(element);
}

export const root = (element: HfBudgetBreakdown) => element.shadowRoot!;

export function figureValue(element: HfBudgetBreakdown, name: string): string | undefined {
  const value = root(element).querySelector(`[data-figure="${name}"] [part="figure-value"]`);
  return value ? plain(value.textContent) : undefined;
}

export function section(element: HfBudgetBreakdown, kind: Kind): Element | null {
  return root(element).querySelector(`section[data-chart="${kind}"]`);
}

export function chartOf(element: HfBudgetBreakdown, kind: Kind): SVGSVGElement {
  return section(element, kind)!.querySelector<SVGSVGElement>('[part="chart"]')!;
}

/** The legend as [name, share, amount] rows. */
export function legendRows(element: HfBudgetBreakdown, kind: Kind): string[][] {
  return [...section(element, kind)!.querySelectorAll('[part="legend-item"]')].map((item) =>
    ['.legend-name', '.legend-share', '.legend-amount'].map((selector) => plain(item.querySelector(selector)?.textContent)),
  );
}

/** A table's body or footer as rows of cell texts. */
export function tableRows(element: HfBudgetBreakdown, kind: Kind, group: 'tbody' | 'tfoot' = 'tbody'): string[][] {
  const table = root(element).querySelector(`table[data-chart="${kind}"]`)!;
  return [...table.querySelectorAll(`${group} tr`)].map((row) => [...row.children].map((cell) => plain(cell.textContent)));
}

export function isShown(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Firefox driven over WebDriver BiDi cannot emulate media features (puppeteer needs CDP for it); Chromium can. */
export const browserEmulatesMedia = !navigator.userAgent.includes('Firefox');

/**
 * Makes the page match a media query: through the browser where it can, else by rewriting the
 * element's own stylesheets as if the query matched (`apply` blocks unwrapped, `drop` blocks
 * removed), so the CSS under test is still the element's.
 */
export async function useMedia(
  element: HfBudgetBreakdown,
  media: Parameters<typeof emulateMedia>[0],
  blocks: {apply?: string; drop?: string},
): Promise<void> {
  if (browserEmulatesMedia) return void (await emulateMedia(media));
  const shadow = root(element);
  shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.map((sheet) => {
    const text = [...sheet.cssRules]
      .map((rule) => {
        if (!(rule instanceof CSSMediaRule)) return rule.cssText;
        const condition = rule.media.mediaText;
        if (blocks.apply && condition.includes(blocks.apply)) return [...rule.cssRules].map((inner) => inner.cssText).join('\n');
        if (blocks.drop && condition.includes(blocks.drop)) return '';
        return rule.cssText;
      })
      .join('\n');
    const rewritten = new CSSStyleSheet();
    rewritten.replaceSync(text);
    return rewritten;
  });
}
