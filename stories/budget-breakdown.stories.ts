import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {createExampleElement} from '../examples/element-example.js';
import {budgetBreakdownExamples} from '../examples/budget-breakdown.examples.js';
// Defining twice is a no-op, so the stories work whether or not src/index.ts already imports it.
import '../src/hf-budget-breakdown.js';

/** Stories come from the same example set as the tests (examples/budget-breakdown.examples.ts). */
const meta: Meta = {
  title: 'Elements/Budget breakdown',
  component: 'hf-budget-breakdown',
  parameters: {
    docs: {
      description: {
        component:
          'The action budget, the programme budget, the funders’ shares with the amounts they come to, the action’s share of the programme and optional budget lines: an accessible SVG chart (`chart="bar"` or `"donut"`) always paired with a real data table. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-budget-breakdown></hf-budget-breakdown>`. The seed’s figures: action 1 000 000 EUR; programme about 41 million EUR, 85% European Union and 15% Council of Europe. Examples marked “illustrative” use made-up figures.',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-toggle']},
  },
};
export default meta;

type Story = StoryObj;

function storyOf(name: string): Story {
  const example = budgetBreakdownExamples.find((candidate) => candidate.name === name)!;
  return {
    name: example.name,
    parameters: {docs: {description: {story: example.description}}},
    render: (_args, context) => {
      const element = createExampleElement('hf-budget-breakdown', example);
      if (context.globals.theme === 'dark' && !example.attributes?.theme) element.setAttribute('theme', 'dark');
      return element;
    },
  };
}

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
export const Dark = storyOf('Dark');
