import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { languageOf } from '../content/index.js';
import { loadLocaleFor } from './locale-loader.js';
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

const DIRECTIONS = ['ltr', 'rtl', 'auto'];

/**
 * `lang` and `dir` for a block inside a root whose text is in another language than the root's (an
 * entry a partner's pack leaves out, shown in English): bind them as `lang=${m.lang} dir=${m.dir}`.
 * Both are `nothing` when the block speaks the root's language.
 */
export function marks(value: object, root: { readonly locale: string; readonly dir: string }) {
  const { tag, dir } = languageOf(value);
  return { lang: tag === root.locale ? nothing : tag, dir: dir === root.dir ? nothing : dir };
}

/**
 * What an element's text depends on besides its own attributes: the language (re-rendering when the
 * host's or any document ancestor's `lang` changes, or its own `dir`), review mode (`data-mbc-review`
 * on `<html>`), and page-wide registrations such as languages and partner reviews. One
 * MutationObserver serves every element.
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
      observer.observe(this.host, { attributes: true, attributeFilter: ['lang', 'dir'] });
    } catch {
      // A page with a broken MutationObserver: the element still renders, it just misses later lang changes.
    }
  }

  hostDisconnected(): void {
    contentState().hosts.delete(this.host);
  }

  /** Before each render: a language the CDN build ships but the page has not loaded is fetched (the safety net). */
  hostUpdate(): void {
    loadLocaleFor(this.lang);
  }

  /** The resolved language tag (as written by the page). */
  get lang(): string {
    return resolveLang(this.host);
  }

  /** The element's own `dir` (`ltr`, `rtl`, `auto`), which overrides the direction of the language shown. */
  get dir(): string | undefined {
    const dir = this.host.getAttribute('dir')?.trim().toLowerCase();
    return dir && DIRECTIONS.includes(dir) ? dir : undefined;
  }

  /** The direction of the element's root: its own `dir`, else that of the language it shows. */
  dirOf(content: { readonly dir: string }): string {
    return this.dir ?? content.dir;
  }
}
