import {defaultAction} from '../src/core/default-action.js';
import {PENDING_SRC, type ElementExample} from './element-example.js';

const longName = {
  en: 'National helpline for people affected by labour exploitation, forced begging, forced criminality and trafficking for the purpose of sexual exploitation',
  'sr-Cyrl': 'Национална линија за особе погођене радном експлоатацијом, принудним просјачењем, принудним вршењем кривичних дела и трговином људима ради сексуалне експлоатације',
};

/** The page's fallback: plain numbers and a plain exit link, for readers without JavaScript. */
export const bannerFallbackHtml = `<p>ASTRA SOS: <a href="tel:+381117850000">011 785 0000</a> · <a href="https://www.google.com/webhp" rel="noreferrer">Exit this page</a></p>`;

export const hotlineBannerExamples: ElementExample[] = [
  {name: 'Default', description: 'Every hotline of the default action.', expect: 'ready'},
  {name: 'Compact', description: 'Names and numbers only, without heading or intro, flowing in rows: all five lines take three rows at 1024 px; choose fewer with `hotlines` for a single row.', attributes: {variant: 'compact'}, expect: 'ready'},
  {
    name: 'Chosen hotlines',
    description: '`hotlines="astra,police"` picks and orders the lines.',
    attributes: {hotlines: 'astra,police'},
    expect: 'ready',
  },
  {
    name: 'Quick exit',
    description: 'The exit control, plus Shift pressed three times.',
    attributes: {'quick-exit': true, dismissible: true},
    expect: 'ready',
  },
  {
    name: 'Compact with quick exit',
    description: 'Three chosen lines, the exit control and the dismiss button: a one-line banner for the top of a blog on a wide screen.',
    attributes: {variant: 'compact', 'quick-exit': true, dismissible: true, hotlines: 'astra,missing-children,nadel'},
    expect: 'ready',
  },
  {name: 'Sticky top', description: '`position="top"`, shown in a small scrolling page: once the page’s header has scrolled away, the banner stays stuck to the top while the text passes under it.', attributes: {position: 'top', 'quick-exit': true}, expect: 'ready'},
  {name: 'Sticky bottom', description: '`position="bottom"` with the compact variant: shown in a small scrolling page, the banner rests on its bottom edge over the page’s text.', attributes: {position: 'bottom', variant: 'compact', 'quick-exit': true}, expect: 'ready'},
  {name: 'Heading level 4', description: '`heading-level="4"` fits the heading into the page outline. It looks the same as Default: only the heading’s level for assistive technology changes.', attributes: {'heading-level': '4'}, expect: 'ready'},
  {name: 'Dark', description: '`theme="dark"` forces the dark colours whatever the reader’s setting; shown on a dark page.', attributes: {theme: 'dark', 'quick-exit': true}, expect: 'ready'},
  {
    name: 'Long text',
    description: 'A very long hotline name and audience wrap without breaking the layout.',
    data: {
      id: 'long-text',
      title: 'Long text',
      hotlines: [{...defaultAction.hotlines![0], id: 'long', name: longName, audience: longName, hours: {en: 'Monday to Friday, 9:00–17:00', 'sr-Cyrl': 'Од понедељка до петка, 9:00–17:00'}, free: true, anonymous: true}],
    },
    expect: 'ready',
  },
  {name: 'Empty', description: 'A document without hotlines shows a short message.', data: {id: 'empty', title: 'Empty', hotlines: []}, expect: 'empty'},
  {
    name: 'Error',
    description: 'A `javascript:` number: the error names the field and the fallback stays visible.',
    data: {id: 'bad', title: 'Bad', hotlines: [{...defaultAction.hotlines![0], number: 'javascript:alert(1)'}]},
    fallbackHtml: bannerFallbackHtml,
    expect: 'error',
  },
  {name: 'Loading', description: 'A `src` that has not answered yet.', attributes: {src: PENDING_SRC}, expect: 'loading'},
  {
    name: 'Custom tokens',
    description: 'Themed through the public `--hf-*` custom properties only, as a partner site would.',
    attributes: {style: '--hf-color-accent: #6b2d8c; --hf-color-link: #5b2a78; --hf-color-surface-raised: #f6effa; --hf-color-chart-1: #6b2d8c; --hf-color-chart-2: #b3541e; --hf-radius: 1rem'},
    expect: 'ready',
  },
  {
    name: 'Dismissed',
    description: 'After the reader hid it: nothing is shown (quick exit by Shift ×3 still works when enabled).',
    attributes: {dismissible: true, dismissed: true},
    expect: 'ready',
  },
];
