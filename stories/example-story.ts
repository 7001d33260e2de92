/**
 * Turns one entry of an element's example set (examples/*.examples.ts, shared with the tests)
 * into a story whose controls work: the manifest's attributes, properties and CSS custom
 * properties, as changed in the Controls panel, are applied to the element.
 */
import type {Decorator, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createExampleElement, type ElementExample} from '../examples/element-example.js';

type ArgTypes = Record<string, {table?: {category?: string}} | undefined>;

function applyControls(element: HTMLElement, args: Record<string, unknown>, argTypes: ArgTypes): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    const category = argTypes[name]?.table?.category;
    if (category === 'attributes') {
      if (typeof value === 'boolean') element.toggleAttribute(name, value);
      else element.setAttribute(name, String(value));
    } else if (category === 'properties') {
      (element as unknown as Record<string, unknown>)[name] = value;
    } else if (category === 'css custom properties') {
      element.style.setProperty(name, String(value));
    }
  }
}

/**
 * A story of one example. `extra` adds to it; its `parameters` are merged, so the example's
 * description stays unless `description` replaces it.
 */
export function exampleStory(
  tag: string,
  examples: readonly ElementExample[],
  name: string,
  {parameters, ...extra}: Partial<StoryObj> & {description?: string} = {},
): StoryObj {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example "${name}" for <${tag}>`);
  const {description = example.description, ...rest} = extra;
  return {
    name: example.name,
    render: (args, context) => {
      const element = createExampleElement(tag, example);
      applyControls(element, args, context.argTypes as ArgTypes);
      return element;
    },
    ...rest,
    parameters: {...parameters, docs: {...parameters?.docs, description: {story: description}}},
  };
}

/**
 * The example at a phone's width, for the 360 px review. The viewport global sizes the canvas in
 * the Storybook UI only; the frame makes the story itself 360 px wide (with a page's 16 px
 * margins) wherever it is opened, including iframe.html and the screenshots.
 */
export const phoneWidth: Partial<StoryObj> & {description?: string} = {
  name: 'Phone, 360 px',
  globals: {viewport: {value: 'phone360', isRotated: false}},
  parameters: {layout: 'fullscreen'},
  decorators: [(story) => html`<div class="hf-story-phone">${story()}</div>`],
};

/** Grey bars standing for a page's text, around a sticky banner. */
const pageText = (lines: number) =>
  html`<div class="hf-story-page-text" aria-hidden="true">${Array.from({length: lines}, (_, index) => html`<span style="inline-size: ${[96, 88, 92, 70][index % 4]}%"></span>`)}</div>`;

/**
 * A small scrolling page, so a sticky banner can be seen sticking: at the top, the page is
 * scrolled past its header and the banner stays; at the bottom, the banner rests on the
 * bottom edge over the page's text.
 */
export function stickyPage(place: 'top' | 'bottom'): Partial<StoryObj> {
  const decorator: Decorator = (story) =>
    html`<div class="hf-story-page" data-story-scroll tabindex="0" role="region" aria-label="Sample page">
      ${place === 'top' ? html`<div class="hf-story-page-header" aria-hidden="true"></div>${story()}${pageText(24)}` : html`${pageText(24)}${story()}`}
    </div>`;
  return {
    parameters: {layout: 'padded'},
    decorators: [decorator],
    play: async ({canvasElement}) => {
      if (place !== 'top') return;
      // Past the header, so the banner is shown stuck to the top with text under it.
      const page = canvasElement.querySelector<HTMLElement>('[data-story-scroll]');
      if (page) page.scrollTop = 140;
    },
  };
}
