import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {exampleStory, phoneState, phoneWidth} from './example-story.js';
import {budgetBreakdownExamples} from '../examples/budget-breakdown.examples.js';

/** Stories come from the same example set as the tests (examples/budget-breakdown.examples.ts). */
const meta: Meta = {
  title: 'Elements/Budget breakdown',
  component: 'hf-budget-breakdown',
  parameters: {
    docs: {
      description: {
        component:
          'The action budget, the programme budget, the funders’ shares with the amounts they come to, the action’s share of the programme and optional budget lines: an accessible SVG chart (`chart="bar"` or `"donut"`) always paired with a real data table. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-budget-breakdown></hf-budget-breakdown>`. The seed’s figures: action 1 000 000 EUR; programme about 41 million EUR, 85% European Union and 15% Council of Europe. Examples marked “illustrative” use made-up figures.\n\n**Accessibility.** The chart is an image with a text name listing every share; segments carry direct labels and textures as well as colours; the same numbers are in a real table with a caption and header cells (`show-table` keeps it open; otherwise a button with `aria-expanded` shows it); numbers are formatted for the page’s language.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle']},
  },
};
export default meta;

const storyOf = (name: string, extra?: Partial<StoryObj> & {description?: string}) =>
  exampleStory('hf-budget-breakdown', budgetBreakdownExamples, name, extra);

export const Default = storyOf('Default');
export const Donut = storyOf('Donut');
export const ShowTable = storyOf('Show table');
export const BudgetLines = storyOf('Budget lines');
export const BudgetLinesAsDonuts = storyOf('Budget lines as donuts');
export const HeadingLevel3 = storyOf('Heading level 3');
export const ApproximateProgrammeBudget = storyOf('Approximate programme budget');
export const ExactProgrammeBudget = storyOf('Exact programme budget');
export const OnlyTheActionBudget = storyOf('Only the action budget');
export const Empty = storyOf('Empty');
export const ErrorShares = storyOf('Error: shares');
export const ErrorNegativeAmount = storyOf('Error: negative amount');
export const Loading = storyOf('Loading');
export const Dark = storyOf('Dark', {globals: {theme: 'dark'}});
export const CustomTokens = storyOf('Custom tokens');
export const Phone360 = storyOf('Default', {
  ...phoneWidth,
  description: 'The default breakdown on a 360 px wide phone page: the figures stack and the bar keeps the labels that fit.',
});
export const PhoneError = storyOf(
  'Error: shares',
  phoneState('error', 'The error state on a 360 px wide phone page: the message and the page’s fallback stay readable.'),
);
export const PhoneEmpty = storyOf('Empty', phoneState('empty', 'A document without budget figures on a 360 px wide phone page.'));
export const PhoneLoading = storyOf(
  'Loading',
  phoneState('loading', 'A `src` still loading on a 360 px wide phone page: the reserved space.'),
);
