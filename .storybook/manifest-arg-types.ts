/**
 * The Controls panel and docs tables of an element, from custom-elements.json, as a designer
 * needs them: every setting once, under its HTML name, with a control that fits its type.
 *
 * Storybook's own reading of the manifest keys every row by its bare name, so the CSS part
 * `chart` replaced the budget's `chart` attribute, an attribute and its property showed twice
 * (`heading-level`, `headingLevel`), and every CSS property, part and event got a JSON editor.
 * Here:
 * - attributes: a choice for string-literal unions, a toggle, a number or a text field;
 * - properties without an attribute (`data`): listed, set in code, no control here (each story
 *   gives `data` an object control holding its document); read-only ones (`effectiveExitUrl`)
 *   are not settings and are left out;
 * - CSS custom properties: a colour picker for `--hf-color-*`, a text field for the rest;
 * - parts and events: documentation only, named as CSS and listeners write them
 *   (`::part(chart)`, `hf-toggle`), so they cannot clash with a setting, each with an example.
 * A row without a control says `{disable: true}`, not `false`: Storybook leaves this function's
 * rows unnormalized, and a bare `false` shows a "Setup controls" link that leads nowhere useful.
 * The manifest lists the public API only (see custom-elements-manifest.config.mjs).
 */
import type {InputType, StrictArgTypes} from 'storybook/internal/types';
import manifest from '../custom-elements.json';

type TypeText = {text?: string};
type Described = {name: string; description?: string; type?: TypeText; default?: string};
type ManifestElement = {
  tagName?: string;
  members?: (Described & {kind?: string; attribute?: string; readonly?: boolean; static?: boolean})[];
  attributes?: (Described & {fieldName?: string})[];
  events?: Described[];
  cssProperties?: Described[];
  cssParts?: Described[];
};

const elements = new Map(
  manifest.modules.flatMap((module) =>
    (module.declarations as ManifestElement[]).filter((declaration) => declaration.tagName).map((element) => [element.tagName!, element]),
  ),
);

/** Documentation only: no control, and no "Setup controls" link. */
const NO_CONTROL = {disable: true} as const;

/** The control for a value of this TypeScript type, or none when a designer cannot set it. */
function controlFor(typeText = ''): Pick<InputType, 'control' | 'options'> {
  const parts = typeText
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined');
  if (parts.length > 1 && parts.every((part) => /^'[^']*'$/.test(part))) {
    const options = parts.map((part) => part.slice(1, -1));
    return {options, control: {type: options.length > 3 ? 'select' : 'inline-radio'}};
  }
  if (parts.length === 1 && parts[0] === 'boolean') return {control: {type: 'boolean'}};
  if (parts.length === 1 && parts[0] === 'number') return {control: {type: 'number'}};
  if (parts.length === 1 && parts[0] === 'string') return {control: {type: 'text'}};
  return {control: NO_CONTROL};
}

function row(name: string, category: string, item: Described, input: Partial<InputType>): InputType {
  return {
    name,
    description: item.description,
    table: {
      category,
      type: item.type?.text ? {summary: item.type.text} : undefined,
      defaultValue: item.default ? {summary: item.default} : undefined,
    },
    ...input,
  };
}

/** Storybook's `parameters.docs.extractArgTypes` for an `hf-*` tag. */
export function manifestArgTypes(component: unknown): StrictArgTypes | null {
  const element = typeof component === 'string' ? elements.get(component) : undefined;
  if (!element) return null;
  const argTypes: Record<string, InputType> = {};
  const add = (key: string, input: InputType) => {
    if (key in argTypes) throw new Error(`<${element.tagName}>: two rows named ${key}`);
    argTypes[key] = input;
  };
  for (const attribute of element.attributes ?? []) {
    add(
      attribute.name,
      row(attribute.name, 'attributes', attribute, {
        type: {name: 'other', value: attribute.type?.text ?? ''},
        ...controlFor(attribute.type?.text),
      }),
    );
  }
  for (const member of element.members ?? []) {
    if (member.kind !== 'field' || member.attribute || member.readonly || member.static) continue;
    add(member.name, row(member.name, 'properties', member, {control: NO_CONTROL}));
  }
  for (const property of element.cssProperties ?? []) {
    const control = property.name.startsWith('--hf-color-') ? {type: 'color' as const} : {type: 'text' as const};
    add(property.name, row(property.name, 'css custom properties', property, {control}));
  }
  for (const part of element.cssParts ?? []) {
    const name = `::part(${part.name})`;
    const example = `Style it from the page: \`${element.tagName}::part(${part.name}) { outline: 2px solid #0b5394; }\``;
    add(
      name,
      row(name, 'css shadow parts', {...part, description: `${part.description ?? ''}\n\n${example}`.trim()}, {control: NO_CONTROL}),
    );
  }
  for (const event of element.events ?? []) {
    const example = `Listen: \`document.addEventListener('${event.name}', (event) => console.log(event.detail))\``;
    add(
      event.name,
      row(event.name, 'events', {...event, description: `${event.description ?? ''}\n\n${example}`.trim()}, {control: NO_CONTROL}),
    );
  }
  return argTypes as StrictArgTypes;
}
