/**
 * An element's own locale: the nearest `lang` attribute, its own or an ancestor's, as HTML
 * decides the language of any content (crossing from a shadow root to its host). `<html lang>`
 * is the page's, and there `<html data-hf-locale>` and `setLocale()` decide (locale.ts): they
 * speak for every element with no `lang` between it and `<html>`.
 *
 * Changes are watched live: one observer per copy of hf-widgets sees every `lang` change in the
 * document and in the shadow roots that hold a watched element, and tells the watched elements,
 * which re-render when their locale changed.
 */
import {getLocale, resolveLocale, type SupportedLocale} from './locale.js';

/** The nearest `lang` value below `<html>`, from `element` outwards; undefined when there is none. */
export function nearestLang(element: Element): string | undefined {
  const root = element.ownerDocument.documentElement;
  let node: Element | null = element;
  while (node) {
    const marked: Element | null = node.closest('[lang]');
    if (marked && marked !== root) return marked.getAttribute('lang') ?? undefined;
    if (marked === root) return undefined;
    // No `lang` in this tree: a shadow tree inherits its host's language.
    const tree = node.getRootNode();
    node = tree instanceof ShadowRoot ? tree.host : null;
  }
  return undefined;
}

/**
 * The locale `element` renders in: its nearest `lang` below `<html>` resolved (an empty `lang`,
 * "language unknown", counts as none), else the page's locale.
 */
export function elementLocale(element: Element): SupportedLocale {
  const lang = nearestLang(element)?.trim();
  return lang ? resolveLocale(lang) : getLocale();
}

/** Watched elements and what each does when a `lang` somewhere changed. */
const watchers = new Map<Element, () => void>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;

function observe(root: Document | ShadowRoot): void {
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer ??= new MutationObserver(() => {
    for (const onChange of [...watchers.values()]) onChange();
  });
  observer.observe(root, {subtree: true, attributes: true, attributeFilter: ['lang']});
}

/**
 * Calls `onChange` after any `lang` change that may concern `element` (its own, an ancestor's,
 * a host's), until `unwatchElementLocale`. Call it when the element is connected: the shadow
 * roots around it are observed then.
 */
export function watchElementLocale(element: Element, onChange: () => void): void {
  watchers.set(element, onChange);
  let tree = element.getRootNode();
  while (tree instanceof ShadowRoot) {
    observe(tree);
    tree = tree.host.getRootNode();
  }
  if (tree instanceof Document) observe(tree);
}

export function unwatchElementLocale(element: Element): void {
  watchers.delete(element);
}
