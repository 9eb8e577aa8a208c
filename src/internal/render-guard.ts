import { html, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/** Fired when an element could not render and fell back to its light-DOM children. */
export class MbcRenderErrorEvent extends Event {
  static readonly eventName = 'mbc-render-error';
  constructor(readonly tag: string) {
    super(MbcRenderErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

const reported = new WeakSet<HTMLElement>();

/** The light-DOM children the partner pasted: the no-script and failure fallback. */
export const fallback = (): TemplateResult => html`<slot></slot>`;

/** Reports a failed render or update once per element: a warning and an `mbc-render-error` event. */
function report(host: HTMLElement, error: unknown): void {
  if (reported.has(host)) return;
  reported.add(host);
  warnOnce(host, `<${host.localName}> could not render and shows its fallback content: ${String(error)}`);
  queueMicrotask(() => host.dispatchEvent(new MbcRenderErrorEvent(host.localName)));
}

/**
 * Runs an element's render; if it throws, reports once (event + warning) and shows the
 * light-DOM fallback instead of an empty box. Nothing is thrown into the host page.
 */
export function guardRender(host: HTMLElement, render: () => unknown): unknown {
  try {
    return render();
  } catch (error) {
    report(host, error);
    return fallback();
  }
}

const contained = new WeakSet<object>();
const committed = new WeakSet<HTMLElement>();

type Updating = HTMLElement & { renderRoot?: Element | ShadowRoot; hasUpdated?: boolean };

/** Longest stretch (ms) of first renders in one task; later ones below the viewport wait for later tasks. */
const SLICE_MS = 40;
let sliceStart: number | undefined;
let draining = false;
const waiting: { host: Updating; render: () => void }[] = [];
/** A host found below the viewport while renders wait: hosts after it in the document are below it too. */
let belowFold: Element | undefined;

/** A new task, without the timer clamping of `setTimeout` (`scheduler.yield` where the browser has it). */
function newTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield().catch(() => undefined);
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resume();
    channel.port2.postMessage(0);
  });
}

/** Measures as rarely as it can: a layout per check would cost more than the renders it spreads out. */
function isBelowFold(host: Element): boolean {
  if (belowFold === host || (belowFold && belowFold.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING)) return true;
  const below = host.getBoundingClientRect().top >= innerHeight;
  if (below) belowFold = host;
  return below;
}

/**
 * Whether `host` may render now: while this task has time left, and always when the host is not below
 * the viewport (rendering it later would move text the reader already sees).
 */
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

/**
 * Runs a first render now, or queues it for a later task. A page of many elements (100 cards) would
 * otherwise upgrade and render in one long task that blocks input. While it waits, the element shows
 * its light-DOM fallback through a temporary slot, as it did before the script ran.
 */
function firstRender(host: Updating, render: () => unknown): unknown {
  if (mayRender(host)) return render();
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

/**
 * Contains errors from the whole update cycle, which `guardRender` cannot reach: `willUpdate`,
 * `update` and the commit of the template, `firstUpdated` and `updated` (a subclass, a controller or a
 * directive can throw there). Wraps the class's `scheduleUpdate` (lit's documented hook around
 * `performUpdate`): an error is reported once; if it came before the template was committed, whatever
 * was half-rendered is replaced with a plain `<slot>` so the light-DOM fallback shows. An error after a
 * good commit (in `updated`, say an observer that cannot start) keeps the rendered text on screen.
 * Called once per class by `defineElement`.
 */
export function containUpdates(ctor: CustomElementConstructor): void {
  const proto = ctor.prototype as { scheduleUpdate?: () => unknown; update?: (changed: unknown) => void };
  const schedule = proto.scheduleUpdate;
  const update = proto.update;
  if (typeof schedule !== 'function' || typeof update !== 'function' || contained.has(proto)) return;
  contained.add(proto);
  const define = (name: string, value: (this: Updating, ...args: never[]) => unknown) =>
    Object.defineProperty(proto, name, { configurable: true, writable: true, value });
  define('update', function (this: Updating, changed: unknown) {
    update.call(this, changed);
    committed.add(this);
  });
  const run = (host: Updating) => {
    committed.delete(host);
    try {
      return schedule.call(host);
    } catch (error) {
      report(host, error);
      const root = host.renderRoot;
      if (!committed.has(host) && root && root !== host) {
        // lit keeps its rendering state on the container: drop it so a later good render starts afresh.
        delete (root as unknown as Record<string, unknown>)['_$litPart$'];
        root.replaceChildren(host.ownerDocument.createElement('slot'));
      }
      return undefined;
    }
  };
  // A first render may wait for a later task (see firstRender); updates after it never wait.
  define('scheduleUpdate', function (this: Updating) {
    return this.hasUpdated ? run(this) : firstRender(this, () => run(this));
  });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-render-error': MbcRenderErrorEvent;
  }
}
