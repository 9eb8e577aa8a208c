/**
 * The four oracles every robustness case checks, written once. Each returns a list of problems (an
 * empty list is a pass) so one case can check everything and report everything at once.
 *
 * N1  safety/educational text is present as text, visible, contrast >= 4.5:1 from the rendered
 *     colours, and exposed to the accessibility tree.
 * N2  no error or unhandled rejection reaches the host's listeners, and no console.error.
 * N3  the host page is unharmed: computed styles, globals, built-in prototypes, focus and scroll.
 * N4  no script runs from any attribute, slot or content value (a canary), and no CSP violation.
 */
import { expect } from '@open-wc/testing';
import { build, type ElementEntry } from './elements.js';

type Win = Window & typeof globalThis;
const winOf = (node: Node): Win => (node.ownerDocument ?? (node as Document)).defaultView as Win;

/** Prints the case count of a category (the issue asks for it per category). */
export function countCases(category: string, n: number): void {
  console.log(`robustness ${category}: ${n} cases`);
}

/** Fails the current test with every problem listed. */
export function expectNoProblems(problems: readonly string[]): void {
  expect(problems, problems.join('\n')).to.deep.equal([]);
}

/** Waits for an element (and any elements rendered inside it) to finish updating, then a task. */
export async function settle(el: Element): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const visit = (node: Element) => {
    const complete = (node as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (complete) pending.push(complete.catch(() => undefined));
    node.shadowRoot?.querySelectorAll('*').forEach(visit);
  };
  visit(el);
  await Promise.all(pending);
  // A task, not an animation frame: frames do not run in background tabs (the runner opens several).
  await new Promise((resolve) => setTimeout(resolve, 0));
}

// ---------------------------------------------------------------- N1: text present and perceivable

const channel = (() => {
  const cache = new Map<string, number[]>();
  let ctx: CanvasRenderingContext2D | null = null;
  return (colour: string): number[] => {
    const hit = cache.get(colour);
    if (hit) return hit;
    ctx ??= Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d', { willReadFrequently: true });
    // Paint the colour on a transparent pixel: the canvas understands every syntax the engine does.
    ctx!.clearRect(0, 0, 1, 1);
    ctx!.fillStyle = '#00000000';
    ctx!.fillStyle = colour;
    ctx!.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx!.getImageData(0, 0, 1, 1).data;
    const rgba = [r, g, b, a / 255];
    cache.set(colour, rgba);
    return rgba;
  };
})();

const over = (top: number[], bottom: number[]): number[] => {
  const a = top[3] + bottom[3] * (1 - top[3]);
  if (a === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
  return [mix(0), mix(1), mix(2), a];
};

const luminance = ([r, g, b]: number[]) => {
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

export function contrastRatio(a: number[], b: number[]): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** The parent in the flat tree (slotted nodes render inside their slot). */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof winOf(el).ShadowRoot ? root.host : null;
}

/** The colour behind an element: its own and its ancestors' backgrounds, composed, on white. */
function backgroundOf(el: Element): number[] | null {
  const layers: number[][] = [];
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (style.backgroundImage !== 'none' && !style.backgroundImage.startsWith('url(')) return null; // gradients: cannot compute
    const colour = channel(style.backgroundColor);
    if (colour[3] > 0) layers.push(colour);
    if (colour[3] >= 0.999) break;
  }
  return layers.reduceRight((bottom, top) => over(top, bottom), [255, 255, 255, 1]);
}

/** Every reason `target`'s text is not there for a sighted reader or a screen reader. */
export function perceivableProblems(target: Element, label: string): string[] {
  const problems: string[] = [];
  const text = (target.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return [`${label}: no text`];
  const win = winOf(target);
  const style = win.getComputedStyle(target);
  const rects = target.getClientRects();
  const area = [...rects].reduce((sum, r) => sum + r.width * r.height, 0);
  if (!area) problems.push(`${label}: not rendered (no box)`);
  if (style.visibility !== 'visible') problems.push(`${label}: visibility ${style.visibility}`);
  if (parseFloat(style.fontSize) < 8) problems.push(`${label}: font-size ${style.fontSize}`);
  let opacity = 1;
  for (let node: Element | null = target; node; node = flatParent(node)) {
    const s = win.getComputedStyle(node);
    opacity *= Number(s.opacity);
    if (s.display === 'none') problems.push(`${label}: inside display:none <${node.localName}>`);
    if (node.getAttribute('aria-hidden') === 'true') problems.push(`${label}: inside aria-hidden <${node.localName}>`);
    if (node.hasAttribute('inert')) problems.push(`${label}: inside inert <${node.localName}>`);
    if (s.contentVisibility === 'hidden') problems.push(`${label}: content-visibility hidden`);
  }
  if (opacity < 0.9) problems.push(`${label}: opacity ${opacity.toFixed(2)}`);
  // The text itself must sit where the element is (text-indent or clipping tricks move it away).
  const range = target.ownerDocument.createRange();
  range.selectNodeContents(target);
  const textBox = range.getBoundingClientRect();
  const box = target.getBoundingClientRect();
  if (area && (textBox.right < box.left - 1 || textBox.left > box.right + 1)) problems.push(`${label}: text moved outside its box`);
  // Contrast, from the rendered colours (-webkit-text-fill-color wins over color where set).
  const fill = (style as CSSStyleDeclaration & { webkitTextFillColor?: string }).webkitTextFillColor || style.color;
  const background = backgroundOf(target);
  if (background) {
    const fg = over(channel(fill), background);
    const ratio = contrastRatio(fg, background);
    if (ratio < 4.5) problems.push(`${label}: contrast ${ratio.toFixed(2)}:1 (${fill} on rgb(${background.slice(0, 3).map(Math.round).join(',')}))`);
  }
  return problems;
}

/** N1 for an element showing its own content: every `entry.text` selector is present and perceivable. */
export function textProblems(el: Element, entry: ElementEntry): string[] {
  const root = el.shadowRoot;
  if (!root) return [`<${entry.tag}> has no shadow root`];
  const problems: string[] = [];
  for (const selector of entry.text) {
    const target = root.querySelector(selector);
    if (!target) problems.push(`<${entry.tag}> ${selector}: missing`);
    else problems.push(...perceivableProblems(target, `<${entry.tag}> ${selector}`));
  }
  return problems;
}

/** Why assistive technology does not get `el`: aria-hidden, inert, display:none, visibility or content-visibility in its flat-tree ancestry. */
function unexposedBy(el: Element): string | undefined {
  const win = winOf(el);
  if (win.getComputedStyle(el).visibility !== 'visible') return 'visibility';
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (node.getAttribute('aria-hidden') === 'true') return `aria-hidden <${node.localName}>`;
    if (node.hasAttribute('inert')) return `inert <${node.localName}>`;
    const style = win.getComputedStyle(node);
    if (style.display === 'none') return `display:none <${node.localName}>`;
    if (style.contentVisibility === 'hidden') return `content-visibility <${node.localName}>`;
  }
  return undefined;
}

/**
 * N1 per product, for `<safety-banner>`: one banner's safety text may stand in for another's (a tray
 * defers to an inline banner, a second tray steps aside), but for every product on the page the full
 * ISI is there for assistive technology somewhere: the risk statement and the heading exposed, and every
 * section paragraph and item exposed in some banner, or inside a collapsed tray whose expand button is
 * exposed (hidden only until the reader expands it, never aria-hidden).
 */
export function isiProblems(doc: Document = document): string[] {
  const problems: string[] = [];
  const byProduct = new Map<string, Element[]>();
  // Banners in the page and in shadow roots (closed ones too): the light DOM and the page-wide registry.
  const registry = (winOf(doc) as unknown as { __mbcElements?: { safety?: { trays: Record<string, Element[]>; inline: Record<string, Element[]> } } }).__mbcElements?.safety;
  const registered = registry ? [...Object.values(registry.trays), ...Object.values(registry.inline)].flat() : [];
  for (const el of new Set([...doc.querySelectorAll('safety-banner[product]'), ...registered])) {
    if (!el.isConnected || !el.hasAttribute('product') || !el.shadowRoot?.querySelector('.isi')) continue; // fallback, or a tray standing aside
    const product = el.getAttribute('product')!.trim().toLowerCase();
    byProduct.set(product, [...(byProduct.get(product) ?? []), el]);
  }
  for (const [product, banners] of byProduct) {
    const roots = banners.map((el) => el.shadowRoot!);
    const all = (selector: string) => roots.flatMap((root) => [...root.querySelectorAll(selector)]);
    const exposedSomewhere = (candidates: Element[]) => candidates.some((el) => !unexposedBy(el));
    if (!exposedSomewhere(all('.risk'))) problems.push(`${product}: the risk statement is exposed nowhere`);
    if (!exposedSomewhere(all('[part~="heading"]'))) problems.push(`${product}: no safety heading is exposed`);
    const texts = new Map<string, Element[]>();
    for (const el of all('.sections p, .sections li')) {
      const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      texts.set(text, [...(texts.get(text) ?? []), el]);
    }
    if (!texts.size) problems.push(`${product}: no ISI sections rendered`);
    for (const [text, candidates] of texts) {
      const reachable = candidates.some((el) => {
        const why = unexposedBy(el);
        if (!why) return true;
        // A collapsed tray: the text waits behind an exposed expand button, and is not aria-hidden.
        const tray = el.closest('.tray');
        const toggle = tray?.querySelector('[part~="toggle"][aria-expanded="false"]');
        return Boolean(tray && toggle && !unexposedBy(toggle) && !el.closest('[aria-hidden="true"]'));
      });
      if (!reachable) problems.push(`${product}: "${text.slice(0, 40)}" is exposed in no banner (${candidates.map((el) => unexposedBy(el)).join('; ')})`);
    }
  }
  return problems;
}

/** N1 for an element showing its fallback: the pasted children are slotted and perceivable. */
export function fallbackProblems(el: Element, entry: ElementEntry): string[] {
  const problems: string[] = [];
  const children = [...el.children].filter((child) => !child.hasAttribute('slot'));
  if (!children.length) return [`<${entry.tag}> has no fallback children`];
  if (!(el.textContent ?? '').includes(entry.fallbackText)) problems.push(`<${entry.tag}> fallback text missing`);
  for (const child of children) {
    if (el.shadowRoot && !child.assignedSlot) problems.push(`<${entry.tag}> fallback <${child.localName}> is not slotted`);
    problems.push(...perceivableProblems(child, `<${entry.tag}> fallback <${child.localName}>`));
  }
  return problems;
}

// ---------------------------------------------------------------- N2: nothing reaches the host

export interface ErrorWatch {
  /** Stops watching and returns what reached the host. */
  stop(): string[];
}

/** Listens like a host page would: window error/unhandledrejection listeners and console.error. */
export function watchErrors(win: Window = window): ErrorWatch {
  const seen: string[] = [];
  const onError = (event: ErrorEvent) => seen.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(`unhandledrejection: ${String(event.reason)}`);
  const con = (win as Win).console;
  const original = con.error;
  con.error = (...args: unknown[]) => {
    seen.push(`console.error: ${args.map(String).join(' ')}`);
  };
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    stop() {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
      con.error = original;
      return seen;
    },
  };
}

// ---------------------------------------------------------------- N3: the host page is unharmed

/**
 * lit's own version markers, the hook by which lit's hydration support reaches LitElement (set before
 * lit's element class is evaluated, as lit requires), and the one namespaced object mbc-elements keeps.
 */
export const ALLOWED_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata', 'litElementHydrateSupport', '__mbcElements'];
/** Names the test harness itself adds to frames it builds (never the package). */
export const HARNESS_GLOBALS = ['__mbcTest', 'mbcCanary'];

const PROBE_PROPERTIES = [
  'display', 'position', 'color', 'background-color', 'font-size', 'font-family', 'line-height', 'margin-top',
  'margin-bottom', 'padding-top', 'padding-inline-start', 'overflow', 'transform', 'z-index',
  'visibility', 'opacity', 'text-align', 'direction', 'scroll-padding-top', 'scroll-padding-bottom',
];
/** The tray may set these on the root (documented): --mbc-safety-tray-height and scroll padding. */
const DOCUMENTED_ROOT_CHANGES = new Set(['scroll-padding-top', 'scroll-padding-bottom']);

const BUILT_INS = [
  'Object', 'Array', 'Function', 'String', 'Number', 'Boolean', 'Symbol', 'Promise', 'Map', 'Set', 'WeakMap', 'RegExp',
  'Date', 'Error', 'JSON', 'Math', 'Reflect', 'EventTarget', 'Node', 'Element', 'HTMLElement', 'Document',
  'ShadowRoot', 'CustomElementRegistry', 'CSSStyleSheet', 'Event', 'CustomEvent', 'MutationObserver', 'Window',
];

function prototypeFingerprint(win: Win): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const name of BUILT_INS) {
    const ctor = (win as unknown as Record<string, { prototype?: object } | undefined>)[name];
    if (!ctor) continue;
    for (const [where, target] of [['static', ctor], ['proto', ctor.prototype]] as const) {
      if (!target) continue;
      for (const key of Reflect.ownKeys(target)) {
        const d = Object.getOwnPropertyDescriptor(target, key)!;
        out[`${name}.${where}.${String(key)}`] = [d.value, d.get, d.set].map((v) => (typeof v === 'function' ? v : typeof v));
      }
    }
  }
  return out;
}

export interface HostSnapshot {
  styles: Map<Element, Record<string, string>>;
  rootCustom: string;
  globals: Set<string>;
  prototypes: Record<string, unknown[]>;
  focus: Element | null;
  scroll: [number, number];
}

/** Records what N3 compares: every host element's computed style, globals, prototypes, focus, scroll. */
export function snapshotHost(doc: Document = document, probes?: Element[]): HostSnapshot {
  const win = doc.defaultView as Win;
  const styles = new Map<Element, Record<string, string>>();
  for (const el of probes ?? [doc.documentElement, doc.body, ...doc.body.querySelectorAll('[data-host]')]) {
    const style = win.getComputedStyle(el);
    styles.set(el, Object.fromEntries(PROBE_PROPERTIES.map((p) => [p, style.getPropertyValue(p)])));
  }
  return {
    styles,
    rootCustom: [...win.getComputedStyle(doc.documentElement)].filter((p) => p.startsWith('--') && p !== '--mbc-safety-tray-height').join(','),
    globals: new Set(Object.getOwnPropertyNames(win)),
    prototypes: prototypeFingerprint(win),
    focus: doc.activeElement,
    scroll: [win.scrollX, win.scrollY],
  };
}

/** N3: what changed on the host since `before`. */
export function hostProblems(before: HostSnapshot, doc: Document = document, options: { focus?: boolean } = {}): string[] {
  const after = snapshotHost(doc, [...before.styles.keys()]);
  const problems: string[] = [];
  for (const [el, props] of before.styles) {
    const now = after.styles.get(el)!;
    for (const [prop, value] of Object.entries(props)) {
      if (now[prop] !== value && !(el === doc.documentElement && DOCUMENTED_ROOT_CHANGES.has(prop))) {
        problems.push(`host <${el.localName}> ${prop}: ${value} -> ${now[prop]}`);
      }
    }
  }
  if (after.rootCustom !== before.rootCustom) problems.push(`host root custom properties changed: ${after.rootCustom}`);
  const added = [...after.globals].filter((g) => !before.globals.has(g) && !ALLOWED_GLOBALS.includes(g) && !HARNESS_GLOBALS.includes(g));
  if (added.length) problems.push(`new globals: ${added.join(', ')}`);
  for (const [key, value] of Object.entries(after.prototypes)) {
    const was = before.prototypes[key];
    if (!was || value.some((v, i) => v !== was[i])) problems.push(`built-in changed: ${key}`);
  }
  if (options.focus !== false && after.focus !== before.focus) problems.push(`focus moved to <${after.focus?.localName}>`);
  if (after.scroll.join() !== before.scroll.join()) problems.push(`scroll jumped ${before.scroll} -> ${after.scroll}`);
  return problems;
}

/**
 * The globals a fresh page of this engine has: the baseline for pages that load the bundle while
 * parsing (no chance to snapshot first). Built from an empty same-origin frame.
 */
export async function baselineGlobals(): Promise<Set<string>> {
  const frame = await stageFrame('<!doctype html><title>baseline</title>', 'baseline');
  const names = new Set(Object.getOwnPropertyNames(frame.contentWindow!));
  frame.remove();
  return names;
}

/** Functions of built-in prototypes in `win` that are no longer native (patched by someone). */
export function patchedBuiltIns(win: Window): string[] {
  const problems: string[] = [];
  for (const name of BUILT_INS) {
    const ctor = (win as unknown as Record<string, { prototype?: object } | undefined>)[name];
    for (const target of [ctor, ctor?.prototype]) {
      if (!target) continue;
      for (const key of Reflect.ownKeys(target)) {
        const d = Object.getOwnPropertyDescriptor(target, key)!;
        for (const fn of [d.value, d.get, d.set]) {
          if (typeof fn === 'function' && !/\[native code\]/.test(Function.prototype.toString.call(fn)) && !/^class /.test(Function.prototype.toString.call(fn))) {
            problems.push(`built-in patched: ${name}.${String(key)}`);
          }
        }
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- N4: no script from data

/**
 * The canary payloads call: `top.mbcCanary('id')` (or `parent.`/plain, from frames). Any call is a
 * script that ran from data. Installed on the top window and on every frame the harness builds.
 */
export function installCanary(win: Window = window): string[] {
  const w = win as Window & { mbcCanary?: (id: string) => void; __mbcCanaryHits?: string[] };
  const top = window as Window & { __mbcCanaryHits?: string[] };
  top.__mbcCanaryHits ??= [];
  w.mbcCanary = (id: string) => top.__mbcCanaryHits!.push(String(id));
  return top.__mbcCanaryHits;
}

/** Canary hits so far (and clears them). */
export function canaryHits(): string[] {
  const top = window as Window & { __mbcCanaryHits?: string[] };
  return (top.__mbcCanaryHits ?? []).splice(0);
}

/** Records `securitypolicyviolation` events in a document. */
export function watchViolations(doc: Document = document): { stop(): string[] } {
  const seen: string[] = [];
  const listener = (event: SecurityPolicyViolationEvent) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`);
  doc.addEventListener('securitypolicyviolation', listener);
  return {
    stop() {
      doc.removeEventListener('securitypolicyviolation', listener);
      return seen;
    },
  };
}

/** Elements that run script or load something: data must never produce one inside our shadow roots. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed', 'img', 'link', 'meta', 'base', 'video', 'audio', 'source', 'foreignobject', 'animate', 'set', 'use', 'math', 'template']);

/** Every element and attribute in a shadow root that could run script or load something. */
export function activeContentProblems(el: Element): string[] {
  const problems: string[] = [];
  const visit = (root: ShadowRoot) => {
    for (const node of root.querySelectorAll('*')) {
      if (ACTIVE_TAGS.has(node.localName.toLowerCase())) problems.push(`<${el.localName}> renders an unexpected <${node.localName}>`);
      for (const attr of node.getAttributeNames()) {
        if (/^on/i.test(attr)) problems.push(`<${el.localName}> renders an event handler attribute ${attr}`);
      }
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']) {
        const value = node.getAttribute(attr);
        if (value != null && !isSafeUrl(value, el.ownerDocument.baseURI)) problems.push(`<${el.localName}> renders ${attr}="${value.slice(0, 60)}"`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return problems;
}

/** What a browser would do with the link: only https, http, mailto and tel may come out. */
export function isSafeUrl(value: string, base: string): boolean {
  try {
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(value, base).protocol);
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------- frames

/** The script every harness-built page loads first: host-style listeners, CSP violations, the canary. */
export const RECORDER = '/tests/fixtures/robustness-recorder.js';

export interface FrameRecord {
  errors: string[];
  warnings: string[];
  /** console.info lines (a snippet rendered afresh says why there). */
  notes: string[];
  events: string[];
  violations: string[];
  canary: string[];
  /** Each host with a declarative shadow root, and a node of that root, as parsed, before any script. */
  prerendered: [Element, Element][];
}
export const frameRecord = (frame: HTMLIFrameElement): FrameRecord =>
  (frame.contentWindow as unknown as { __mbcTest: FrameRecord }).__mbcTest;

/**
 * A same-origin frame from markup (srcdoc), fixed width so layout is the same in every engine.
 * `head` may hold the recorder: pass the full document.
 */
export async function stageFrame(doc: string, name: string, { width = 800, height = 600, sandbox }: { width?: number; height?: number; sandbox?: string } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.title = name;
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  if (sandbox != null) frame.setAttribute('sandbox', sandbox);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = doc;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** A frame whose page is served from `src` (for pages that need real response headers). */
export async function pageFrame(src: string, { width = 800, height = 600 } = {}): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Adds a script to a frame and waits for it to load (or fail). */
export function addScript(frame: HTMLIFrameElement, src: string, { module = true, integrity }: { module?: boolean; integrity?: string } = {}): Promise<boolean> {
  const doc = frame.contentDocument!;
  const script = doc.createElement('script');
  if (module) script.type = 'module';
  if (integrity) {
    script.integrity = integrity;
    script.crossOrigin = 'anonymous';
  }
  const done = new Promise<boolean>((resolve) => {
    script.addEventListener('load', () => resolve(true), { once: true });
    script.addEventListener('error', () => resolve(false), { once: true });
  });
  script.src = src;
  doc.head.append(script);
  return done;
}

/** Waits until every `tag` element in the frame is defined and rendered. */
export async function frameSettled(frame: HTMLIFrameElement, tags: string[]): Promise<void> {
  const win = frame.contentWindow!;
  await Promise.race([Promise.all(tags.map((tag) => win.customElements.whenDefined(tag))), new Promise((r) => setTimeout(r, 3000))]);
  for (const el of frame.contentDocument!.querySelectorAll(tags.join(','))) await settle(el);
}

// ---------------------------------------------------------------- one case in this page

export interface CaseOptions {
  /** Attributes on top of the entry's valid ones (null removes one). */
  attrs?: Record<string, string | null>;
  /** Runs after the first render (set properties, remove attributes, add slotted content...). */
  then?: (el: HTMLElement) => unknown;
  /** What must show: the element's own text, its fallback, or either (decided by the element). */
  shows: 'content' | 'fallback';
  /** Extra checks on the rendered element. */
  check?: (el: HTMLElement) => string[];
  /** Width of the host container (the page around the element). */
  width?: number;
  /** Shapes the host container before the snapshot (the host page's own choices: dir, lang, writing mode). */
  context?: (container: HTMLElement) => void;
}

/**
 * Renders one element in a fixed-width host container in this page and checks N1-N4 around it.
 * Returns the problems and the console warnings the case produced.
 */
export async function runCase(entry: ElementEntry, options: CaseOptions): Promise<{ problems: string[]; warnings: string[]; el: HTMLElement }> {
  installCanary();
  canaryHits();
  const host = document.createElement('div');
  host.setAttribute('data-host', '');
  host.style.cssText = `width:${options.width ?? 600}px`;
  const before = document.createElement('p');
  before.setAttribute('data-host', '');
  before.textContent = 'Host paragraph before.';
  host.append(before);
  options.context?.(host);
  document.body.append(host);
  const snapshot = snapshotHost();
  const errors = watchErrors();
  const violations = watchViolations();
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  let el!: HTMLElement;
  const problems: string[] = [];
  try {
    el = build(entry, options.attrs);
    host.append(el);
    await settle(el);
    if (options.then) {
      await options.then(el);
      await settle(el);
    }
    // Payloads such as <img onerror> fire after a load attempt: give them the chance.
    await new Promise((resolve) => setTimeout(resolve, 0));
    problems.push(...(options.shows === 'content' ? textProblems(el, entry) : fallbackProblems(el, entry)));
    problems.push(...activeContentProblems(el));
    problems.push(...(options.check?.(el) ?? []));
    problems.push(...hostProblems(snapshot));
  } catch (error) {
    problems.push(`threw: ${String(error)}`);
  } finally {
    console.warn = warn;
    problems.push(...errors.stop(), ...violations.stop());
    problems.push(...canaryHits().map((id) => `script ran from data: canary ${id}`));
    host.remove();
  }
  return { problems, warnings, el };
}
