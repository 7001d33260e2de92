import type {Decorator, Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {exampleStory, phoneWidth, stickyPage} from './example-story.js';
import type {HfHotlineBanner} from '../src/components/hotline-banner/hotline-banner.js';
import {hotlineBannerExamples} from '../examples/hotline-banner.examples.js';

/** Stories come from the same example set as the tests (examples/hotline-banner.examples.ts). */
const meta: Meta = {
  title: 'Elements/Hotline banner',
  component: 'hf-hotline-banner',
  parameters: {
    docs: {
      description: {
        component:
          'Hotline numbers as `tel:` links, with an optional quick exit. Embed with `<script type="module" src="hf-widgets.js"></script>` and `<hf-hotline-banner quick-exit></hf-hotline-banner>`. Every number carries its source; none was confirmed live, so call each one and confirm it live before you publish.\n\n**Accessibility.** A landmark section named by its heading (`heading-level` fits it into the page outline); each number is a `tel:` link named with its line (“ASTRA SOS hotline: call 011 785 0000”); free and anonymous marks are text, not colour; the exit control and the dismiss button are at least 44 × 44 px; quick-exit progress (Shift ×3) is announced in a polite live region, in the banner’s language (its nearest `lang`).',
      },
    },
    actions: {handles: ['hf-load', 'hf-error', 'hf-dismiss', 'hf-exit']},
  },
};
export default meta;

const storyOf = (name: string, extra?: Partial<StoryObj> & {description?: string}) =>
  exampleStory('hf-hotline-banner', hotlineBannerExamples, name, extra);

/** A dismissed banner renders nothing: the note says so, and its button brings the banner back. */
const dismissedNote: Decorator = (story) => {
  const showAgain = (event: Event) => {
    const banner = (event.currentTarget as HTMLElement).closest('.hf-story-note')?.nextElementSibling as HfHotlineBanner | null;
    if (banner) banner.dismissed = false;
  };
  return html`<p class="hf-story-note">
      The reader has hidden this banner, so it shows nothing here.
      <button type="button" @click=${showAgain}>Show the banner again</button>
    </p>
    ${story()}`;
};

export const Default = storyOf('Default');
export const Compact = storyOf('Compact');
export const ChosenHotlines = storyOf('Chosen hotlines');
export const QuickExit = storyOf('Quick exit');
export const CompactWithQuickExit = storyOf('Compact with quick exit');
export const StickyTop = storyOf('Sticky top', stickyPage('top'));
export const StickyBottom = storyOf('Sticky bottom', stickyPage('bottom'));
export const HeadingLevel4 = storyOf('Heading level 4');
export const Dark = storyOf('Dark', {globals: {theme: 'dark'}});
export const LongText = storyOf('Long text');
export const Empty = storyOf('Empty');
export const Error = storyOf('Error');
export const Loading = storyOf('Loading');
export const CustomTokens = storyOf('Custom tokens');
export const Dismissed = storyOf('Dismissed', {decorators: [dismissedNote]});
export const Phone360 = storyOf('Quick exit', {
  ...phoneWidth,
  description: 'The banner with quick exit on a 360 px wide phone page: the cards stack and the exit control keeps its 44 px.',
});
export const CompactPhone360 = storyOf('Compact with quick exit', {
  ...phoneWidth,
  name: 'Compact, phone, 360 px',
  description:
    'The compact banner on a 360 px wide phone page: long names wrap beside their numbers rather than being cut, and the controls take a row of their own.',
});
