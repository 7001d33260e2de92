/**
 * JSX types for React 19, which sets properties and adds listeners for custom events on custom
 * elements by itself. An app opts in once, in any of its files:
 *
 *     import type {} from 'hf-widgets/react';
 *
 * Then every tag takes its attributes as written in HTML (`quick-exit`, `heading-level`), its
 * properties (`data`, `headingLevel`), and a listener per event it fires, named as React 19
 * names them: `onhf-exit={(event) => event.detail.url}`.
 */
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {HfEventMap} from '../core/element/events.js';
import type {HfElements} from '../generated/element-types.js';
import type {ElementProperties} from './element-properties.js';

type ElementOf<Tag extends keyof HfElements> = HfElements[Tag]['element'];

/** What `<Tag …>` accepts in React 19 TSX. */
export type HfReactProps<Tag extends keyof HfElements> = DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>> &
  ElementProperties<ElementOf<Tag>> &
  HfElements[Tag]['attributes'] & {
    [Event in HfElements[Tag]['events'] as `on${Event}`]?: (event: HfEventMap[Event]) => void;
  };

type HfIntrinsicElements = {[Tag in keyof HfElements]: HfReactProps<Tag>};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
    interface IntrinsicElements extends HfIntrinsicElements {}
  }
}
