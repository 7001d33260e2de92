import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {createExampleElement} from '../examples/element-example.js';
import {hotlineBannerExamples} from '../examples/hotline-banner.examples.js';

/** Stories come from the same example set as the tests (examples/hotline-banner.examples.ts). */
const meta: Meta = {
  title: 'Elements/Hotline banner',
  component: 'hf-hotline-banner',
  parameters: {
    docs: {
      description: {
        component:
          'Hotline numbers as `tel:` links, with an optional quick exit. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-hotline-banner quick-exit></hf-hotline-banner>`. Every number carries its source and the date it was checked (28 November 2026): re-check them before you publish.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-dismiss', 'hf-exit']},
  },
};
export default meta;

type Story = StoryObj;

function storyOf(name: string): Story {
  const example = hotlineBannerExamples.find((candidate) => candidate.name === name)!;
  return {
    name: example.name,
    parameters: {docs: {description: {story: example.description}}},
    render: () => createExampleElement('hf-hotline-banner', example),
  };
}

export const Default = storyOf('Default');
export const Compact = storyOf('Compact');
export const ChosenHotlines = storyOf('Chosen hotlines');
export const QuickExit = storyOf('Quick exit');
export const CompactWithQuickExit = storyOf('Compact with quick exit');
export const StickyTop = storyOf('Sticky top');
export const StickyBottom = storyOf('Sticky bottom');
export const HeadingLevel4 = storyOf('Heading level 4');
export const Dark = storyOf('Dark');
export const LongText = storyOf('Long text');
export const Empty = storyOf('Empty');
export const Error = storyOf('Error');
export const Loading = storyOf('Loading');
