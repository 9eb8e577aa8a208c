import type { ReactiveController, ReactiveControllerHost } from 'lit';

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

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/**
 * Re-renders its host when the host's or any document ancestor's `lang` changes.
 * One MutationObserver serves every element on the page.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (typeof MutationObserver !== 'function') return;
    try {
      observer ??= new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
      const options = { attributes: true, attributeFilter: ['lang'] };
      observer.observe(document.documentElement, { ...options, subtree: true });
      // Hosts inside shadow roots are not in the document subtree the first call watches.
      observer.observe(this.host, options);
    } catch {
      // A page with a broken MutationObserver: the element still renders, it just misses later lang changes.
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /** The resolved language tag (as written by the page). */
  get lang(): string {
    return resolveLang(this.host);
  }
}
