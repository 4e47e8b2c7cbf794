/**
 * Work the first paint does not need (rendering each paragraph's buttons, moving Tab stops,
 * marking the contents entry being read), run when the browser is idle, a few jobs at a time, in
 * the order asked for, so no task of the page's start grows long enough to hold up a tap or a key.
 * requestIdleCallback where there is one, with a timeout so a busy page still gets it done;
 * otherwise timers in slices of a few milliseconds.
 */
type Job = () => void;

/** The most one slice runs, well under the 50 ms a long task starts at. */
const SLICE_MS = 10;
const queue: Job[] = [];
let scheduled = false;

/** Runs a job in idle time, after the jobs asked for before it. */
export function whenIdle(job: Job): void {
  queue.push(job);
  if (!scheduled) schedule();
}

function schedule(): void {
  scheduled = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else setTimeout(run, 16);
}

function run(deadline?: IdleDeadline): void {
  const end = performance.now() + Math.min(SLICE_MS, deadline && !deadline.didTimeout ? deadline.timeRemaining() : SLICE_MS);
  try {
    do queue.shift()!();
    while (queue.length > 0 && performance.now() < end);
  } finally {
    scheduled = false;
    if (queue.length > 0) schedule();
  }
}

/**
 * Like Lit's `@customElement(name)`, for an element the first paint does without (a popup, the
 * keyboard model, each paragraph's buttons): it is defined, and the page's copies upgraded, in
 * idle time, in the order of the imports.
 */
export function idleElement(name: string) {
  return (element: CustomElementConstructor): void => whenIdle(() => customElements.define(name, element));
}
