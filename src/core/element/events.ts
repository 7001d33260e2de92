/**
 * Every `hf-*` event, its detail, and one map that `HfElement.emit` is typed against, so a
 * detail cannot drift from its declaration. The same map is declared on elements, `document`
 * and `window`: the events bubble and are composed, so pages listen wherever they like.
 */
import type {HfErrorDetail} from '../loading/data-error.js';

/** What `hf-load` carries. */
export interface HfLoadDetail {
  /** Where the document came from. */
  source: 'data' | 'inline' | 'src' | 'default';
  id: string;
}

/**
 * What `hf-toggle` carries: something was shown or hidden (the rest of a compact card, a
 * budget table, a beneficiary group).
 */
export interface HfToggleDetail {
  expanded: boolean;
  /** The group shown or hidden, for `<hf-beneficiary-list>`. */
  group?: string;
}

/** What `hf-exit` carries. */
export interface HfExitDetail {
  url: string;
  trigger: 'control' | 'keyboard';
}

/** What `hf-dismiss` carries. */
export interface HfDismissDetail {
  remembered: boolean;
}

/** What `hf-filter` carries: the trimmed query and how many members match it. */
export interface HfFilterDetail {
  query: string;
  matches: number;
}

export interface HfEventMap {
  'hf-load': CustomEvent<HfLoadDetail>;
  'hf-error': CustomEvent<HfErrorDetail>;
  'hf-toggle': CustomEvent<HfToggleDetail>;
  'hf-exit': CustomEvent<HfExitDetail>;
  'hf-dismiss': CustomEvent<HfDismissDetail>;
  'hf-filter': CustomEvent<HfFilterDetail>;
}

export type HfEventName = keyof HfEventMap;
export type HfEventDetail<K extends HfEventName> = HfEventMap[K]['detail'];

declare global {
  /* eslint-disable @typescript-eslint/no-empty-object-type -- declaration merging needs these */
  interface HTMLElementEventMap extends HfEventMap {}
  interface DocumentEventMap extends HfEventMap {}
  interface WindowEventMap extends HfEventMap {}
  /* eslint-enable @typescript-eslint/no-empty-object-type */
}
