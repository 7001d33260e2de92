import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {exampleStory, phoneState, phoneWidth} from './example-story.js';
import {actionCardExamples} from '../examples/action-card.examples.js';

/** Stories come from the same example set as the tests (examples/action-card.examples.ts). */
const meta: Meta = {
  title: 'Elements/Action card',
  component: 'hf-action-card',
  parameters: {
    docs: {
      description: {
        component:
          'The action at a glance: title, status from its dates, period, programme, country and budget, then goal, how it works, expected results, who benefits, earlier phases, links and funding attribution. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-action-card></hf-action-card>`; `variant="compact"` for a short card with "Show more".\n\n**Accessibility.** The title is a heading at `heading-level`, sections one level below; the status badge is text with a shape, never colour alone; facts are a definition list; earlier phases are an ordered list; “Show more” is a button with `aria-expanded` and `aria-controls`, and focus stays on it.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle']},
  },
};
export default meta;

const storyOf = (name: string, extra?: Partial<StoryObj> & {description?: string}) =>
  exampleStory('hf-action-card', actionCardExamples, name, extra);

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
export const Dark = storyOf('Dark', {globals: {theme: 'dark'}});
export const MultiLanguageDocument = storyOf('Multi-language document');
export const CustomTokens = storyOf('Custom tokens');
export const Phone360 = storyOf('Default', {
  ...phoneWidth,
  description:
    'The full card on a 360 px wide phone page: the facts stack, the lists take one column and the status badge goes under the title.',
});
export const PhoneError = storyOf(
  'Error',
  phoneState('error', 'The error state on a 360 px wide phone page: the message and the page’s fallback stay readable.'),
);
export const PhoneEmpty = storyOf(
  'Title only',
  phoneState('empty', 'A document with only a title on a 360 px wide phone page: the short empty states stack.'),
);
export const PhoneLoading = storyOf(
  'Loading',
  phoneState('loading', 'A `src` still loading on a 360 px wide phone page: the reserved space.'),
);
