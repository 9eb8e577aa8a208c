import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { contentState } from './page-state.js';
import { REVIEW_MODE_ATTRIBUTE } from './review.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The language an element should speak: its own `lang`, else the closest ancestor's (across shadow
 * roots), else `<html lang>`, else English. An empty `lang` ("unknown") is skipped.
 */
export function resolveLang(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'en';
}

let observer: MutationObserver | undefined;

/**
 * What an element's text depends on besides its own attributes: the language (re-rendering when the
 * host's or any document ancestor's `lang` changes), review mode (`data-mbc-review` on `<html>`), and
 * page-wide registrations such as partner reviews. One MutationObserver serves every element.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    contentState().hosts.add(this.host);
    if (typeof MutationObserver !== 'function') return;
    try {
      observer ??= new MutationObserver(() => contentState().hosts.forEach((host) => host.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', REVIEW_MODE_ATTRIBUTE], subtree: true });
      // Hosts inside shadow roots are not in the document subtree the first call watches.
      observer.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    } catch {
      // A page with a broken MutationObserver: the element still renders, it just misses later lang changes.
    }
  }

  hostDisconnected(): void {
    contentState().hosts.delete(this.host);
  }

  /** The resolved language tag (as written by the page). */
  get lang(): string {
    return resolveLang(this.host);
  }
}
