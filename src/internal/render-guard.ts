import { ReactiveElement, html, type TemplateResult } from 'lit';
import { firstRender } from './first-render.js';
import { resolveLang } from './lang.js';
import { awaitingLocale, loadLocaleFor, localeSettled } from './locale-loader.js';
import { RENDER_ATTRIBUTE, differingInput, renderInputs } from './render-inputs.js';
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
/** Hosts with a prerendered (declarative) shadow root whose first update has not yet decided to keep it. */
const prerendered = new WeakSet<HTMLElement>();
/** Hosts whose first update is hydrating the snippet's nodes. */
const hydrating = new WeakSet<HTMLElement>();

/**
 * Whether the element's render now is the first one over a snippet it keeps: it must then give
 * exactly what the server gave (nothing that depends on the rest of the page), and can add the rest
 * in an update after it.
 */
export const isHydrating = (host: HTMLElement): boolean => hydrating.has(host);

type Updating = HTMLElement & { renderRoot?: Element | ShadowRoot; hasUpdated?: boolean; requestUpdate(): void };
type Topics = { contentTopics?: object; observedAttributes?: string[] };

/** lit's own render root: the (emptied) shadow root with the element's styles adopted. */
const freshRoot = (host: Updating) =>
  (ReactiveElement.prototype as unknown as { createRenderRoot(): ShadowRoot }).createRenderRoot.call(host);

/** The host's attributes that its render reads: its observed attributes, `lang` and `dir`. */
function renderedAttributes(host: HTMLElement): Record<string, string> {
  const read = new Set([...((host.constructor as Topics).observedAttributes ?? []), 'lang', 'dir']);
  read.delete('defer-hydration');
  return Object.fromEntries(host.getAttributeNames().filter((name) => read.has(name)).map((name) => [name, host.getAttribute(name)!]));
}

/**
 * Resolves when the document's deferred and module scripts have run (DOMContentLoaded), or at once
 * (undefined) when they have. Where navigation timing cannot tell whether that event has fired, the
 * window's load event (which always comes after it) also ends the wait.
 */
function pageScripts(doc: Document): Promise<void> | undefined {
  if (doc.readyState === 'complete') return undefined;
  if (doc.readyState === 'interactive') {
    try {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      if (navigation?.domContentLoadedEventStart) return undefined;
    } catch {
      // no navigation timing: wait as below
    }
  }
  return new Promise((resolve) => {
    doc.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    doc.defaultView?.addEventListener('load', () => resolve(), { once: true });
  });
}

/**
 * Decides, just before its first update, what a host with a prerendered shadow root does with it:
 * keep the snippet's nodes (lit hydrates them) when the snippet was rendered from the inputs this
 * page has, else empty the root and render afresh, saying once in the console which input differed.
 */
function adoptSnippet(host: Updating, keep: () => Element | ShadowRoot): void {
  prerendered.delete(host);
  const record = host.getAttribute(RENDER_ATTRIBUTE);
  // Without a record of its own inside a shadow root, it was prerendered by the element around it
  // (a card of <treatment-options>), whose record covered it; lit hydrates it when that one hydrates.
  const nested = record == null && host.getRootNode() instanceof ShadowRoot;
  const reason = nested
    ? ''
    : differingInput(record, renderInputs((host.constructor as Topics).contentTopics ?? {}, resolveLang(host), renderedAttributes(host)));
  if (!reason) {
    hydrating.add(host);
    host.renderRoot = keep();
    return;
  }
  console.info(`[mbc-elements] <${host.localName}> renders afresh over its prerendered snippet: ${reason}.`);
  host.shadowRoot!.replaceChildren();
  host.renderRoot = freshRoot(host);
}

/**
 * Contains errors from the whole update cycle, which `guardRender` cannot reach: `willUpdate`,
 * `update` and the commit of the template, `firstUpdated` and `updated` (a subclass, a controller or a
 * directive can throw there). Wraps the class's `scheduleUpdate` (lit's documented hook around
 * `performUpdate`): an error is reported once; if it came before the template was committed, whatever
 * was half-rendered is replaced with a plain `<slot>` so the light-DOM fallback shows. An error after a
 * good commit (in `updated`, say an observer that cannot start) keeps the rendered text on screen.
 *
 * A declarative shadow root (a prerendered snippet) is hydrated where lit's hydration support is
 * loaded (it is in every entry that registers elements) and the snippet's render inputs match the
 * page's; otherwise it is emptied, and the first render fills it (in the same task, so nothing paints
 * in between). The decision waits, showing the snippet's nodes, for the page's own scripts and for
 * the file of the snippet's language while it loads.
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
  // lit's hydration support adds `defer-hydration` to every element's observed attributes.
  const hydrates = ((ctor as Topics).observedAttributes ?? []).includes('defer-hydration');
  const createRenderRoot = (proto as { createRenderRoot?: () => Element | ShadowRoot }).createRenderRoot;
  if (typeof createRenderRoot === 'function') {
    define('createRenderRoot', function (this: Updating) {
      const root = this.shadowRoot;
      if (root && hydrates) {
        // Kept as it is until the first update decides (adoptSnippet).
        prerendered.add(this);
        return root;
      }
      // Without hydration, lit would render after whatever the snippet's root holds: empty it.
      root?.replaceChildren();
      return createRenderRoot.call(this);
    });
  }
  define('update', function (this: Updating, changed: unknown) {
    update.call(this, changed);
    committed.add(this);
  });
  const run = (host: Updating): unknown => {
    committed.delete(host);
    try {
      if (prerendered.has(host)) adoptSnippet(host, () => createRenderRoot!.call(host));
      return schedule.call(host);
    } catch (error) {
      const root = host.renderRoot;
      const halfRendered = root && root !== host && !committed.has(host);
      if (halfRendered) {
        // lit keeps its rendering state on the container: drop it so a later good render starts afresh.
        delete (root as unknown as Record<string, unknown>)['_$litPart$'];
        root.replaceChildren();
        if (hydrating.has(host)) {
          // The snippet's markup did not fit the template after all: render afresh, once.
          console.info(`[mbc-elements] <${host.localName}> renders afresh over its prerendered snippet: ${String(error)}`);
          host.renderRoot = freshRoot(host);
          host.requestUpdate();
          return undefined;
        }
      }
      report(host, error);
      if (halfRendered) root.append(host.ownerDocument.createElement('slot'));
      return undefined;
    } finally {
      hydrating.delete(host);
    }
  };
  /**
   * A snippet keeps its nodes until the page's own scripts have run (they may register reviews, packs
   * or languages the decision depends on) and the file of its language, if loading, is there.
   */
  const waitForPage = (host: Updating, scriptsRan = false): Promise<void> | undefined => {
    if (!prerendered.has(host)) return undefined;
    const scripts = scriptsRan ? undefined : pageScripts(host.ownerDocument);
    if (scripts) return scripts.then(() => waitForPage(host, true));
    const lang = resolveLang(host);
    loadLocaleFor(lang);
    return awaitingLocale(lang) ? localeSettled().then(() => waitForPage(host, true)) : undefined;
  };
  // A first render may wait for a later task (see firstRender); updates after it never wait.
  define('scheduleUpdate', function (this: Updating) {
    if (this.hasUpdated) return run(this);
    const wait = waitForPage(this);
    return wait ? wait.then(() => firstRender(this, () => run(this))) : firstRender(this, () => run(this));
  });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-render-error': MbcRenderErrorEvent;
  }
}
