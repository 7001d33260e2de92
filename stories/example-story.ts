/**
 * Turns one entry of an element's example set (examples/*.examples.ts, shared with the tests)
 * into a story whose controls work: the manifest's attributes, properties and CSS custom
 * properties, as changed in the Controls panel, are applied to the element.
 */
import type {StoryObj} from '@storybook/web-components-vite';
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

export function exampleStory(tag: string, examples: readonly ElementExample[], name: string, extra: Partial<StoryObj> = {}): StoryObj {
  const example = examples.find((candidate) => candidate.name === name);
  if (!example) throw new Error(`No example "${name}" for <${tag}>`);
  return {
    name: example.name,
    parameters: {docs: {description: {story: example.description}}},
    render: (args, context) => {
      const element = createExampleElement(tag, example);
      applyControls(element, args, context.argTypes as ArgTypes);
      return element;
    },
    ...extra,
  };
}

/** A story of the example at a phone's width, for the 360 px review. */
export const phoneWidth: Partial<StoryObj> = {globals: {viewport: {value: 'phone360', isRotated: false}}};
