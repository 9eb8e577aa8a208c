/**
 * Spreads the first renders of many elements over short tasks. A page of 100 cards would otherwise
 * upgrade and render them all in one long task that blocks taps while the page loads.
 *
 * An element renders at once while the current task has had less than SLICE_MS of first renders, and
 * always when it is not below the viewport (rendering it later would move text the reader already
 * sees). Otherwise it waits, in page order, showing its light-DOM fallback through a temporary slot.
 */
const SLICE_MS = 40;
let sliceStart: number | undefined;
let draining = false;
const waiting: { host: Element; render: () => void }[] = [];
/** A host found below the viewport while renders wait: hosts after it in the document are below it too. */
let belowFold: Element | undefined;

/** A new task: `scheduler.yield()` where the browser has it (it keeps the page's priority), else a timer. */
function newTask(): Promise<void> {
  return new Promise((resume) => {
    try {
      const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
      if (typeof scheduler?.yield === 'function') return void scheduler.yield().then(resume, resume);
    } catch {
      // a page that broke the scheduler: the timer still works
    }
    setTimeout(resume);
  });
}

/** Measures as rarely as it can: a layout per element would cost more than the renders it spreads out. */
function isBelowFold(host: Element): boolean {
  // Only within one tree: across a shadow boundary, or from a removed host, document order says nothing.
  const order = belowFold?.compareDocumentPosition(host) ?? 0;
  if (belowFold === host || (order & Node.DOCUMENT_POSITION_FOLLOWING && !(order & Node.DOCUMENT_POSITION_DISCONNECTED))) return true;
  const below = host.getBoundingClientRect().top >= innerHeight;
  if (below) belowFold = host;
  return below;
}

function mayRender(host: Element): boolean {
  const now = performance.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    setTimeout(() => (sliceStart = undefined));
  }
  return now - sliceStart <= SLICE_MS || !isBelowFold(host);
}

/** Runs waiting first renders while they may run, then continues in a new task. */
function drain() {
  sliceStart = undefined;
  while (waiting.length && mayRender(waiting[0].host)) waiting.shift()!.render();
  draining = waiting.length > 0;
  if (draining) void newTask().then(drain);
  else belowFold = undefined;
}

/** Runs `render` (an element's first update) now, or queues it and returns a promise of its result. */
export function firstRender(host: Element & { renderRoot?: Element | ShadowRoot }, render: () => unknown): unknown {
  let now = true;
  try {
    now = mayRender(host);
  } catch {
    // a page that broke timing or geometry: render at once, as without slicing
  }
  if (now) return render();
  const root = host.renderRoot;
  const placeholder = root && root !== host && !root.firstChild ? root.appendChild(host.ownerDocument.createElement('slot')) : undefined;
  const done = new Promise((resolve) =>
    waiting.push({
      host,
      render: () => {
        placeholder?.remove();
        resolve(render());
      },
    }),
  );
  if (!draining) {
    draining = true;
    void newTask().then(drain);
  }
  return done;
}
