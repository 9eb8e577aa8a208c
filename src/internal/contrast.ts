import { css, unsafeCSS, type CSSResult, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { warnOnce } from './warn.js';

/**
 * The contrast guard: checks that a partner theme (`--mbc-*` custom properties) keeps each element's
 * text at WCAG 2.x 4.5:1 and its focus outline and control borders at 3:1 against the background the
 * reader actually sees, and puts the element's default colours back for any pair that fails.
 *
 * The large-text exception (3:1 for big headings) is not applied: every text pair needs 4.5:1, which is
 * simpler and never less safe.
 *
 * Cost (tests/contrast-guard.test.ts, medians at CPU 1x on a loaded 2-core machine): one check of a
 * `<safety-banner>` with a passing theme takes 0.06-0.1 ms in Chromium, Firefox and WebKit (one
 * `getComputedStyle` read: under 0.01 ms; the same read after a style change of the element, which
 * restyles its shadow tree: 0.1-0.8 ms). Checking a failing theme again restyles the element twice
 * (theme, then defaults): 0.6-1.7 ms. It never runs per render, so a page pays it once per element.
 */

/** A colour pair an element checks: where its colour is used, what it must reach, what resets it. */
export interface ContrastPair {
  /** Name used in warnings, the event and the fallback attribute, e.g. `text`, `risk`, `focus`. */
  readonly pair: string;
  /** The element (inside the shadow root) whose colour is checked: the first match is measured. */
  readonly selector: string;
  /**
   * A CSS colour read in that element's context (e.g. `var(--_focus)`), for colours that only show on
   * focus or on a border. Absent: the element's own text colour.
   */
  readonly color?: string;
  /** 4.5 for text, 3 for focus outlines and control borders. */
  readonly required: number;
  /** The public tokens that set this pair, named in the warning and the event. */
  readonly tokens: readonly string[];
  /** Private aliases and their default values, applied when the pair falls back. */
  readonly defaults: Readonly<Record<string, string>>;
}

/** One rejected pair: `ratio` is `null` when a background image or gradient made it unmeasurable. */
export interface RejectedPair {
  readonly pair: string;
  readonly ratio: number | null;
  readonly required: number;
  readonly tokens: readonly string[];
}

/** Fired when a theme failed one or more of an element's contrast pairs and their defaults were used. */
export class MbcThemeRejectedEvent extends Event {
  static readonly eventName = 'mbc-theme-rejected';
  constructor(readonly pairs: readonly RejectedPair[]) {
    super(MbcThemeRejectedEvent.eventName, { bubbles: true, composed: true });
  }
}

/** On the host: the pairs that fell back, space-separated. The element's CSS swaps their aliases back. */
export const FALLBACK_ATTRIBUTE = 'data-mbc-contrast-fallback';

/** The default colours every element starts from (the shared styles read the public tokens over them). */
export const DEFAULT_COLORS = {
  text: '#1d2329',
  muted: '#4a535c',
  surface: '#ffffff',
  border: '#7b848d',
  accent: '#005a9c',
  focus: '#b45309',
} as const;

/** The dark defaults, where the element's colour scheme is dark (the shared styles pick with light-dark()). */
export const DARK_COLORS = {
  text: '#e6e9ec',
  muted: '#b8c0c8',
  surface: '#1b1f24',
  border: '#7d8791',
  accent: '#7cb8f0',
  focus: '#f0a04b',
} as const;

/**
 * The dark counterpart of each private alias a fallback can restore, so a pair that fails on a dark
 * element falls back to the dark defaults, not to light ones.
 */
const DARK_DEFAULTS: Readonly<Record<string, string>> = {
  '--_text': DARK_COLORS.text,
  '--_muted': DARK_COLORS.muted,
  '--_surface': DARK_COLORS.surface,
  '--_border': DARK_COLORS.border,
  '--_accent': DARK_COLORS.accent,
  '--_focus': DARK_COLORS.focus,
  '--_systemic': DARK_COLORS.accent,
  '--_local': '#c9a6ee',
  '--_note': '#243140',
  '--_button-text': '#101418',
};

const surface = { '--_surface': DEFAULT_COLORS.surface };

/** The pairs every element has: body text, footer text, links, focus outline and control borders. */
export const SHARED_PAIRS: readonly ContrastPair[] = [
  { pair: 'text', selector: '.root', required: 4.5, tokens: ['--mbc-color-text', '--mbc-color-surface'], defaults: { '--_text': DEFAULT_COLORS.text, ...surface } },
  { pair: 'muted', selector: '.root', color: 'var(--_muted)', required: 4.5, tokens: ['--mbc-color-text-muted', '--mbc-color-surface'], defaults: { '--_muted': DEFAULT_COLORS.muted, ...surface } },
  { pair: 'link', selector: '.root', color: 'var(--_accent)', required: 4.5, tokens: ['--mbc-color-accent', '--mbc-color-surface'], defaults: { '--_accent': DEFAULT_COLORS.accent, ...surface } },
  { pair: 'focus', selector: '.root', color: 'var(--_focus)', required: 3, tokens: ['--mbc-color-focus', '--mbc-color-surface'], defaults: { '--_focus': DEFAULT_COLORS.focus, ...surface } },
  { pair: 'border', selector: '.root', color: 'var(--_border)', required: 3, tokens: ['--mbc-color-border', '--mbc-color-surface'], defaults: { '--_border': DEFAULT_COLORS.border, ...surface } },
];

/**
 * The CSS that puts each pair's defaults back while the host names it in `data-mbc-contrast-fallback`.
 * Built from the element's own constant pair list (never from page data), so no inline style is needed.
 */
export function fallbackStyles(pairs: readonly ContrastPair[]): CSSResult {
  const rules = (dark: boolean) =>
    pairs.map(({ pair, defaults }) => {
      const declarations = Object.entries(defaults).map(([name, value]) => {
        const darkValue = dark ? DARK_DEFAULTS[name] : undefined;
        return `${name}: ${darkValue ? `light-dark(${value}, ${darkValue})` : value};`;
      });
      return `:host([${FALLBACK_ATTRIBUTE}~='${pair}']) { ${declarations.join(' ')} }`;
    });
  return css`${unsafeCSS(`${rules(false).join('\n')}\n@supports (color: light-dark(#000, #fff)) {\n${rules(true).join('\n')}\n}`)}`;
}

// ---- Colours ------------------------------------------------------------------------------------

/** sRGB channels 0-255 and alpha 0-1. */
type Rgba = readonly [number, number, number, number];

const NUMBER = /-?[\d.]+(?:e[-+]?\d+)?%?|none/gi;

/** Numbers of a colour function; `%` scaled by `percent` (the value 100% stands for), `none` as 0. */
function numbers(text: string, percent: readonly number[]): number[] {
  return (text.match(NUMBER) ?? []).map((token, i) => {
    if (token === 'none') return 0;
    const value = parseFloat(token);
    return token.endsWith('%') ? (value / 100) * (percent[i] ?? 1) : value;
  });
}

const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
const clamp = (c: number) => Math.min(255, Math.max(0, c));

/** OKLab to sRGB (Björn Ottosson's published matrices), clipped to the sRGB gamut. */
function oklab(l: number, a: number, b: number, alpha: number): Rgba {
  const l3 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m3 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s3 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const r = 4.0767416621 * l3 - 3.3077115913 * m3 + 0.2309699292 * s3;
  const g = -1.2684380046 * l3 + 2.6097574011 * m3 - 0.3413193965 * s3;
  const bl = -0.0041960863 * l3 - 0.7034186147 * m3 + 1.707614701 * s3;
  return [clamp(fromLinear(r)), clamp(fromLinear(g)), clamp(fromLinear(bl)), alpha];
}

let canvasContext: CanvasRenderingContext2D | null | undefined;

/**
 * Any other colour the engine serialises (`lab()`, `lch()`, `color(display-p3 …)`, …): drawn on a 1×1
 * canvas and read back as sRGB. Created on first use only; `null` when the engine cannot parse it.
 */
function viaCanvas(value: string): Rgba | null {
  canvasContext ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const context = canvasContext;
  if (!context) return null;
  // An invalid colour leaves fillStyle unchanged: two different starting values reveal it.
  context.fillStyle = '#000';
  context.fillStyle = value;
  const first = context.fillStyle;
  context.fillStyle = '#fff';
  context.fillStyle = value;
  if (context.fillStyle !== first) return null;
  context.clearRect(0, 0, 1, 1);
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

const parsed = new Map<string, Rgba | null>();

/**
 * Parses a colour as `getComputedStyle` serialises it. Chromium, Firefox and WebKit give `rgb()` /
 * `rgba()` for hex, named, `hsl()` and `currentColor` values, `color(srgb …)` for `color-mix(in srgb …)`,
 * and keep `oklch()` / `oklab()` (the default `color-mix()` space) in their own space: those are
 * converted here. Anything rarer goes through a canvas. Returns `null` for what cannot be read.
 */
export function parseColor(value: string): Rgba | null {
  const text = value.trim().toLowerCase();
  let colour = parsed.get(text);
  if (colour !== undefined) return colour;
  const [, fn = '', args = ''] = /^([a-z-]+)\((.*)\)$/.exec(text) ?? [];
  const alphaOf = (list: number[], at: number) => (list.length > at ? Math.min(1, Math.max(0, list[at])) : 1);
  if (fn === 'rgb' || fn === 'rgba') {
    const n = numbers(args, [255, 255, 255, 1]);
    colour = [n[0], n[1], n[2], alphaOf(n, 3)];
  } else if (fn === 'color' && args.startsWith('srgb ')) {
    const n = numbers(args.slice(5), [1, 1, 1, 1]);
    colour = [clamp(n[0] * 255), clamp(n[1] * 255), clamp(n[2] * 255), alphaOf(n, 3)];
  } else if (fn === 'oklab') {
    const n = numbers(args, [1, 0.4, 0.4, 1]);
    colour = oklab(n[0], n[1], n[2], alphaOf(n, 3));
  } else if (fn === 'oklch') {
    const n = numbers(args, [1, 0.4, 1, 1]);
    const hue = (n[2] * Math.PI) / 180;
    colour = oklab(n[0], n[1] * Math.cos(hue), n[1] * Math.sin(hue), alphaOf(n, 3));
  } else {
    colour = typeof document === 'undefined' ? null : viaCanvas(text);
  }
  if (colour && colour.some((c) => !Number.isFinite(c))) colour = null;
  parsed.set(text, colour);
  return colour;
}

/** `top` painted over the opaque `bottom`. */
const over = (top: Rgba, bottom: Rgba): Rgba => [
  top[0] * top[3] + bottom[0] * (1 - top[3]),
  top[1] * top[3] + bottom[1] * (1 - top[3]),
  top[2] * top[3] + bottom[2] * (1 - top[3]),
  1,
];

/** WCAG 2.x relative luminance of an opaque sRGB colour. */
export function luminance([r, g, b]: Rgba): number {
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.x contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// ---- The background the reader sees ----------------------------------------------------------------

/** The parent in the rendered (flat) tree: a slotted node's slot, else its parent, else its shadow host. */
function flatParent(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host || null);
}

const queries = new Map<string, MediaQueryList>();
/** A media query list, made once per query; `undefined` where the page has no matchMedia. */
function mediaQuery(query: string): MediaQueryList | undefined {
  if (typeof matchMedia !== 'function') return undefined;
  if (!queries.has(query)) queries.set(query, matchMedia(query));
  return queries.get(query);
}
const DARK = '(prefers-color-scheme: dark)';

const canvases = new Map<string, Rgba>();

/**
 * The page canvas behind everything: the `Canvas` system colour of the root's colour scheme (white
 * under `light`, the engine's own dark grey under `dark`). Read once per scheme from a hidden element in
 * `<head>` styled through the CSSOM (allowed under a strict style-src, unlike a style attribute).
 */
function canvasColor(): Rgba {
  const root = document.documentElement;
  const key = `${getComputedStyle(root).colorScheme}|${Boolean(mediaQuery(DARK)?.matches)}`;
  let colour = canvases.get(key);
  if (!colour) {
    const probe = document.createElement('span');
    probe.hidden = true;
    probe.style.setProperty('background-color', 'Canvas');
    (document.head ?? root).append(probe);
    colour = parseColor(getComputedStyle(probe).backgroundColor) ?? [255, 255, 255, 1];
    probe.remove();
    if (colour[3] < 1) colour = over(colour, [255, 255, 255, 1]);
    canvases.set(key, colour);
  }
  return colour;
}

/**
 * The opaque colour behind `element`: its own and its ancestors' background colours (through shadow
 * hosts and slots to the page), composited over the page canvas. `null` when a background image or
 * gradient lies under the text before an opaque colour does: the contrast cannot be computed, and the
 * caller treats the pair as failing (the defaults put an opaque surface under the text).
 */
export function backgroundOf(element: Element): Rgba | null {
  const layers: Rgba[] = [];
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage && style.backgroundImage !== 'none') return null;
    const colour = parseColor(style.backgroundColor);
    if (!colour) return null;
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 1) break;
  }
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), layers.at(-1)?.[3] === 1 ? [0, 0, 0, 1] : canvasColor());
}

/**
 * The ratio each pair reaches in `root` now: `undefined` where its element is not rendered, `null`
 * where a background image or gradient makes it unmeasurable. All probes go in before the first read,
 * so the engine recalculates style once, not once per pair.
 */
export function measurePairs(root: Element | DocumentFragment, pairs: readonly ContrastPair[]): (number | null | undefined)[] {
  const targets = pairs.map((pair) => root.querySelector(pair.selector));
  const probes = pairs.map((pair, i) => {
    const element = targets[i];
    if (!element || !pair.color) return undefined;
    const probe = element.ownerDocument.createElement('span');
    probe.hidden = true;
    probe.style.setProperty('color', pair.color);
    return element.appendChild(probe);
  });
  try {
    const backgrounds = new Map<Element, Rgba | null>();
    return targets.map((element, i) => {
      if (!element) return undefined;
      if (!backgrounds.has(element)) backgrounds.set(element, backgroundOf(element));
      const background = backgrounds.get(element);
      const foreground = parseColor(getComputedStyle(probes[i] ?? element).color);
      return background && foreground ? contrastRatio(over(foreground, background), background) : null;
    });
  } finally {
    probes.forEach((probe) => probe?.remove());
  }
}

// ---- When it runs --------------------------------------------------------------------------------

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: Element | DocumentFragment };

/** Guards waiting for a `prefers-color-scheme` change: one listener for the whole page. */
const watching = new Set<ThemeGuard>();
let watchingScheme = false;

function watchColorScheme(guard: ThemeGuard) {
  watching.add(guard);
  if (watchingScheme) return;
  watchingScheme = true;
  mediaQuery(DARK)?.addEventListener?.('change', () => watching.forEach((each) => each.check(false)));
}

/**
 * Runs the contrast check for one element at the moments a theme can change, and never per render:
 * after the first render, after a change of the element's own attributes (its next update done), when
 * `prefers-color-scheme` changes, and when the element's public `checkTheme()` calls `check()`.
 */
export class ThemeGuard implements ReactiveController {
  private observer?: MutationObserver;
  private checked = false;
  private pending = false;
  /** Pairs already warned about: one warning per element and pair. */
  private readonly warned = new Set<string>();
  /** The pairs the last check rejected, so checks of its own accord fire only on a change. */
  private last = '';

  constructor(
    private readonly host: Host,
    private readonly pairs: readonly ContrastPair[],
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchColorScheme(this);
    try {
      this.observer ??= new MutationObserver((records) => {
        if (records.some((record) => record.attributeName !== FALLBACK_ATTRIBUTE)) this.checkAfterUpdate();
      });
      this.observer.observe(this.host, { attributes: true });
    } catch {
      // A page with a broken MutationObserver: checks still run at first render and on request.
    }
    // Moved to another place on the page: the background behind it may have changed.
    if (this.checked) this.checkAfterUpdate();
  }

  hostDisconnected(): void {
    watching.delete(this);
    this.observer?.disconnect();
  }

  hostUpdated(): void {
    if (this.checked) return;
    this.checked = true;
    // After the whole first update: the element's own updated() (the tray opening its popover, say)
    // runs before the guard reads any style.
    this.checkAfterUpdate();
  }

  private checkAfterUpdate() {
    if (this.pending) return;
    this.pending = true;
    void this.host.updateComplete
      .catch(() => undefined)
      .then(() => {
        this.pending = false;
        this.check(false);
      });
  }

  /**
   * Measures every pair with the theme as it is now, falls back on those that fail (checking again
   * after each fallback, since restoring the surface can break another pair), then warns once per
   * pair and fires `mbc-theme-rejected`: on every call that rejects a pair when `always` (the public
   * `checkTheme()`), else only when the rejected pairs changed. Returns the rejected pairs. Never
   * throws: on any failure the element keeps the colours it had.
   */
  check(always = true): readonly RejectedPair[] {
    const { host } = this;
    const root = host.renderRoot;
    if (!root || !host.isConnected || mediaQuery('(forced-colors: active)')?.matches) return [];
    const before = host.getAttribute(FALLBACK_ATTRIBUTE);
    try {
      host.removeAttribute(FALLBACK_ATTRIBUTE);
      const rejected: RejectedPair[] = [];
      for (let round = 0; round <= this.pairs.length; round++) {
        const ratios = measurePairs(root, this.pairs);
        const failing = this.pairs.filter((pair, i) => {
          const ratio = ratios[i];
          if (ratio === undefined || (ratio !== null && ratio >= pair.required) || rejected.some((done) => done.pair === pair.pair)) return false;
          rejected.push({ pair: pair.pair, ratio: ratio === null ? null : Math.floor(ratio * 100) / 100, required: pair.required, tokens: pair.tokens });
          return true;
        });
        if (!failing.length) break;
        host.setAttribute(FALLBACK_ATTRIBUTE, rejected.map((each) => each.pair).join(' '));
      }
      const names = rejected.map((each) => each.pair).join(' ');
      if (rejected.length && (always || names !== this.last)) this.report(rejected);
      this.last = names;
      return rejected;
    } catch {
      if (before == null) host.removeAttribute(FALLBACK_ATTRIBUTE);
      else host.setAttribute(FALLBACK_ATTRIBUTE, before);
      return [];
    }
  }

  private report(rejected: readonly RejectedPair[]) {
    const tag = `<${this.host.localName}>`;
    for (const { pair, ratio, required, tokens } of rejected) {
      if (this.warned.has(pair)) continue;
      this.warned.add(pair);
      const measured = ratio === null ? 'cannot be measured over a background image or gradient' : `has a contrast of ${ratio}:1`;
      warnOnce(this.host, `${tag} theme: the ${pair} colour ${measured} (needs ${required}:1; tokens ${tokens.join(', ')}). Its default colours are used instead.`);
    }
    this.host.dispatchEvent(new MbcThemeRejectedEvent(rejected));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-theme-rejected': MbcThemeRejectedEvent;
  }
}
