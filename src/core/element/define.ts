/**
 * Registers an element once, however many times the bundle is loaded: the same version already
 * registered is a no-op, another version keeps the first and warns once. Never throws, so a
 * second copy of the bundle cannot break the host page.
 */
import {warnOnce} from './warn-once.js';

/** package.json's version, written in by whatever compiles this file (scripts/lib/version-define.mjs). */
declare const __HF_WIDGETS_VERSION__: string | undefined;

/**
 * This copy's version. It also keys the page-wide translation tables, so two versions on one page
 * keep their own. A tool that compiles the sources without the define (a quick benchmark) gets
 * 'development' instead of failing.
 */
export const VERSION: string = typeof __HF_WIDGETS_VERSION__ === 'string' ? __HF_WIDGETS_VERSION__ : 'development';

const VERSION_KEY = Symbol.for('hf-widgets.version');
type Versioned = CustomElementConstructor & {[VERSION_KEY]?: string};

export function safeDefine(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const existingVersion = existing[VERSION_KEY];
    if (existing !== element && existingVersion !== VERSION) {
      warnOnce(
        `hf-widgets: <${tag}> is already defined by ${existingVersion ? `version ${existingVersion}` : 'another script'}; ` +
          `version ${VERSION} keeps that one. Load one copy of hf-widgets per page.`,
      );
    }
    return;
  }
  (element as Versioned)[VERSION_KEY] = VERSION;
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`hf-widgets: could not define <${tag}>:`, error);
  }
}
