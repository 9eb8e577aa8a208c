import { html, type TemplateResult } from 'lit';
import { firstRender } from './first-render.js';
import { resolveLang } from './lang.js';
import { awaitingLocale } from './locale-loader.js';
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

/** Whether the partner pasted fallback content (children the default slot shows). */
const hasFallback = (host: HTMLElement) =>
  [...host.childNodes].some((node) => (node instanceof Element ? !node.slot : Boolean(node.nodeType === 3 && node.textContent?.trim())));

/**
 * Runs an element's render; if it throws, reports once (event + warning) and shows the
 * light-DOM fallback instead of an empty box. Nothing is thrown into the host page. While the file
 * of the element's language loads, an element with fallback children keeps showing them.
 */
export function guardRender(host: HTMLElement, render: () => unknown): unknown {
  try {
    if (awaitingLocale(resolveLang(host)) && hasFallback(host)) return fallback();
    return render();
  } catch (error) {
    report(host, error);
    return fallback();
  }
}

const contained = new WeakSet<object>();
const committed = new WeakSet<HTMLElement>();

type Updating = HTMLElement & { renderRoot?: Element | ShadowRoot; hasUpdated?: boolean };

/**
 * Contains errors from the whole update cycle, which `guardRender` cannot reach: `willUpdate`,
 * `update` and the commit of the template, `firstUpdated` and `updated` (a subclass, a controller or a
 * directive can throw there). Wraps the class's `scheduleUpdate` (lit's documented hook around
 * `performUpdate`): an error is reported once; if it came before the template was committed, whatever
 * was half-rendered is replaced with a plain `<slot>` so the light-DOM fallback shows. An error after a
 * good commit (in `updated`, say an observer that cannot start) keeps the rendered text on screen.
 * A declarative shadow root (a prerendered snippet) is emptied before the first render fills it.
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
  // A prerendered snippet gives the element a declarative shadow root before lit makes one, and lit
  // renders after whatever such a root holds: empty it, so the first render replaces the snippet's
  // markup (in the same task, so nothing paints in between) instead of repeating it.
  const createRenderRoot = (proto as { createRenderRoot?: () => unknown }).createRenderRoot;
  if (typeof createRenderRoot === 'function') {
    define('createRenderRoot', function (this: Updating) {
      this.shadowRoot?.replaceChildren();
      return createRenderRoot.call(this);
    });
  }
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
