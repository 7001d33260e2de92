import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {createExampleElement} from '../examples/element-example.js';
import {beneficiaryListExamples} from '../examples/beneficiary-list.examples.js';

/** Stories come from the same example set as the tests (examples/beneficiary-list.examples.ts). */
const meta: Meta = {
  title: 'Elements/Beneficiary list',
  component: 'hf-beneficiary-list',
  parameters: {
    docs: {
      description: {
        component:
          'Who benefits from the action, in collapsible groups. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-beneficiary-list></hf-beneficiary-list>`. Above 12 members (or with `filter`) a filter box appears: it finds names whatever the script (Cyrillic or Latin), case or diacritics the reader types, and announces the number of matches.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle', 'hf-filter']},
  },
};
export default meta;

type Story = StoryObj;

function storyOf(name: string): Story {
  const example = beneficiaryListExamples.find((candidate) => candidate.name === name)!;
  return {
    name: example.name,
    parameters: {docs: {description: {story: example.description}}},
    render: (_args, context) => {
      const element = createExampleElement('hf-beneficiary-list', example);
      if (context.globals.theme === 'dark' && !example.attributes?.theme) element.setAttribute('theme', 'dark');
      return element;
    },
  };
}

export const Default = storyOf('Default');
export const Collapsed = storyOf('Collapsed');
export const OneGroup = storyOf('One group');
export const FilterShown = storyOf('Filter shown');
export const HeadingLevel3 = storyOf('Heading level 3');
export const LongText = storyOf('Long text');
export const FiveThousandMembers = storyOf('5,000 members');
export const Empty = storyOf('Empty');
export const Error = storyOf('Error');
export const Loading = storyOf('Loading');
export const Dark = storyOf('Dark');
