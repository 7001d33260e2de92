/**
 * Spreads the elements' first renders over several main-thread tasks where that cannot move
 * what the reader sees. A page that loads the bundle with several elements would otherwise
 * evaluate the bundle and do every first render in one long task, and nothing else (a
 * keystroke, the quick exit) could run until it ended.
 *
 * The first element to render in a task renders at once. A later one waits its turn in a task
 * of its own, in the order they asked, unless one of these holds, and then it renders at once:
 * - the browser could paint in between, and its render would then push visible content down
 *   (a layout shift);
 * - it holds the page's own fallback, which its still empty shadow root would hide meanwhile;
 * - its class may not wait at all (`firstRenderMayWait`: the hotline banner, whose numbers and
 *   exit control must not depend on a later task).
 * A turn's task goes on with the next waiting elements while it is short, so a page with many
 * elements does not pay a task, and perhaps a frame, for each one.
 */
import type {ReactiveElement} from 'lit';

/** How long a turn's task may go on rendering waiting elements, so it stays well under 50 ms. */
const TURN_BUDGET_MS = 10;

/** Whether an element has already done its first render in the current task. */
let taskTaken = false;
/** Until when the current turn's task may go on; 0 when the task is not a turn (it rendered at once). */
let turnEndsAt = 0;
/** Elements waiting to render, in the order they asked. */
const waiting: Array<() => void> = [];
/** A message posts a task without the clamping and background throttling of `setTimeout`. */
const turns = new MessageChannel();
turns.port1.onmessage = () => {
  taskTaken = false;
  const next = waiting.shift();
  if (!next) return;
  takeTask();
  turnEndsAt = performance.now() + TURN_BUDGET_MS;
  next();
};

function takeTask(): void {
  taskTaken = true;
  // The current task ends before this message is handled: the next turn starts a new task.
  turns.port2.postMessage(undefined);
}

/** Page nodes that never take space: markup for scripts and styles. */
const NEVER_SHOWN = /^(script|style|template|link|meta)$/;

/**
 * Whether a node after the element may be on screen. An hf- element that has not rendered yet
 * shows nothing: its shadow root is attached and still empty, so its light-DOM fallback is hidden.
 */
function mayShow(node: Node): boolean {
  if (node instanceof Text) return /\S/.test(node.data);
  if (!(node instanceof Element)) return false;
  if (NEVER_SHOWN.test(node.localName)) return false;
  return !(node.localName.startsWith('hf-') && node.shadowRoot !== null && !node.shadowRoot.hasChildNodes());
}

/** Whether anything that may be on screen comes after the element in the page, through shadow roots too. */
function contentFollows(element: Element): boolean {
  for (let node: Node | null = element; node && node !== document.body; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) if (mayShow(sibling)) return true;
  }
  return false;
}

/**
 * Whether the element holds page content of its own: the fallback that a banner's readers rely on
 * for its numbers and exit link. Its shadow root is attached when it connects, so waiting would
 * take the fallback off screen and show nothing until the turn came (never, on a page whose
 * MessageChannel does not deliver).
 */
function holdsFallback(element: Element): boolean {
  return Array.prototype.some.call(element.childNodes, mayShow);
}

/**
 * True when rendering the element later cannot move content the reader sees: nothing that may
 * be on screen follows it, or it starts below the viewport. The second needs the page laid out
 * now (work the next frame would otherwise do), so it is asked only when content follows.
 */
function laterRenderMovesNothingVisible(element: Element): boolean {
  return !contentFollows(element) || element.getBoundingClientRect().top >= window.innerHeight;
}

/**
 * When an element may do its first render: now (undefined) if no element has rendered in the
 * current task, it may not wait (`mayWait` false: the hotline banner), it holds a fallback, or
 * waiting could shift visible content; else a promise that resolves in a later task. Call
 * `firstRenderDone` once it has rendered.
 */
export function firstRenderTurn(element: Element, mayWait: boolean): Promise<void> | undefined {
  if (!taskTaken) {
    takeTask();
    turnEndsAt = 0;
    return undefined;
  }
  if (!mayWait || holdsFallback(element) || !laterRenderMovesNothingVisible(element)) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}

/** A first render ended: within a turn that is still short, the next waiting element renders in the same task. */
export function firstRenderDone(): void {
  if (performance.now() < turnEndsAt) waiting.shift()?.();
}

/**
 * Runs Lit's `scheduleUpdate` for `element` now or, for its first update, in its turn. Returns what
 * it returns, so that `updateComplete` waits for the turn as well.
 */
export function scheduleInTurn(
  element: ReactiveElement,
  mayWait: boolean,
  scheduleUpdate: () => void | Promise<unknown>,
): void | Promise<unknown> {
  const turn = element.hasUpdated ? undefined : firstRenderTurn(element, mayWait);
  if (!turn) return scheduleUpdate();
  return turn.then(() => {
    scheduleUpdate();
    firstRenderDone();
  });
}
