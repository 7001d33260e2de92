/**
 * Gives each element's first render a main-thread task of its own where that cannot move what
 * the reader sees. A page that loads the bundle with several elements would otherwise evaluate
 * the bundle and do every first render in one long task, and nothing else (a keystroke, the
 * quick exit) could run until it ended. The first element to render in a task renders at once;
 * a later one waits its turn, one per task, in the order they asked, unless the browser could
 * paint in between and its render would then push visible content down (a layout shift).
 */

/** Whether an element has already done its first render in the current task. */
let taskTaken = false;
/** Elements waiting to render, each resolved at the start of a task of its own. */
const waiting: Array<() => void> = [];
/** A message port posts a task without the clamping and background throttling of `setTimeout`. */
let port: MessagePort | undefined;

function takeTask(): void {
  taskTaken = true;
  if (!port) {
    const channel = new MessageChannel();
    channel.port1.onmessage = startNextTask;
    port = channel.port2;
  }
  // The current task ends before this message is handled: the next turn starts a new task.
  port.postMessage(undefined);
}

function startNextTask(): void {
  taskTaken = false;
  const next = waiting.shift();
  if (!next) return;
  takeTask();
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
 * task of its own.
 */
export function firstRenderTurn(element: Element): Promise<void> | undefined {
  if (!taskTaken) {
    takeTask();
    return undefined;
  }
  if (!laterRenderMovesNothingVisible(element)) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}
