/**
 * Turns one entry of an element's example set (examples/*.examples.ts, shared with the tests)
 * into a story whose controls work: the manifest's attributes, properties and CSS custom
 * properties, as changed in the Controls panel, are applied to the element.
 */
import type {Decorator, StoryContext, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {createExampleElement, fallbackFor, PENDING_SRC, type ElementExample} from '../examples/element-example.js';
import {defaultAction} from '../src/core/document/default-action.js';
import {resolveLocale} from '../src/i18n/locale.js';

type ArgTypes = Record<string, {table?: {category?: string}} | undefined>;

/**
 * Whether the `data` control holds something else than the story's document. Compared as JSON:
 * Storybook hands the render a copy of the arg, never the object the story gave.
 */
const dataEdited = (args: Record<string, unknown>, storyDocument: unknown) =>
  args.data !== undefined && JSON.stringify(args.data) !== JSON.stringify(storyDocument);

function applyControls(element: HTMLElement, args: Record<string, unknown>, argTypes: ArgTypes, storyDocument: unknown): void {
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    // The story's own document stays where the example put it (default, inline or property);
    // once a designer edits it, the edited copy is set as the property.
    if (name === 'data' && !dataEdited(args, storyDocument)) continue;
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
 * The document a story shows, for its `data` control: the example's `data`, its inline JSON, or
 * the default action when it names no `src`. Undefined when it loads one (the control would
 * replace what is being shown).
 */
function documentOf(example: ElementExample): unknown {
  if (example.data !== undefined) return example.data;
  if (example.inlineJson !== undefined) {
    try {
      return JSON.parse(example.inlineJson);
    } catch {
      return undefined; // an example of broken JSON: nothing to edit as an object
    }
  }
  return example.attributes?.src === undefined ? defaultAction : undefined;
}

/** Above this much JSON, a document is not edited by hand in a panel (the 5,000-member list). */
const EDITABLE_JSON_LENGTH = 100_000;

function editableDocumentOf(example: ElementExample): unknown {
  const document = documentOf(example);
  return document !== undefined && JSON.stringify(document).length <= EDITABLE_JSON_LENGTH ? document : undefined;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * What a partner pastes to get the story: the element with its attributes, `lang` (the language
 * of its fallback content) and that fallback, with the document inline when the story gives one.
 * No Storybook wrapper or decorator attribute: those are not part of the embed.
 */
export function embedCode(
  tag: string,
  example: ElementExample,
  storyDocument: unknown,
  args: Record<string, unknown>,
  argTypes: ArgTypes,
  locale: string,
): string {
  const attributes = new Map<string, string | true>();
  attributes.set('lang', resolveLocale(locale));
  for (const [name, value] of Object.entries(example.attributes ?? {})) {
    if (value !== false) attributes.set(name, name === 'src' && value === PENDING_SRC ? 'action.json' : value);
  }
  const styles: string[] = [];
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '') continue;
    const category = argTypes[name]?.table?.category;
    if (category === 'attributes') {
      if (value === false) attributes.delete(name);
      else attributes.set(name, value === true ? true : String(value));
    } else if (category === 'css custom properties') styles.push(`${name}: ${String(value)}`);
  }
  if (styles.length) attributes.set('style', styles.join('; '));
  const opening = [tag, ...[...attributes].map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))].join(
    ' ',
  );
  const children: string[] = [];
  const edited = dataEdited(args, storyDocument);
  if (edited || example.data !== undefined) {
    const json = JSON.stringify(edited ? args.data : example.data, null, 2).replace(/</g, '\\u003c');
    children.push(`<script type="application/json">\n${json}\n</script>`);
  } else if (example.inlineJson !== undefined) {
    children.push(`<script type="application/json">${example.inlineJson}</script>`);
  }
  if (example.fallbackHtml) children.push(fallbackFor(example.fallbackHtml, resolveLocale(locale)));
  const indented = children.map((child) => child.replace(/^/gm, '  ')).join('\n');
  return `<${opening}>${indented ? `\n${indented}\n` : ''}</${tag}>`;
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
  const storyDocument = editableDocumentOf(example);
  return {
    name: example.name,
    render: (args, context) => {
      const element = createExampleElement(tag, example);
      applyControls(element, args, context.argTypes as ArgTypes, storyDocument);
      return element;
    },
    args: storyDocument === undefined ? {} : {data: storyDocument},
    argTypes: {
      data:
        storyDocument === undefined
          ? {control: {disable: true}}
          : {control: {type: 'object'}, description: 'The story’s document: edit its texts and numbers here.'},
    },
    ...rest,
    parameters: {
      ...parameters,
      docs: {
        ...parameters?.docs,
        description: {story: description},
        source: {
          language: 'html',
          transform: (_code: string, context: StoryContext) =>
            embedCode(tag, example, storyDocument, context.args, context.argTypes as ArgTypes, String(context.globals.locale ?? 'en')),
        },
      },
    },
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

/** A state (error, empty, loading) at a phone's width, named so: "Phone, 360 px: error". */
export const phoneState = (state: 'error' | 'empty' | 'loading', description: string): Partial<StoryObj> & {description?: string} => ({
  ...phoneWidth,
  name: `Phone, 360 px: ${state}`,
  description,
});

/** Grey bars standing for a page's text, around a sticky banner. */
const pageText = (lines: number) =>
  html`<div class="hf-story-page-text" aria-hidden="true">${Array.from({length: lines}, (_, index) => html`<span style="inline-size: ${[96, 88, 92, 70][index % 4]}%"></span>`)}</div>`;

/**
 * A small scrolling page in a small "window", so a sticky banner can be seen at its edge: at the
 * top, the page is scrolled past its header and the bar stays; at the bottom, the bar rests on
 * the bottom edge over the page's text. The window holds the banner's fixed bar (CSS
 * containment), as a browser window would, so stories on one docs page do not overlap.
 */
export function stickyPage(place: 'top' | 'bottom'): Partial<StoryObj> {
  const decorator: Decorator = (story) =>
    html`<div class="hf-story-window">
      <div class="hf-story-page" data-story-scroll tabindex="0" role="region" aria-label="Sample page">
        ${place === 'top' ? html`<div class="hf-story-page-header" aria-hidden="true"></div>${story()}${pageText(24)}` : html`${pageText(24)}${story()}`}
      </div>
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
