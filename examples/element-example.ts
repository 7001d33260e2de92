/**
 * One example set per element feeds the Storybook stories, the tests and the axe checks alike,
 * so what designers review is what is tested.
 */
import {pageLocale, type SupportedLocale} from '../src/i18n/locale.js';
import {cyrillicToLatin} from '../src/i18n/transliterate.js';

export interface ElementExample {
  /** Story and test name. */
  name: string;
  /** What the example shows, for the story's docs. */
  description: string;
  /** Attributes to set (`true` for a boolean attribute). */
  attributes?: Record<string, string | boolean>;
  /** The `data` property. */
  data?: unknown;
  /** Text of an inline `<script type="application/json">` child. */
  inlineJson?: string;
  /**
   * Light-DOM fallback: trusted, static HTML written by us, never data; in English and Serbian
   * Cyrillic (Latin is derived), so a story in Serbian does not fall back to English.
   */
  fallbackHtml?: FallbackHtml;
  /** The state the example ends in once it settles. */
  expect: 'ready' | 'loading' | 'error' | 'empty';
}

/** An example's fallback in each language it is written in. */
export interface FallbackHtml {
  en: string;
  'sr-Cyrl': string;
}

/** The fallback in the page's language (`<html lang>`, as the elements read it). */
export function fallbackFor(fallback: FallbackHtml, locale: SupportedLocale = pageLocale()): string {
  if (locale === 'en') return fallback.en;
  return locale === 'sr-Latn' ? cyrillicToLatin(fallback['sr-Cyrl']) : fallback['sr-Cyrl'];
}

/** An address that examples use for "still loading": requests to it never settle. */
export const PENDING_SRC = '/hf-example-pending.json';

let pendingFetchInstalled = false;

/** Makes requests to PENDING_SRC hang, so a loading state can be shown and tested. */
function installPendingFetch(): void {
  if (pendingFetchInstalled) return;
  pendingFetchInstalled = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).endsWith(PENDING_SRC) ? new Promise<Response>(() => {}) : realFetch(input, init);
}

/** Builds the element an example describes (not yet attached to the page). */
export function createExampleElement(tag: string, example: ElementExample): HTMLElement {
  if (example.attributes?.src === PENDING_SRC) installPendingFetch();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(example.attributes ?? {})) {
    if (value === true) element.setAttribute(name, '');
    else if (value !== false) element.setAttribute(name, value);
  }
  if (example.fallbackHtml) {
    const template = document.createElement('template');
    template.innerHTML = fallbackFor(example.fallbackHtml);
    element.append(template.content);
  }
  if (example.inlineJson !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = example.inlineJson;
    element.append(script);
  }
  if (example.data !== undefined) (element as HTMLElement & {data: unknown}).data = example.data;
  return element;
}
