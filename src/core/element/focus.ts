/** Keeping keyboard focus somewhere sensible when a re-render removes the focused control. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

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

/**
 * Focuses the first element of `root` matching `selector`, making it focusable by script only
 * (it does not join the Tab order). Returns false when there is none.
 */
export function focusWithin(root: ParentNode, selector: string): boolean {
  const target = root.querySelector<HTMLElement>(selector);
  if (!target) return false;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
  return true;
}

/**
 * Notes before each render whether focus was inside the host, and calls `restore` after a render
 * that took it away (new data, an error, a dismissal), rather than let it fall to `<body>`, where
 * a keyboard reader loses their place.
 */
export class FocusKeeper implements ReactiveController {
  private focusWasInside = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly restore: () => void,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.focusWasInside = this.host.matches(':focus-within');
  }

  hostUpdated(): void {
    if (this.focusWasInside && !this.host.matches(':focus-within')) this.restore();
  }
}
