import {defaultAction} from '../src/core/document/default-action.js';
import {PENDING_SRC, type ElementExample, type FallbackHtml} from './element-example.js';

/**
 * A made-up line for the "Long text" example: its number is fictional (all zeros after the
 * country code) and its name and audience say so, so no reader takes it for a real helpline and
 * no real number is paired with invented hours or marks.
 */
const fictionalLongLine = {
  id: 'fictional-long',
  name: {
    en: 'Fictional example line: a national helpline for people affected by labour exploitation, forced begging, forced criminality and trafficking for the purpose of sexual exploitation',
    'sr-Cyrl':
      'Измишљена линија за пример: национална линија за особе погођене радном експлоатацијом, принудним просјачењем, принудним вршењем кривичних дела и трговином људима у сврху сексуалне експлоатације',
  },
  number: '+381000000000',
  display: '+381 00 000 0000',
  audience: {
    en: 'This number is fictional: it only shows how long text wraps.',
    'sr-Cyrl': 'Овај број је измишљен: само показује како се дуг текст прелама.',
  },
  hours: {en: 'Monday to Friday, 9:00–17:00', 'sr-Cyrl': 'Од понедељка до петка, 9:00–17:00'},
  free: true,
  anonymous: true,
  source: 'fictional, for this example only',
};

/** The page's fallback: plain numbers and a plain exit link, for readers without JavaScript. */
export const bannerFallbackHtml: FallbackHtml = {
  en: `<p>ASTRA SOS: <a href="tel:+381117850000">011 785 0000</a> · <a href="https://www.google.com/webhp" rel="noreferrer">Exit this page</a></p>`,
  'sr-Cyrl': `<p>АСТРА СОС телефон: <a href="tel:+381117850000">011 785 0000</a> · <a href="https://www.google.com/webhp" rel="noreferrer">Брзи излаз</a></p>`,
};

export const hotlineBannerExamples: ElementExample[] = [
  {
    name: 'Default',
    description:
      'The default action’s hotlines, except 0800 100 388 (one source of about 2023), which shows only when named in `hotlines`.',
    expect: 'ready',
  },
  {
    name: 'Compact',
    description: 'Names and numbers only, without heading or intro, flowing in rows; choose fewer lines with `hotlines` for a single row.',
    attributes: {variant: 'compact'},
    expect: 'ready',
  },
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
  {
    name: 'Sticky top',
    description:
      '`position="top"`, shown in a small scrolling page: once the page’s header has scrolled away, the banner stays stuck to the top while the text passes under it.',
    attributes: {position: 'top', 'quick-exit': true},
    expect: 'ready',
  },
  {
    name: 'Sticky bottom',
    description:
      '`position="bottom"` with the compact variant: shown in a small scrolling page, the banner rests on its bottom edge over the page’s text.',
    attributes: {position: 'bottom', variant: 'compact', 'quick-exit': true},
    expect: 'ready',
  },
  {
    name: 'Heading level 4',
    description:
      '`heading-level="4"` fits the heading into the page outline. It looks the same as Default: only the heading’s level for assistive technology changes.',
    attributes: {'heading-level': '4'},
    expect: 'ready',
  },
  {
    name: 'Dark',
    description: '`theme="dark"` forces the dark colours whatever the reader’s setting; shown on a dark page.',
    attributes: {theme: 'dark', 'quick-exit': true},
    expect: 'ready',
  },
  {
    name: 'Long text',
    description:
      'A very long hotline name, hours and every mark wrap without breaking the layout. The line and its number (+381 00 000 0000) are fictional.',
    data: {id: 'long-text', title: 'Long text', hotlines: [fictionalLongLine]},
    expect: 'ready',
  },
  {
    name: 'Empty',
    description: 'A document without hotlines shows a short message.',
    data: {id: 'empty', title: 'Empty', hotlines: []},
    expect: 'empty',
  },
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
    attributes: {
      style:
        '--hf-color-accent: #6b2d8c; --hf-color-link: #5b2a78; --hf-color-surface-raised: #f6effa; --hf-color-chart-1: #6b2d8c; --hf-color-chart-2: #b3541e; --hf-radius: 1rem',
    },
    expect: 'ready',
  },
  {
    name: 'Dismissed',
    description: 'After the reader hid it: nothing is shown (quick exit by Shift ×3 still works when enabled).',
    attributes: {dismissible: true, dismissed: true},
    expect: 'ready',
  },
];
