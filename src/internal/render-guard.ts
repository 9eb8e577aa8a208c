import { html, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/** Fired when an element could not render and fell back to its light-DOM children. */
export class MbcRenderErrorEvent extends Event {
  static readonly eventName = 'mbc-render-error';
  constructor(readonly tag: string) {
    super(MbcRenderErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The light-DOM children the partner pasted: the no-script and failure fallback. */
const reported = new WeakSet<HTMLElement>();

export const fallback = (): TemplateResult => html`<slot></slot>`;

/**
 * Runs an element's render; if it throws, reports once (event + warning) and shows the
 * light-DOM fallback instead of an empty box. Nothing is thrown into the host page.
 */
export function guardRender(host: HTMLElement, render: () => unknown): unknown {
  try {
    return render();
  } catch (error) {
    if (!reported.has(host)) {
      reported.add(host);
      warnOnce(host, `<${host.localName}> could not render and shows its fallback content: ${String(error)}`);
      queueMicrotask(() => host.dispatchEvent(new MbcRenderErrorEvent(host.localName)));
    }
    return fallback();
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-render-error': MbcRenderErrorEvent;
  }
}
