import { safetyState } from '../../internal/page-state.js';
import { RENDER_ATTRIBUTE } from '../../internal/render-inputs.js';

export const MODES = ['inline', 'tray'] as const;
export type SafetyMode = (typeof MODES)[number];

/** The custom property the tray publishes its height in, on `document.documentElement`. */
export const TRAY_HEIGHT_PROPERTY = '--mbc-safety-tray-height';
const PADDING = 'scroll-padding-bottom';
/**
 * Room (CSS px) kept between the tray and whatever is focused or scrolled to above it: the package's
 * 3 px focus outline with its 2 px offset, and a little air.
 */
export const FOCUS_CLEARANCE = 8;

/** The product key and mode a banner coordinates under (validation and warnings happen in the element). */
export function placement(el: { mode?: string; product?: string }): { mode: SafetyMode; key: string | undefined } {
  const mode = MODES.find((m) => m === el.mode?.trim().toLowerCase()) ?? 'inline';
  return { mode, key: el.product?.trim().toLowerCase() };
}

/**
 * Whether a banner is a tray from a prerendered snippet (it carries the snippet's render record).
 * Such a tray keeps in the flow the full ISI its snippet shows without script, so upgrading moves
 * nothing, and counts as an inline banner of its product: its fixed tray shows only while that text
 * is off screen.
 */
export const keepsIsiInFlow = (el: Element & { mode?: string; product?: string }): boolean =>
  placement(el).mode === 'tray' && el.hasAttribute(RENDER_ATTRIBUTE);

/** Whether an element's box is in the viewport now (what an IntersectionObserver will report). */
function inViewport(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
}

/** An IntersectionObserver, or none where the browser lacks one or refuses to make one (privacy tools do). */
export function intersectionObserver(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
  try {
    return new IntersectionObserver(callback, options);
  } catch {
    return undefined;
  }
}

/**
 * Keeps room for the tray at the end of the page: an empty, hidden element as the last child of
 * `<body>`, as tall as the tallest tray plus the focus clearance, so the page's last content (and its
 * focus outline) can scroll clear of the tray. Removed when no tray shows. Content above it never
 * moves: the page only grows at its end.
 */
function reserve(px: number | undefined) {
  const state = safetyState();
  const body = document.body;
  if (px === undefined || !body) {
    state.spacer?.remove();
    state.spacer = undefined;
    return;
  }
  let spacer = state.spacer;
  if (!spacer) {
    spacer = state.spacer = document.createElement('mbc-tray-spacer');
    spacer.setAttribute('aria-hidden', 'true');
    // Inline declarations through the CSSOM (allowed under a strict style-src), important so page rules cannot undo them.
    const declarations: [string, string][] = [
      ['display', 'block'], ['visibility', 'hidden'], ['pointer-events', 'none'], ['margin', '0'], ['padding', '0'],
      ['border', '0'], ['flex', 'none'], ['grid-column', '1 / -1'], ['float', 'none'], ['position', 'static'],
    ];
    for (const [name, value] of declarations) spacer.style.setProperty(name, value, 'important');
  }
  spacer.style.setProperty('block-size', `${px}px`, 'important');
  if (body.lastElementChild !== spacer) body.append(spacer);
}

/**
 * Sets `--mbc-safety-tray-height` and `scroll-padding-bottom` on `<html>` to the tallest showing tray
 * (trays of different products share the bottom edge), saving the page's own inline values first and
 * restoring them exactly, style attribute included, when no tray shows. The scroll padding and the
 * room kept at the end of the page add the focus clearance.
 */
function setTrayHeight(product: string, height: number | undefined) {
  const state = safetyState();
  if (height === undefined) delete state.heights[product];
  else state.heights[product] = height;
  const root = document.documentElement;
  const heights = Object.values(state.heights);
  if (heights.length) {
    state.saved ??= {
      attribute: root.getAttribute('style'),
      values: [TRAY_HEIGHT_PROPERTY, PADDING].map((name) => [name, root.style.getPropertyValue(name), root.style.getPropertyPriority(name)] as const),
    };
    const tallest = Math.max(...heights);
    root.style.setProperty(TRAY_HEIGHT_PROPERTY, `${tallest}px`);
    root.style.setProperty(PADDING, `${tallest + FOCUS_CLEARANCE}px`);
    reserve(tallest + FOCUS_CLEARANCE);
  } else {
    reserve(undefined);
    if (state.saved) {
      for (const [name, value, priority] of state.saved.values) {
        if (value) root.style.setProperty(name, value, priority);
        else root.style.removeProperty(name);
      }
      // Reading the attribute first settles the engine's lazily serialized inline style (Chromium would
      // otherwise write style="" back after the removal).
      if (state.saved.attribute == null && !root.style.length && root.getAttribute('style') != null) root.removeAttribute('style');
      state.saved = undefined;
    }
  }
}

type Updatable = HTMLElement & { requestUpdate?: () => void };
const refresh = (list: readonly Updatable[] | undefined) => list?.forEach((el) => el.requestUpdate?.());

/** The element that has focus, through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** How far an element's focus outline reaches outside its border box, in CSS px. */
function outlineReach(el: Element) {
  const style = getComputedStyle(el);
  if (style.outlineStyle === 'none') return 0;
  const width = parseFloat(style.outlineWidth) || 0;
  return Math.max(0, (style.outlineStyle === 'auto' ? Math.max(width, 2) : width) + (parseFloat(style.outlineOffset) || 0));
}

/** The media query under which the expanded tray becomes a full-height reading view (400% zoom and the like). */
export const SHORT_VIEWPORT = '(max-height: 25em)';

/**
 * Whether a key event came from inside a dialog (native or ARIA). Read from the event's path, which
 * keeps the dialog even when the host's own Escape handler has already closed or removed it.
 */
export function fromDialog(event: Event): boolean {
  return event.composedPath().some((node) => {
    if (!(node instanceof Element)) return false;
    const role = node.getAttribute('role');
    return node.localName === 'dialog' || role === 'dialog' || role === 'alertdialog';
  });
}

/** The parent in the flat tree (slotted nodes render inside their slot). */
function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

type Visibility = Element & { checkVisibility?: (options: Record<string, boolean>) => boolean };

/**
 * Whether an inline banner shows the full ISI to everyone, assistive technology included: rendered
 * (not its fallback), not hidden (display, visibility, a closed accordion's content-visibility), and
 * not under aria-hidden or inert. Where it is off screen does not matter.
 */
export function exposesIsi(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const banner = el.shadowRoot?.querySelector<Visibility>('.banner:not(.print-copy)');
  if (!banner) return false;
  const shown = banner.checkVisibility
    ? banner.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })
    : banner.getClientRects().length > 0 && getComputedStyle(banner).visibility === 'visible';
  if (!shown) return false;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return false;
  }
  return true;
}

/** Whether a light-DOM element is rendered: not the unslotted child of an element with a shadow root (fallback markup). */
function rendered(el: Element) {
  for (let node: Element = el; node.parentElement; node = node.parentElement) {
    if (node.parentElement.shadowRoot && !node.assignedSlot) return false;
  }
  return true;
}

/**
 * The level of the nearest heading before `el` in its tree (fallback markup of other elements
 * skipped), or undefined. The tray's heading goes one level below it, so the tray never takes the
 * page's following headings into its own section, wherever the partner puts it.
 */
export function precedingHeadingLevel(el: Element): number | undefined {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el.getRootNode(), NodeFilter.SHOW_ELEMENT);
  walker.currentNode = el;
  for (let steps = 0; steps < 5000 && walker.previousNode(); steps += 1) {
    const node = walker.currentNode as Element;
    const tag = /^h([1-6])$/.exec(node.localName);
    const level = tag ? Number(tag[1]) : node.getAttribute('role') === 'heading' ? Number(node.getAttribute('aria-level')) || 2 : 0;
    if (level && !node.contains(el) && rendered(node)) return Math.min(6, Math.max(1, level));
  }
  return undefined;
}

const EXPOSURE_ATTRIBUTES = ['aria-hidden', 'inert', 'hidden', 'open', 'class', 'style'];

const listFor = (mode: SafetyMode) => {
  const state = safetyState();
  return mode === 'tray' ? state.trays : state.inline;
};

/** What the tray coordination needs from its element. */
export interface TrayHost extends HTMLElement {
  mode?: string;
  product?: string;
  requestUpdate(): void;
}

/**
 * Page-wide tray coordination for one `<safety-banner>`: its place in the page-state registry (one
 * tray per product, across every copy of the bundle), showing its tray in the top layer, publishing
 * the tray's height on `<html>`, and watching the inline banners for the same product.
 */
export class TrayCoordinator {
  /** Where the element is registered in the page state: [list, product]. */
  private registered?: [Record<string, HTMLElement[]>, string];
  private inlineObserver?: IntersectionObserver;
  /** Inline banners for this product that are on screen now. */
  readonly visibleInline = new Set<Element>();
  private observedInline: HTMLElement[] = [];
  private resizeObserver?: ResizeObserver;
  private observedTray?: HTMLElement;
  /** The product this element last reported a tray height for. */
  private publishedKey?: string;
  private watchingFocus = false;
  private focusFrame = 0;
  /** The inline banner (same product) that shows the full ISI to everyone, if any: the tray then defers to it. */
  private exposed?: HTMLElement;
  private exposureObserver?: MutationObserver;
  private inlineSizes?: ResizeObserver;

  constructor(private readonly host: TrayHost) {}

  register() {
    const { mode, key } = placement(this.host);
    if (key == null) return;
    const list = listFor(mode);
    (list[key] ??= []).push(this.host);
    this.registered = [list, key];
    this.alsoInline = keepsIsiInFlow(this.host);
    if (this.alsoInline) (safetyState().inline[key] ??= []).push(this.host);
    if (mode === 'inline') refresh(safetyState().trays[key]);
  }

  /** Registered in the inline list too (a tray that keeps its ISI in the flow). */
  private alsoInline = false;

  unregister() {
    if (!this.registered) return;
    const [list, key] = this.registered;
    this.registered = undefined;
    list[key] = (list[key] ?? []).filter((el) => el !== this.host);
    if (this.alsoInline) safetyState().inline[key] = (safetyState().inline[key] ?? []).filter((el) => el !== this.host);
    this.alsoInline = false;
    // The next tray takes over; trays re-check which inline banners exist.
    refresh(safetyState().trays[key]);
  }

  /** Registers again when `mode` or `product` changed. */
  reregisterIfMoved() {
    const [list, product] = this.registered ?? [];
    const { mode, key } = placement(this.host);
    if (this.host.isConnected && (list !== listFor(mode) || product !== key || this.alsoInline !== keepsIsiInFlow(this.host))) {
      this.unregister();
      this.register();
    }
  }

  /** Whether the element is in the page-state registry (it is from connect to disconnect). */
  get isRegistered(): boolean {
    return this.registered !== undefined;
  }

  /** Whether this element is the one that shows the tray for `key`. */
  showsTray(key: string) {
    return (safetyState().trays[key] ?? [])[0] === this.host;
  }

  /** The inline banner the tray defers to (see `exposesIsi`), as of the last check. */
  get deferTo(): HTMLElement | undefined {
    const inline = safetyState().inline[placement(this.host).key ?? ''] ?? [];
    return this.exposed && inline.includes(this.exposed) && exposesIsi(this.exposed) ? this.exposed : undefined;
  }

  /** An inline banner tells the trays of its product when what it shows (or whether it shows) changed. */
  private shownInline = false;
  inlineRendered() {
    const { mode, key } = placement(this.host);
    const shown = mode === 'inline' && exposesIsi(this.host);
    if (key == null || shown === this.shownInline) return;
    this.shownInline = shown;
    refresh(safetyState().trays[key]?.filter((el) => el !== this.host));
  }

  /** Whether an inline banner on screen shows the full ISI to everyone: the tray then steps aside. */
  get inlineOnScreen(): boolean {
    return [...this.visibleInline].some((el) => exposesIsi(el as HTMLElement));
  }

  /**
   * Before the observer of inline banners first reports (it reports a task later), counts those in
   * the viewport now as on screen, so a tray never shows for a moment over an inline ISI in view.
   */
  seedVisibleInline() {
    if (this.inlineObserver || typeof IntersectionObserver !== 'function') return;
    for (const el of safetyState().inline[placement(this.host).key ?? ''] ?? []) if (inViewport(el)) this.visibleInline.add(el);
  }

  /** Checks again which inline banner exposes the ISI; true when that changed. */
  checkExposure(): boolean {
    const inline = safetyState().inline[placement(this.host).key ?? ''] ?? [];
    const found = inline.find((el) => exposesIsi(el));
    const changed = found !== this.exposed;
    this.exposed = found;
    return changed;
  }

  /** Observer callbacks come batched (one per task or frame): check at once. */
  private readonly onExposureChange = () => {
    if (this.checkExposure()) this.host.requestUpdate();
  };

  /** Whether any inline banner for `key` is connected. */
  hasInline(key: string) {
    return (safetyState().inline[key] ?? []).length > 0;
  }

  /** Shows the tray in the top layer, publishes its height and watches inline banners; or undoes all of it. */
  sync(tray: HTMLElement | null) {
    if (!tray) {
      this.resizeObserver?.disconnect();
      this.inlineObserver?.disconnect();
      this.exposureObserver?.disconnect();
      this.inlineSizes?.disconnect();
      this.resizeObserver = this.inlineObserver = this.observedTray = this.exposureObserver = this.inlineSizes = undefined;
      this.exposed = undefined;
      this.visibleInline.clear();
      this.observedInline = [];
      if (this.publishedKey != null) setTrayHeight(this.publishedKey, undefined);
      this.publishedKey = undefined;
      this.watchFocus(false);
      return;
    }
    if (tray.popover === 'manual' && !tray.matches(':popover-open')) {
      try {
        tray.showPopover();
      } catch {
        /* not in a document that can show it: the fixed position still applies */
      }
    }
    if (this.observedTray !== tray && typeof ResizeObserver === 'function') {
      this.resizeObserver?.disconnect();
      this.resizeObserver = new ResizeObserver(() => this.publish());
      this.resizeObserver.observe(tray);
    }
    this.observedTray = tray;
    this.watchInline();
    this.publish();
    this.watchFocus(true);
  }

  /**
   * Scroll padding is a request, not a rule: engines scroll a link that wraps onto two lines by its
   * first line, and nested layouts round differently. After every focus change on the page, whatever
   * still reaches under the tray (outline included) is scrolled up clear of it, when it fits.
   */
  private watchFocus(on: boolean) {
    if (on === this.watchingFocus) return;
    this.watchingFocus = on;
    // A focus move inside one shadow tree sends no focusin to the document in every engine; the Tab
    // key that caused it always arrives.
    for (const type of ['focusin', 'keydown'] as const) {
      if (on) document.addEventListener(type, this.onPageFocus, true);
      else document.removeEventListener(type, this.onPageFocus, true);
    }
    if (!on) cancelAnimationFrame(this.focusFrame);
  }

  private readonly onPageFocus = () => {
        cancelAnimationFrame(this.focusFrame);
    this.focusFrame = requestAnimationFrame(() => this.clearFocused());
  };

  /** Scrolls the document so the focused element and its outline sit above the tray. */
  clearFocused() {
    const tray = this.observedTray;
    const el = deepActiveElement();
    if (!tray || tray.hidden || !tray.isConnected || !el || el === document.body || this.host.contains(el) || tray.contains(el)) return;
    if (el.getRootNode() === this.host.shadowRoot) return;
    const top = tray.getBoundingClientRect().top;
    const box = el.getBoundingClientRect();
    const reach = outlineReach(el);
    const under = box.bottom + reach - top;
    if (box.height && under > 0.5 && box.top - reach - under >= 0) window.scrollBy({ top: Math.ceil(under), behavior: 'instant' });
  }

  /** Observes the inline banners for this product; the tray steps aside while one is on screen. */
  private watchInline() {
    this.inlineObserver ??= intersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) this.visibleInline.add(entry.target);
        else this.visibleInline.delete(entry.target);
      }
      this.host.requestUpdate();
    });
    if (!this.inlineObserver) return; // no observer: the tray simply stays
    const inline = safetyState().inline[placement(this.host).key ?? ''] ?? [];
    const same = inline.length === this.observedInline.length && inline.every((el, i) => el === this.observedInline[i]);
    if (same) return; // observing again would report again, and re-render, forever
    this.observedInline = [...inline];
    this.inlineObserver.disconnect();
    this.visibleInline.forEach((el) => inline.includes(el as HTMLElement) || this.visibleInline.delete(el));
    inline.forEach((el) => this.inlineObserver!.observe(el));
    // Accordions, tabs and dialogs hide and show inline banners: their size and the page's hiding attributes tell.
    this.inlineSizes?.disconnect();
    this.exposureObserver?.disconnect();
    if (!inline.length) return;
    if (typeof ResizeObserver === 'function') {
      this.inlineSizes = new ResizeObserver(this.onExposureChange);
      inline.forEach((el) => this.inlineSizes!.observe(el));
    }
    if (typeof MutationObserver === 'function') {
      this.exposureObserver = new MutationObserver(this.onExposureChange);
      // childList too: an inline banner moved or removed by the page.
      this.exposureObserver.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: EXPOSURE_ATTRIBUTES });
    }
  }

  /** Reports the tray's height (or its absence) for the page-wide custom property and scroll padding. */
  private publish() {
    const tray = this.observedTray;
    const key = this.registered?.[1];
    if (key == null || !tray) return;
    if (this.publishedKey != null && this.publishedKey !== key) setTrayHeight(this.publishedKey, undefined);
    this.publishedKey = key;
    setTrayHeight(key, tray.hidden || !tray.isConnected ? undefined : Math.ceil(tray.getBoundingClientRect().height));
  }
}
