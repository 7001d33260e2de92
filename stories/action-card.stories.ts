import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {createExampleElement} from '../examples/element-example.js';
import {actionCardExamples} from '../examples/action-card.examples.js';

/** Stories come from the same example set as the tests (examples/action-card.examples.ts). */
const meta: Meta = {
  title: 'Elements/Action card',
  component: 'hf-action-card',
  parameters: {
    docs: {
      description: {
        component:
          'The action at a glance: title, status from its dates, period, programme, country and budget, then goal, how it works, expected results, who benefits, earlier phases, links and funding attribution. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-action-card></hf-action-card>`; `variant="compact"` for a short card with "Show more".',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle']},
  },
};
export default meta;

type Story = StoryObj;

function storyOf(name: string): Story {
  const example = actionCardExamples.find((candidate) => candidate.name === name)!;
  return {
    name: example.name,
    parameters: {docs: {description: {story: example.description}}},
    render: (_args, context) => {
      const element = createExampleElement('hf-action-card', example);
      if (context.globals.theme === 'dark' && !example.attributes?.theme) element.setAttribute('theme', 'dark');
      return element;
    },
  };
}

export const Default = storyOf('Default');
export const Compact = storyOf('Compact');
export const CompactExpanded = storyOf('Compact expanded');
export const HeadingLevel3 = storyOf('Heading level 3');
export const Planned = storyOf('Planned');
export const Completed = storyOf('Completed');
export const TitleOnly = storyOf('Title only');
export const LongText = storyOf('Long text');
export const Error = storyOf('Error');
export const Loading = storyOf('Loading');
export const Dark = storyOf('Dark');
export const MultiLanguageDocument = storyOf('Multi-language document');
