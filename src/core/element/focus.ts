/** Moving focus somewhere sensible when the focused control disappears. */

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/**
 * Focuses the first visible focusable element of the page after `host` (else the last one
 * before it), outside `host`. Returns false when the page has none.
 */
export function focusNeighbourOf(host: Element): boolean {
  const candidates = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !host.contains(element) && element.getClientRects().length > 0,
  );
  const after = candidates.find((element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING);
  const before = candidates.filter((element) => host.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING).pop();
  const target = after ?? before;
  target?.focus();
  return target !== undefined;
}
