import { contentState, type RegisteredLocale } from '../internal/page-state.js';

/**
 * The page-wide registry of languages. English is built in; every other language is registered on
 * the page (the Spanish file registers itself, partners call `registerLocale`). The registry lives on
 * the page state, so every copy of the bundle sees the same languages.
 *
 * This module imports no content and no lit: the locale files (`locales/es.js`) carry it.
 */

export type { RegisteredLocale };

/** A language tag as the HTML `lang` attribute takes it (BCP 47 shape; private-use subtags allowed). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/**
 * Languages written right to left, by primary language subtag, and the scripts that are. A tag with
 * a script subtag follows the script (`ku-Arab` is right to left, `az-Latn` is not).
 */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ji', 'ks', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['adlm', 'arab', 'hebr', 'mand', 'nkoo', 'rohg', 'samr', 'syrc', 'thaa']);

/** The primary language subtag of a tag, lowercased: `es-MX` and `ES` are both `es`. */
export const primaryLanguage = (tag: string): string => tag.toLowerCase().split('-')[0];

/** The direction a language is written in. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const [language, ...rest] = tag.toLowerCase().split('-');
  const script = rest.find((subtag) => subtag.length === 4 && /^[a-z]+$/.test(subtag));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const registry = (): Record<string, RegisteredLocale> => (contentState().locales ??= Object.create(null));

/**
 * The registered languages that can speak for a language tag, most specific first: `es-MX` is
 * served by a pack registered as `es-MX`, then by one registered as `es`. Matching ignores case.
 */
export function registeredFor(lang: string): RegisteredLocale[] {
  const locales = contentState().locales;
  if (!locales || !LANGUAGE_TAG.test(lang)) return [];
  const subtags = lang.toLowerCase().split('-');
  const found: RegisteredLocale[] = [];
  for (let n = subtags.length; n > 0; n -= 1) {
    const registered = locales[subtags.slice(0, n).join('-')];
    if (registered) found.push(registered);
  }
  return found;
}

/**
 * Registers a language's text (already checked) and re-renders every element on the page, so those
 * waiting for it switch at once. A later registration of the same tag replaces the earlier one.
 */
export function addLocale(tag: string, catalog: Readonly<Record<string, unknown>>): RegisteredLocale {
  const registered: RegisteredLocale = Object.freeze({ tag, dir: directionOf(tag), catalog });
  registry()[tag.toLowerCase()] = registered;
  contentState().hosts.forEach((host) => host.requestUpdate());
  return registered;
}
