import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {exampleStory, phoneWidth} from './example-story.js';
import {hotlineBannerExamples} from '../examples/hotline-banner.examples.js';

/** Stories come from the same example set as the tests (examples/hotline-banner.examples.ts). */
const meta: Meta = {
  title: 'Elements/Hotline banner',
  component: 'hf-hotline-banner',
  parameters: {
    docs: {
      description: {
        component:
          'Hotline numbers as `tel:` links, with an optional quick exit. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-hotline-banner quick-exit></hf-hotline-banner>`. Every number carries its source and the date it was checked (28 November 2026): re-check them before you publish.\n\n**Accessibility.** A landmark section named by its heading (`heading-level` fits it into the page outline); each number is a `tel:` link named with its line (“ASTRA SOS hotline: call 011 785 0000”); free and anonymous marks are text, not colour; the exit control and the dismiss button are at least 44 × 44 px; quick-exit progress (Shift ×3) is announced in a polite live region, in the page’s language.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-dismiss', 'hf-exit']},
  },
};
export default meta;

const storyOf = (name: string, extra?: Partial<StoryObj>) => exampleStory('hf-hotline-banner', hotlineBannerExamples, name, extra);

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
export const CustomTokens = storyOf('Custom tokens');
export const Dismissed = storyOf('Dismissed');
export const Phone360 = storyOf('Default', {...phoneWidth, name: 'Phone, 360 px'});
