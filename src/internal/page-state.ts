import type { SafetyPack } from '../content/schema.js';

/**
 * Page-wide coordination shared by every copy of the bundle loaded on a page.
 *
 * Two copies (a tag manager that loads the script twice, or two different versions) must agree on
 * what is already registered, so the state lives on one namespaced global instead of in module scope.
 * Its shape is versioned by `protocol`; fields are only ever added, never changed in meaning.
 */
export interface PageState {
  readonly protocol: 1;
  /** Tag name → version of mbc-elements that registered it. */
  readonly defined: Record<string, string>;
  /**
   * `<safety-banner>` coordination, created by the first banner or registration that needs it.
   * Optional: a page where no banner ran has none.
   */
  safety?: SafetyPageState;
  /**
   * The public `registerSafetyContent(pack)` for pages that load the classic-script bundle (which
   * exports nothing): `window.__mbcElements.registerSafetyContent(pack)`. Set by the first copy of
   * the bundle that registers `<safety-banner>`; every copy writes to the same `safety.packs`.
   */
  registerSafetyContent?: (pack: unknown) => unknown;
  /** Partner reviews of the content, created by the first element or registration that needs them. */
  content?: ContentPageState;
  /** The public `registerReview(review)` and `setReviewMode(on)` for classic-script pages. */
  registerReview?: (review: unknown) => unknown;
  /** The public `registerLocale(tag, pack)` for classic-script pages, set by the first copy of `locales/register.js`. */
  registerLocale?: (tag: string, pack: unknown) => unknown;
  setReviewMode?: (on: boolean) => void;
  /**
   * The CDN bundles' Trusted Types policy (`mbc-elements`), created by the first copy of lit in the
   * bundle that asks; `policy` is null when the page's Content-Security-Policy refused it (see trusted-types.ts).
   */
  trustedTypes?: { readonly policy: { createHTML(html: string): unknown } | null };
}

/** What a partner's clinician approved: one entry version, by whom, for whom and when. */
export interface ApprovedEntry {
  readonly version: string;
  readonly reviewer: string;
  readonly organization: string;
  readonly date: string;
}

/** Page-wide content registrations that every copy of the bundle shares. */
export interface ContentPageState {
  /** Partner reviews by locale, then entry key. */
  readonly reviews: Record<string, Record<string, ApprovedEntry>>;
  /** Connected elements, re-rendered when a registration changes what they show. */
  readonly hosts: Set<{ requestUpdate(): void }>;
  /**
   * The built-in English catalog (every topic), recorded by the first bundle that carries it (the main
   * bundles, `mbc-elements/all.js`, npm `locales/register.js`): partner packs are checked against its
   * shape, so the CDN `locales/register.js` carries no English of its own.
   */
  english?: () => object;
  /** Registered languages by lowercase tag (`es`, `ar-xb`), created by the first registration. */
  locales?: Record<string, RegisteredLocale>;
  /**
   * Where the CDN build finds its locale files, set by the first CDN bundle on the page: absolute URL
   * and SRI hash per lowercase language tag. npm builds set none (their users import the files).
   */
  localeFiles?: Record<string, { readonly url: string; readonly integrity: string; readonly module: boolean; loading?: boolean }>;
}

/** A language registered on the page: its tag as written, its direction and its text (a partial catalog). */
export interface RegisteredLocale {
  readonly tag: string;
  readonly dir: 'ltr' | 'rtl';
  /** Topics as in the built-in catalogs (templates already made functions); whatever is left out falls back. */
  readonly catalog: Readonly<Record<string, unknown>>;
}

/** Page-wide state of `<safety-banner>`. Keys are product ids (`''` = the general disclaimer). */
export interface SafetyPageState {
  /** Sponsor packs registered with `registerSafetyContent()`, by product id (validated and frozen): English. */
  readonly packs: Record<string, unknown>;
  /** Sponsor packs for other languages, by lowercase locale tag, then product id. */
  localized?: Record<string, Record<string, unknown>>;
  /** Tray banners in the order they connected, by product: the first one shows the tray. */
  readonly trays: Record<string, HTMLElement[]>;
  /** Connected inline banners, by product: a tray steps aside while one of them is on screen. */
  readonly inline: Record<string, HTMLElement[]>;
  /** Products whose `mbc-isi-view` has fired in this page view (it fires once per product). */
  readonly viewed: Record<string, true>;
  /** Height in CSS px of each showing tray, by product; `<html>` gets the largest as `--mbc-safety-tray-height`. */
  readonly heights: Record<string, number>;
  /** The page's own inline `<html>` values (and whether it had a style attribute) before the first tray changed them. */
  saved?: { readonly attribute: string | null; readonly values: readonly (readonly [name: string, value: string, priority: string])[] };
  /** The empty element at the end of `<body>` that keeps the tallest tray's height of room after the page's last content. */
  spacer?: HTMLElement;
}

export const PAGE_STATE_KEY = '__mbcElements';

type WithState = typeof globalThis & { [PAGE_STATE_KEY]?: PageState };

export function pageState(): PageState {
  const g = globalThis as WithState;
  if (!g[PAGE_STATE_KEY]) {
    Object.defineProperty(g, PAGE_STATE_KEY, {
      value: { protocol: 1, defined: {} } satisfies PageState,
      configurable: true,
      enumerable: false,
      writable: false,
    });
  }
  return g[PAGE_STATE_KEY]!;
}

/** The `<safety-banner>` part of the page state, created on first use. */
export function safetyState(): SafetyPageState {
  const state = pageState();
  // Null-prototype records: a product id such as "constructor" or "__proto__" is just a key.
  const record = () => Object.create(null);
  return (state.safety ??= { packs: record(), trays: record(), inline: record(), viewed: record(), heights: record() });
}

/** The content part of the page state, created on first use. */
export function contentState(): ContentPageState {
  const state = pageState();
  return (state.content ??= { reviews: Object.create(null), hosts: new Set() });
}

/**
 * The sponsor's pack for a product in the language of `lang` (most specific tag first: `es-US`, then
 * `es`), else its English pack, if one was registered on this page (by any copy of the bundle).
 */
export function registeredPack(product: string, lang = 'en'): SafetyPack | undefined {
  const state = safetyState();
  const subtags = lang.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n -= 1) {
    const pack = state.localized?.[subtags.slice(0, n).join('-')]?.[product];
    if (pack) return pack as SafetyPack;
  }
  return state.packs[product] as SafetyPack | undefined;
}

/** Every registered product id. */
export const registeredProducts = (): string[] => {
  const state = safetyState();
  return [...new Set([state.packs, ...Object.values(state.localized ?? {})].flatMap((packs) => Object.keys(packs)))];
};
