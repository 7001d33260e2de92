/**
 * Spreads the elements' first renders over several main-thread tasks where that cannot move
 * what the reader sees. A page that loads the bundle with several elements would otherwise
 * evaluate the bundle and do every first render in one long task, and nothing else (a
 * keystroke, the quick exit) could run until it ended.
 *
 * The first element to render in a task renders at once. A later one waits its turn in a task
 * of its own, in the order they asked, unless the browser could paint in between and its render
 * would then push visible content down (a layout shift). A turn's task goes on with the next
 * waiting elements while it is short, so a page with many elements does not pay a task, and
 * perhaps a frame, for each one.
 */

/** How long a turn's task may go on rendering waiting elements, so it stays well under 50 ms. */
const TURN_BUDGET_MS = 10;

/** Whether an element has already done its first render in the current task. */
let taskTaken = false;
/** When the current turn's task began; undefined when the task is not a turn (it rendered at once). */
let turnStartedAt: number | undefined;
/** Elements waiting to render, in the order they asked. */
const waiting: Array<() => void> = [];
/** A message port posts a task without the clamping and background throttling of `setTimeout`. */
let port: MessagePort | undefined;

function takeTask(): void {
  taskTaken = true;
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = startTurn;
    port = channel.port2;
  }
  // The current task ends before this message is handled: the next turn starts a new task.
  port.postMessage(undefined);
}

function startTurn(): void {
  taskTaken = false;
  const next = waiting.shift();
  if (!next) return;
  takeTask();
  turnStartedAt = performance.now();
  next();
}

/**
 * True when rendering the element later cannot move content the reader sees: it starts below
 * the viewport, or nothing is laid out after it. Reading its position lays out the page now,
 * work the next frame would otherwise do.
 */
function laterRenderMovesNothingVisible(element: Element): boolean {
  const top = element.getBoundingClientRect().top;
  return top >= window.innerHeight || top >= document.body.getBoundingClientRect().bottom;
}

/**
 * When an element may do its first render: now (undefined) if no element has rendered in the
 * current task or waiting could shift visible content, else a promise that resolves in a later
 * task. Call `firstRenderDone` once it has rendered.
 */
export function firstRenderTurn(element: Element): Promise<void> | undefined {
  if (!taskTaken) {
    takeTask();
    turnStartedAt = undefined;
    return undefined;
  }
  if (!laterRenderMovesNothingVisible(element)) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}

/** A first render ended: within a turn that is still short, the next waiting element renders in the same task. */
export function firstRenderDone(): void {
  if (turnStartedAt === undefined || performance.now() - turnStartedAt >= TURN_BUDGET_MS) return;
  waiting.shift()?.();
}
