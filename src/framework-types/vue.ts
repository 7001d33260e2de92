/**
 * Template types for Vue 3 (checked by vue-tsc and Vue's editor tools). An app opts in once, in
 * any of its files:
 *
 *     import type {} from 'hf-widgets/vue';
 *
 * Then every tag takes its properties (`:data`, `heading-level`, bare `quick-exit`) and typed
 * listeners for the events it fires (`@hf-exit="(event) => event.detail.url"`). Vue itself must
 * still be told that `hf-*` tags are custom elements (`compilerOptions.isCustomElement`).
 */
import type {EmitFn, HTMLAttributes, PublicProps} from 'vue';
import type {HfEventMap} from '../core/element/events.js';
import type {HfElements} from '../generated/element-types.js';
import type {ElementProperties} from './element-properties.js';

type ElementOf<Tag extends keyof HfElements> = HfElements[Tag]['element'];

/**
 * How Vue's tools read a global component: props from `$props`, events from `$emit`. These two
 * exist only in types; an element has no such members.
 */
export type HfVueComponent<Tag extends keyof HfElements> = new () => ElementOf<Tag> & {
  $props: HTMLAttributes & ElementProperties<ElementOf<Tag>> & PublicProps;
  $emit: EmitFn<{[Event in HfElements[Tag]['events']]: (event: HfEventMap[Event]) => void}>;
};

type HfGlobalComponents = {[Tag in keyof HfElements]: HfVueComponent<Tag>};

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface GlobalComponents extends HfGlobalComponents {}
}
