import { primaryLanguage, registeredFor } from '../content/locales.js';
import { contentState } from './page-state.js';
import { warnOnce } from './warn.js';

/**
 * The safety net for pages that did not load a language file: when an element first needs a language
 * the CDN build ships (Spanish), its file is fetched from beside the main script, with its SRI hash.
 * The documented way is a second script tag beside the main one (no extra round trip); this only runs
 * in the CDN bundles, which call `locateLocaleFiles`. npm builds import the file themselves.
 *
 * The hash is checked by the browser: the file is loaded with a `<script integrity crossorigin>`
 * element. Not covered: a page that enforces Trusted Types for script URLs or allows scripts only by
 * nonce (without 'strict-dynamic') refuses the element, and the text stays English (one warning).
 */

const warned = {};

/** Called once by each CDN bundle: where its locale files are, relative to the bundle's own URL. */
export function locateLocaleFiles(base: string, files: Readonly<Record<string, { path: string; integrity: string }>>, module: boolean): void {
  const state = contentState();
  if (state.localeFiles) return; // the first bundle on the page decides
  try {
    state.localeFiles = Object.fromEntries(
      Object.entries(files).map(([tag, { path, integrity }]) => [tag, { url: new URL(path, base).href, integrity, module }]),
    );
  } catch {
    // No usable base URL (an inlined bundle): pages load the locale file with a script tag.
  }
}

/** Resolvers of `localeSettled()`: called when a language file that was loading has loaded or failed. */
const settled: (() => void)[] = [];

/** Resolves when a language file that was loading has loaded or failed (check `awaitingLocale` again). */
export const localeSettled = (): Promise<void> => new Promise((resolve) => settled.push(resolve));

const waiting = (tag: string) => Boolean(contentState().localeFiles?.[tag]?.loading);

/** The primary language of a tag, when the CDN build ships a file for it that has not been registered yet. */
function missingFile(lang: string): string | undefined {
  const tag = primaryLanguage(lang);
  const files = contentState().localeFiles;
  return files?.[tag] && !contentState().locales?.[tag] ? tag : undefined;
}

/** True while the file for the element's language is loading: an element with fallback children keeps showing them. */
export const awaitingLocale = (lang: string): boolean => {
  const tag = missingFile(lang);
  return tag !== undefined && waiting(tag);
};

function inject(tag: string): void {
  const file = contentState().localeFiles![tag];
  const done = (failed: boolean) => {
    file.loading = false;
    if (failed) warnOnce(warned, `The ${tag} text could not be loaded from ${file.url}, so English is shown. Load it with a script tag beside the main one.`);
    contentState().hosts.forEach((host) => host.requestUpdate());
    settled.splice(0).forEach((resolve) => resolve());
  };
  if (contentState().locales?.[tag]) return done(false);
  // A script tag for the file is already on the page: nothing to add. The page's own scripts have
  // all run by the window's load event (a deferred one may run after this timer).
  const name = new URL(file.url).pathname.split('/').pop();
  if ([...document.scripts].some((s) => s.src && new URL(s.src, document.baseURI).pathname.endsWith(`/${name}`))) {
    const settle = () => done(!contentState().locales?.[tag]);
    if (document.readyState === 'complete') settle();
    else globalThis.addEventListener('load', settle, { once: true });
    return;
  }
  try {
    const script = document.createElement('script');
    if (file.module) script.type = 'module';
    script.integrity = file.integrity;
    script.crossOrigin = 'anonymous';
    script.addEventListener('load', () => done(!contentState().locales?.[tag]));
    script.addEventListener('error', () => done(true));
    script.src = file.url; // throws where Trusted Types are enforced for script URLs
    document.head.append(script);
  } catch (error) {
    warnOnce(warned, `The ${tag} text could not be loaded automatically (${String(error)}); English is shown.`);
    done(false);
  }
}

/**
 * Loads the file for `lang` once, if the CDN build ships one and nothing registered it. It waits for
 * the document to be parsed, so a script tag for the file later in the page runs first.
 */
export function loadLocaleFor(lang: string): void {
  if (registeredFor(lang).length || typeof document === 'undefined') return;
  const tag = missingFile(lang);
  const file = tag && contentState().localeFiles![tag];
  if (!file || file.loading !== undefined) return;
  file.loading = true;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => inject(tag), { once: true });
  else setTimeout(() => inject(tag));
}
