import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {exampleStory, phoneState, phoneWidth} from './example-story.js';
import {beneficiaryListExamples} from '../examples/beneficiary-list.examples.js';

/** Stories come from the same example set as the tests (examples/beneficiary-list.examples.ts). */
const meta: Meta = {
  title: 'Elements/Beneficiary list',
  component: 'hf-beneficiary-list',
  parameters: {
    docs: {
      description: {
        component:
          'Who benefits from the action, in collapsible groups. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-beneficiary-list></hf-beneficiary-list>`. Above 12 members (or with `filter`) a filter box appears: it finds names whatever the script (Cyrillic or Latin), case or diacritics the reader types, and announces the number of matches.\n\n**Accessibility.** Each group heading holds a button with `aria-expanded` and `aria-controls`; members are a list; the filter is a labelled search field with a hint, its result count is announced in a polite live region with the right plural in each language, and Escape clears it.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle', 'hf-filter']},
  },
};
export default meta;

const storyOf = (name: string, extra?: Partial<StoryObj> & {description?: string}) =>
  exampleStory('hf-beneficiary-list', beneficiaryListExamples, name, extra);

export const Default = storyOf('Default');
export const Collapsed = storyOf('Collapsed');
export const OneGroup = storyOf('One group');
export const FilterShown = storyOf('Filter shown');
export const HeadingLevel3 = storyOf('Heading level 3');
export const LongText = storyOf('Long text');
// On its own page, not inline in the docs page (which it made 116,000 px tall). The tag is
// written here, not passed to storyOf, because Storybook's index reads it from the source.
//
// Storybook's accessibility addon checks a story after every render (opening it, or a changed
// control): axe over 5,000 members, then the whole report sent through Storybook's channel,
// serialized member by member. Profiled in Chromium on the static Storybook, that took several
// seconds of main-thread work right after the story opened (about 3 s in axe and 4.5 s in
// telejson's stringify on the shared 2-core machine), and a filter typed meanwhile waited for it:
// the 1.5 s blocks reported in issue 22. Once the check had finished, a filter showed no axe or
// channel work at all, only the list's own DOM updates. So here the addon checks only when asked (its "Run" button); the list is
// checked with axe by the tests and by scripts/check-storybook.mjs.
export const FiveThousandMembers: StoryObj = {
  ...storyOf('5,000 members', {
    description:
      'Five thousand fictional members, to try the filter at scale. The accessibility panel checks this story only when you press its Run button: checking 5,000 members after every render kept Storybook’s main thread busy for seconds, and a filter typed meanwhile waited. Once the check is done, a filter costs what it costs in an app (docs/performance.md). Its document is too large to edit in the Controls panel.',
  }),
  globals: {a11y: {manual: true}},
  tags: ['!autodocs'],
};
export const Empty = storyOf('Empty');
export const Error = storyOf('Error');
export const Loading = storyOf('Loading');
export const Dark = storyOf('Dark', {globals: {theme: 'dark'}});
export const CustomTokens = storyOf('Custom tokens');
export const Phone360 = storyOf('Default', {
  ...phoneWidth,
  description: 'The default list on a 360 px wide phone page: one column of members, the filter as wide as the page.',
});
export const PhoneError = storyOf(
  'Error',
  phoneState('error', 'The error state on a 360 px wide phone page: the message and the page’s fallback stay readable.'),
);
export const PhoneEmpty = storyOf('Empty', phoneState('empty', 'A document without beneficiaries on a 360 px wide phone page.'));
export const PhoneLoading = storyOf(
  'Loading',
  phoneState('loading', 'A `src` still loading on a 360 px wide phone page: the reserved space.'),
);
