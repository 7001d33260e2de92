import {expect, fixture, html} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import type {HfErrorDetail} from '../src/core/loading/data-error.js';
import {createExampleElement, type ElementExample} from '../examples/element-example.js';
import {localeSettled} from '../src/testing/test-hooks.js';

/** Waits until the element has rendered its current state and any locale change applied. */
export async function settled(element: Element): Promise<void> {
  await localeSettled();
  await (element as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
}

/** Renders `template` (one element) into a fresh fixture and waits until it has settled. */
export async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const element = await fixture<T>(template);
  await settled(element);
  return element;
}

export {until} from './until.js';

/** Sets `<html lang>` and waits for elements to follow it. */
export async function usePageLanguage(lang: string): Promise<void> {
  document.documentElement.removeAttribute('data-hf-locale');
  document.documentElement.lang = lang;
  // The MutationObserver fires as a microtask; let it run, then wait for the switch.
  await Promise.resolve();
  await localeSettled();
}

export async function exampleFixture<T extends HTMLElement>(tag: string, example: ElementExample): Promise<T> {
  const element = createExampleElement(tag, example) as T;
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.append(element);
  await settled(element);
  // An inline or fetched document settles a few tasks later (a large one is checked a slice per
  // task): wait for it, generously, since a loaded machine stretches those tasks.
  if (example.expect !== 'loading') {
    const deadline = performance.now() + 5000;
    while (stateOf(element) === 'loading' && performance.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      await settled(element);
    }
  }
  return element;
}

/** The state an element shows, read from its shadow DOM. */
export function stateOf(element: Element): 'loading' | 'error' | 'empty' | 'ready' {
  const root = element.shadowRoot!;
  if (root.querySelector('[part="loading"]')) return 'loading';
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[part="empty"]')) return 'empty';
  return 'ready';
}

/** Records console.warn and console.error calls while `run` runs. */
export async function captureConsole(run: () => Promise<void> | void): Promise<{warnings: string[]; errors: string[]}> {
  const warnings: string[] = [];
  const errors: string[] = [];
  const {warn, error} = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = warn;
    console.error = error;
  }
  return {warnings, errors};
}

/** Visible text of a shadow root part, whitespace folded. */
/** Text as a reader compares it: Intl's no-break and narrow no-break spaces as plain ones, runs of space as one, trimmed. */
export const plain = (text: string | null | undefined): string =>
  (text ?? '')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function partText(element: Element, part: string): string {
  return (element.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function parts(element: Element, part: string): Element[] {
  return [...element.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
}

export const LOCALES = ['en', 'sr-Cyrl', 'sr-Latn'] as const;

/**
 * The shared example set of an element, in every locale: each example ends in the state it
 * promises and passes axe. `slow` names examples that need more time (axe over 5,000 members: up to 2 minutes on a loaded machine);
 * `settle` waits for what the element does after its first render.
 */
export function testExamples(
  tag: string,
  examples: readonly ElementExample[],
  options: {slow?: readonly string[]; settle?: (element: HTMLElement) => Promise<void>} = {},
): void {
  describe(`<${tag}> examples`, () => {
    for (const locale of LOCALES) {
      describe(`in ${locale}`, () => {
        beforeEach(() => usePageLanguage(locale));
        for (const example of examples) {
          it(`${example.name}: ends ${example.expect} and passes axe`, async function () {
            if (options.slow?.includes(example.name)) this.timeout(120000);
            const element = await exampleFixture(tag, example);
            await options.settle?.(element);
            expect(stateOf(element)).to.equal(example.expect);
            await expect(element).to.be.accessible();
          });
        }
      });
    }
  });
}

/** Renders `template` (one element) and resolves once that element has fired `hf-error` and shown it. */
export async function renderUntilError<T extends HTMLElement>(template: TemplateResult): Promise<{element: T; detail: HfErrorDetail}> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const errorSeen = new Promise<CustomEvent<HfErrorDetail>>((resolve) =>
    container.addEventListener('hf-error', (event) => resolve(event as CustomEvent<HfErrorDetail>), {once: true}),
  );
  render(template, container);
  const event = await errorSeen;
  const element = container.firstElementChild as T;
  await settled(element);
  return {element, detail: event.detail};
}
