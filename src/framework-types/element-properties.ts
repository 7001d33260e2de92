/**
 * The properties a framework may set on an element: its own public, writable, non-method
 * members (`data`, `headingLevel`, `quickExit`, …), not the read-only ones (`effectiveExitUrl`)
 * nor what every Lit element or HTML element has.
 */
import type {LitElement} from 'lit';

/** `A` when X and Y are the same type (readonly-ness included), else `B`. */
type IfEquals<X, Y, A, B> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? A : B;

type WritableKeys<T> = {[K in keyof T]-?: IfEquals<{[Q in K]: T[K]}, {-readonly [Q in K]: T[K]}, K, never>}[keyof T];

export type ElementProperties<Element> = {
  [
    Key in Exclude<WritableKeys<Element>, keyof LitElement> as Element[Key] extends (...args: never[]) => unknown ? never : Key
  ]?: Element[Key];
};
