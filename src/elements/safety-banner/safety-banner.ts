import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { contentFor, meta, safety, type Locale } from '../../content/index.js';
import { directionOf, primaryLanguage } from '../../content/locales.js';
import type { Catalog, SafetyPack } from '../../content/schema.js';

type Content = Pick<Catalog, 'meta' | 'safety'>;
import { innerLevel, readEnum, readHeadingLevel, readUrl, shorten, type HeadingLevel, readColorScheme, type ColorScheme } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { revealAndFocus } from '../../internal/reveal.js';
import { LangController } from '../../internal/lang.js';
import { renderMeta } from '../../internal/meta.js';
import { registeredPack, registeredProducts, safetyState } from '../../internal/page-state.js';
import { fallback, guardRender } from '../../internal/render-guard.js';
import { fallbackStyles, ThemeGuard, type RejectedPair } from '../../internal/contrast.js';
import { baseStyles } from '../../internal/styles.js';
import { warnOnce } from '../../internal/warn.js';
import { IsiViewTracker } from './isi-view.js';
import type { LocalizedPack } from './packs.js';
import { PAIRS, styles } from './safety-banner.styles.js';
import { MODES, SHORT_VIEWPORT, TrayCoordinator, fromDialog, keepsIsiInFlow, placement, precedingHeadingLevel, type SafetyMode } from './tray.js';

/** The content topics this element shows (a bundle of this element alone carries only these). */
const TOPICS = { meta, safety };

export { registerSafetyContent } from './packs.js';
export { TRAY_HEIGHT_PROPERTY, type SafetyMode } from './tray.js';

/** Fired when the reader expands or collapses the tray. No personal data. */
export class MbcIsiToggleEvent extends Event {
  static readonly eventName = 'mbc-isi-toggle';
  constructor(
    readonly expanded: boolean,
    readonly product: string,
    readonly version: string,
  ) {
    super(MbcIsiToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired once per page view and product, when the ISI has been on screen for one continuous second. No personal data. */
export class MbcIsiViewEvent extends Event {
  static readonly eventName = 'mbc-isi-view';
  constructor(
    readonly product: string,
    readonly version: string,
    readonly approvalCode: string,
    readonly mode: SafetyMode,
    /** True when the built-in sample pack was seen, not a sponsor's approved text. */
    readonly sample: boolean,
  ) {
    super(MbcIsiViewEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The sample-pack warning is said once per page load, whichever banner shows the pack first. */
const SAMPLE_WARNING = {};

const supportsPopover = () => typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;
const has = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

/**
 * A medicine's Important Safety Information (ISI), always visible: in the page flow, or as a tray fixed
 * to the bottom of the viewport that can be expanded but never closed. Without `product` it shows a
 * general educational disclaimer instead.
 *
 * The light-DOM children are the fallback: put the plain ISI text there. They show before the script
 * runs, when it cannot run, and when `product` is unknown (a typo never drops safety information).
 *
 * Only one tray shows per product, however many elements ask for one (across every copy of the
 * bundle); it steps aside while an inline banner for the same product is on screen. The tray sets
 * `--mbc-safety-tray-height` and `scroll-padding-bottom` on `<html>` (so focused elements are not
 * hidden behind it; use the property to pad your footer) and restores both when it goes.
 * Sponsors replace the built-in text with their approved wording through `registerSafetyContent()`.
 *
 * @summary Important Safety Information, inline or as a sticky tray.
 * @tag safety-banner
 *
 * @slot - Fallback: the plain ISI text, shown only when the banner cannot show its own content.
 *
 * @csspart banner - The inline banner's box (also the printed copy of a tray).
 * @csspart tray - The tray's box.
 * @csspart heading - The "Important Safety Information" heading.
 * @csspart subheading - The headings of the ISI sections.
 * @csspart toggle - The tray's expand/collapse button.
 * @csspart panel - The tray's scrolling content.
 * @csspart risk - The most serious risk statement.
 * @csspart incomplete - The line saying this is not all the safety information, with the Prescribing Information link.
 * @csspart link - The Prescribing Information and more-safety-information links.
 * @csspart codes - Version and approval code; under the built-in sample pack, the notice that it is not the maker's approved text.
 * @csspart footer - Updated date, review state and sources.
 *
 * @cssprop [--mbc-color-text=#1d2329] - Text colour (dark: #e6e9ec).
 * @cssprop [--mbc-color-text-muted=#4a535c] - Secondary text colour (footer) (dark: #b8c0c8).
 * @cssprop [--mbc-color-surface=#ffffff] - Background colour (dark: #1b1f24).
 * @cssprop [--mbc-color-border=#7b848d] - Border colour (dark: #7d8791).
 * @cssprop [--mbc-color-accent=#005a9c] - Links, button and the leading edge (dark: #7cb8f0).
 * @cssprop [--mbc-color-focus=#b45309] - Focus outline (dark: #f0a04b).
 * @cssprop [--mbc-radius=0.5rem] - Corner radius.
 * @cssprop [--mbc-space=1em] - Base of the spacing scale (steps of 0.25, 0.5, 0.75, 1, 1.5 and 2 times it); 1em follows the text size, which never drops below 16px.
 * @cssprop [--mbc-color-surface-tint=#eef4fa] - Tinted panels such as notes (dark: #243140).
 * @cssprop [--mbc-type-scale=1.125] - Ratio between steps of the type scale (headings are steps of it above the body size).
 * @cssprop [--mbc-measure=56ch] - Longest line of running text.
 * @cssprop [--mbc-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mbc-safety-banner-edge-color=#8a1c1c] - Leading edge of the ISI and the tray's top edge (dark: #ff8f85).
 * @cssprop [--mbc-safety-banner-background=color-mix(in srgb, var(--mbc-safety-banner-edge-color) 6%, var(--mbc-color-surface))] - Background of the ISI and the tray: by default the surface with a touch of the edge colour, so it follows a theme's surface.
 * @cssprop [--mbc-safety-tray-max-height=60vh] - Largest share of the viewport the expanded tray takes.
 *
 * @fires mbc-isi-toggle - The reader expanded or collapsed the tray. Fields: `expanded`, `product`, `version`.
 * @fires mbc-isi-view - Once per page view and product: half the ISI text, or ISI filling half the viewport, was on screen for one continuous second. Fields: `product`, `version`, `approvalCode`, `mode`, `sample`.
 * @fires mbc-render-error - The banner could not render and shows its fallback children.
 * @fires mbc-theme-rejected - The page's theme failed a contrast check (text under 4.5:1, focus outline or border under 3:1, or text over a background image), so the default colours are used for those pairs. Field: `pairs` (`pair`, `ratio`, `required`, `tokens`).
 */
export class SafetyBanner extends LitElement {
  /**
   * The content topics the element shows: with its language and attributes, what a prerendered
   * snippet of it records (see render-inputs.ts).
   * @internal
   */
  static readonly contentTopics = TOPICS;

  static override styles = [baseStyles, styles, fallbackStyles(PAIRS)];

  static override properties = {
    colorScheme: { attribute: 'color-scheme', reflect: true },
    product: { reflect: true },
    mode: { reflect: true },
    expanded: { type: Boolean, reflect: true },
    headingLevel: { attribute: 'heading-level' },
    piHref: { attribute: 'pi-href' },
    moreHref: { attribute: 'more-href' },
    outlineLevel: { attribute: false },
  };

  /**
   * Colour scheme: `auto` follows the page (its `color-scheme`, such as `light dark`, and the
   * reader's dark mode), `light` or `dark` pins it. Unknown values use `auto`, with one warning.
   * @default 'auto'
   */
  declare colorScheme?: ColorScheme;

  /**
   * How long (ms) the ISI must stay on screen before `mbc-isi-view` fires.
   * @internal Not public API: tests lower it.
   */
  static isiViewDwellMs = 1000;

  /**
   * Whose Important Safety Information to show: `faslodex`, or any product registered with
   * `registerSafetyContent()`. Absent: the general educational disclaimer. Unknown: only your
   * fallback children show (never the disclaimer), with one warning.
   */
  declare product?: 'faslodex' | (string & Record<never, never>);

  /**
   * `inline`: a region in the page flow named "Important Safety Information". `tray`: fixed to the
   * bottom of the screen in the top layer; shows the heading, the most serious risk and an expand
   * button when collapsed, steps aside while an inline banner for the same product is on screen, and
   * prints once, expanded, in the flow. One tray per product per page. A tray from a prerendered
   * snippet keeps the full ISI in the flow, as the snippet shows it without script, and its tray
   * shows only while that text is off screen.
   * @default 'inline'
   */
  declare mode?: SafetyMode;

  /**
   * The tray shows the full ISI (it scrolls inside, up to `--mbc-safety-tray-max-height`). Escape
   * collapses it. The inline banner always shows everything.
   */
  declare expanded: boolean;

  /**
   * Level (1-6) of the "Important Safety Information" heading; section headings are one level deeper.
   * @default 2
   */
  declare headingLevel?: HeadingLevel | `${HeadingLevel}`;

  /**
   * Link for "Read the full Prescribing Information", shown whenever the pack is not complete. Only
   * `https:`, `http:`, relative, `mailto:` and `tel:` URLs become links.
   */
  declare piHref?: string;

  /** Link for "More safety information for …" (same URL rules as `pi-href`). */
  declare moreHref?: string;

  /**
   * Set by a widget that places the banner in its own outline (the `safety` slot of
   * `<treatment-options>`): the heading level to take when `heading-level` is not given.
   * @internal
   */
  declare outlineLevel?: HeadingLevel;

  private readonly language = new LangController(this);
  private readonly theme = new ThemeGuard(this, PAIRS);

  /**
   * Checks the theme's colours again, for pages that switch themes by script (the element checks by
   * itself after its first render, a change of its own attributes and a change of
   * `prefers-color-scheme`). Pairs that fail fall back to the default colours, with one warning per
   * pair and an `mbc-theme-rejected` event. Returns the pairs that fell back. Skipped under forced colours.
   */
  checkTheme(): readonly RejectedPair[] {
    return this.theme.check();
  }
  /** Page-wide tray coordination: the registry, the top layer, the published height, inline banners on screen. */
  private readonly coordinator = new TrayCoordinator(this);
  private readonly views = new IsiViewTracker(() => SafetyBanner.isiViewDwellMs, () => this.viewed());

  constructor() {
    super();
    this.expanded = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.onFocusChange);
    this.addEventListener('focusout', this.onFocusChange);
    this.addEventListener('focusout', this.onFocusLeave);
    this.coordinator.register();
    // Moving or re-appending the element closes its popover: render again so updated() reopens it.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onFocusChange);
    this.removeEventListener('focusout', this.onFocusChange);
    this.removeEventListener('focusout', this.onFocusLeave);
    this.listenForEscape(false);
    this.coordinator.unregister();
    this.coordinator.sync(null);
    this.views.stop();
  }

  override willUpdate(): void {
    this.coordinator.reregisterIfMoved();
    if (this.where().mode === 'tray' && this.isConnected) {
      this.coordinator.checkExposure();
      this.coordinator.seedVisibleInline();
      // Without heading-level, the tray's heading goes one below the heading before it on the page (a
      // tray that keeps its ISI in the flow keeps the level it was prerendered with).
      const before = this.headingLevel == null && !keepsIsiInFlow(this) ? precedingHeadingLevel(this) : undefined;
      this.contextLevel = before === undefined ? undefined : (Math.min(6, before + 1) as HeadingLevel);
    }
  }

  /** The tray's heading level from where it sits on the page, when `heading-level` is not given. */
  private contextLevel?: HeadingLevel;

  override render() {
    return guardRender(this, () => this.renderBanner());
  }

  override firstUpdated(): void {
    // A tray that keeps its ISI in the flow first renders what its snippet shows (so lit can keep
    // those nodes), then adds the fixed tray.
    if (keepsIsiInFlow(this)) void this.updateComplete.then(() => this.requestUpdate());
  }

  override updated(): void {
    const root = this.renderRoot as ShadowRoot;
    // An update that was pending when the element was removed must not show or publish a tray again.
    const tray = this.isConnected ? root.querySelector<HTMLElement>('.tray') : null;
    this.coordinator.sync(tray);
    this.listenForEscape(Boolean(tray && this.expanded));
    this.coordinator.inlineRendered();
    const isi = root.querySelector('.tray .isi, .root:not(.print-copy) > .isi');
    this.views.sync(isi, this.where().key, !isi?.closest('.tray') || this.expanded);
  }

  /** The product key and mode this element coordinates under (validation and warnings happen in settings()). */
  private where() {
    return placement(this);
  }

  /** Every attribute is read and validated here, and nowhere else. */
  private settings(catalog: Content) {
    readColorScheme(this, this.colorScheme);
    const mode = readEnum(this, 'mode', this.mode, MODES) ?? 'inline';
    const key = this.where().key;
    const pack = this.currentPack(catalog);
    // Without heading-level: the level a widget gives its slot, or for the tray the one below the heading before it.
    const placed = this.outlineLevel ?? (mode === 'tray' ? this.contextLevel : undefined);
    if (key != null && !pack) {
      const valid = [...new Set([...Object.keys(catalog.safety.packs), ...registeredProducts()])].join(', ');
      warnOnce(this, `<safety-banner> product="${shorten(key)}" is not known, so the fallback content is shown. Valid values: ${valid}.`);
    }
    if (pack?.sample) {
      warnOnce(
        SAMPLE_WARNING,
        `<safety-banner> shows the built-in sample safety summary for "${pack.product}": it is not the maker's approved text. ` +
          'Register the approved Important Safety Information with registerSafetyContent().',
      );
    }
    return {
      mode,
      key,
      pack,
      level: this.headingLevel == null && placed ? placed : readHeadingLevel(this, this.headingLevel, 2),
      pi: readUrl(this, 'pi-href', this.piHref),
      more: readUrl(this, 'more-href', this.moreHref),
    };
  }

  /** The banner's words: the disclaimer decides the language of a banner without product, the labels that of a product's. */
  private content() {
    const product = this.where().key != null;
    return contentFor(this.language.lang, TOPICS, (c) => (product ? c.safety.ui : c.safety.disclaimer));
  }

  /**
   * The language of a product's ISI, which we never translate: the sponsor's pack for the page's
   * language, else the English pack, marked as English (with English labels and footer inside it)
   * and introduced by one sentence in the banner's language.
   */
  private isiLanguage(pack: SafetyPack, locale: Locale, dir: string) {
    const lang = pack.lang ?? (pack as LocalizedPack).locale ?? 'en';
    const english = primaryLanguage(lang) === 'en' && primaryLanguage(locale) !== 'en';
    return {
      lang: primaryLanguage(lang) === primaryLanguage(locale) ? nothing : lang,
      dir: directionOf(lang) === dir ? nothing : directionOf(lang),
      note: english,
      catalog: english ? contentFor('en', TOPICS).catalog : undefined,
    };
  }

  private renderBanner() {
    const content = this.content();
    const { locale, catalog } = content;
    const dir = this.language.dirOf(content);
    const s = this.settings(catalog);
    if (s.key == null) return this.renderDisclaimer(catalog, locale, dir, s.level);
    if (!s.pack) return fallback();
    if (s.mode === 'inline') return this.renderInline(catalog, locale, dir, s, '');
    // A tray from a prerendered snippet keeps the full ISI in the flow, where the reader saw it before
    // the script ran; its tray (the first render leaves it out, as the snippet did) shows only while
    // that text is off screen, as for any inline banner of the product.
    if (keepsIsiInFlow(this)) {
      const tray = this.hasUpdated && this.coordinator.isRegistered && this.coordinator.showsTray(s.key);
      return html`${this.renderInline(catalog, locale, dir, s, '')}${tray ? this.renderTray(catalog, locale, dir, s) : nothing}`;
    }
    // Not on a page yet (a server render, or before the element is connected): there is no tray to
    // coordinate, so the full ISI shows in the flow, which is also what a reader without script needs.
    if (!this.coordinator.isRegistered) return this.renderInline(catalog, locale, dir, s, '');
    if (!this.coordinator.showsTray(s.key)) {
      warnOnce(this, `<safety-banner> a tray for product "${s.key}" is already showing; this one stays hidden until that one is removed.`);
      return nothing;
    }
    return html`${this.renderTray(catalog, locale, dir, s)}${this.coordinator.hasInline(s.key) ? nothing : this.renderInline(catalog, locale, dir, s, 'p-')}`;
  }

  /** The tray fixed to the bottom of the viewport (in the top layer where popover exists). */
  private renderTray(catalog: Content, locale: Locale, dir: string, s: ReturnType<SafetyBanner['settings']>) {
    const pack = s.pack!;
    const isi = this.isiLanguage(pack, locale, dir);
    const yielding = this.coordinator.inlineOnScreen && !this.matches(':focus-within');
    // While an inline banner shows the full ISI to everyone, the tray is not a second safety landmark
    // and does not repeat the text to assistive technology: heading, risk and a link to it stay.
    const deferTo = this.coordinator.deferTo;
    const { ui } = catalog.safety;
    const collapsed = !this.expanded;
    return html`<section
        class="root tray ${this.expanded ? 'open' : ''}"
        part="tray"
        popover=${supportsPopover() ? 'manual' : nothing}
        aria-labelledby=${deferTo ? nothing : 't-title'}
        ?hidden=${yielding}
        lang=${locale}
        dir=${dir}
        @keydown=${this.onKeyDown}
      >
        <div class="bar wrap">
          ${heading(s.level, html`<span id="t-title">${ui.title}</span>`)}
          <button part="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="t-panel" aria-describedby="t-title" @click=${this.toggle}>
            ${this.expanded ? ui.collapse : ui.expand}<span class="icon small" aria-hidden="true"></span>
          </button>
        </div>
        <div id="t-panel" class="panel" part="panel" role="group" aria-label=${ui.panel} tabindex=${this.expanded ? '0' : nothing}>
          ${isi.note ? html`<p class="wrap language-note" part="language-note">${ui.englishOnly}</p>` : nothing}
          <div class="isi wrap" lang=${isi.lang} dir=${isi.dir}>
            <p class="risk" part="risk">${pack.keyRisk}</p>
            ${deferTo
              ? html`<p class="to-inline"><a part="link" href=${deferTo.id ? `#${deferTo.id}` : '#'} @click=${this.toInline}>${ui.toInline}</a></p>`
              : nothing}
            <div class="body" hidden=${collapsed ? 'until-found' : nothing} @beforematch=${this.onBeforeMatch}>
              ${this.renderBody(isi.catalog ?? catalog, isi.catalog ? 'en' : locale, s, Boolean(deferTo))}
            </div>
          </div>
        </div>
      </section>`;
  }

  /** The full ISI in the flow. With prefix `p-` it is the tray's printed copy (hidden on screen). */
  private renderInline(catalog: Content, locale: Locale, dir: string, s: ReturnType<SafetyBanner['settings']>, prefix: string) {
    const pack = s.pack!;
    const isi = this.isiLanguage(pack, locale, dir);
    return html`<section class="root banner ${prefix ? 'print-copy' : ''}" part="banner" aria-labelledby="${prefix}title" lang=${locale} dir=${dir}>
      ${heading(s.level, html`<span id="${prefix}title">${catalog.safety.ui.title}</span>`)}
      ${isi.note ? html`<p class="language-note" part="language-note">${catalog.safety.ui.englishOnly}</p>` : nothing}
      <div class="isi" lang=${isi.lang} dir=${isi.dir}>
        <p class="risk" part="risk">${pack.keyRisk}</p>
        ${this.renderBody(isi.catalog ?? catalog, isi.catalog ? 'en' : locale, s)}
      </div>
    </section>`;
  }

  /**
   * Everything after the risk statement: sections, the incomplete line, links, codes and footer.
   * `repeated`: the sections are shown but hidden from assistive technology (an inline banner exposes them).
   */
  private renderBody(catalog: Content, locale: Locale, s: ReturnType<SafetyBanner['settings']>, repeated = false): TemplateResult {
    const pack = s.pack!;
    const { ui } = catalog.safety;
    const sub = innerLevel(s.level);
    const linked = (href: string | undefined, label: string) => (href ? html`<a part="link" href=${href}>${label}</a>` : label);
    return html`<div class="sections" aria-hidden=${repeated ? 'true' : nothing}>${pack.sections.map(
        (section) => html`${heading(sub, section.heading, 'subheading')}
          ${section.paragraphs?.map((text) => html`<p>${text}</p>`)}
          ${section.items?.length ? html`<ul>${section.items.map((item) => html`<li>${item}</li>`)}</ul>` : nothing}`,
      )}</div>
      ${!pack.complete || s.pi.given
        ? html`<p class="incomplete" part="incomplete">
            ${pack.complete ? nothing : html`<strong>${ui.incomplete(pack.name)}</strong>`} ${linked(s.pi.href, ui.readPi)}.
          </p>`
        : nothing}
      ${s.more.given ? html`<p>${linked(s.more.href, ui.moreSafety(pack.name))}</p>` : nothing}
      <p class="codes" part="codes">
        ${pack.sample ? ui.sample : `${ui.version} ${pack.version} · ${ui.approvalCode} ${pack.approvalCode}`}
      </p>
      ${renderMeta(pack, catalog.meta, { locale, review: [pack] })}`;
  }

  private renderDisclaimer(catalog: Content, locale: Locale, dir: string, level: HeadingLevel) {
    const entry = catalog.safety.disclaimer;
    return html`<section class="root banner disclaimer" part="banner" aria-labelledby="title" lang=${locale} dir=${dir}>
      ${heading(level, html`<span id="title">${entry.heading}</span>`)}
      ${entry.paragraphs.map((text) => html`<p>${text}</p>`)}
      ${renderMeta(entry, catalog.meta, { locale, review: [entry] })}
    </section>`;
  }

  private toggle() {
    this.setExpanded(!this.expanded);
  }

  /** The tray's link to the inline ISI: scrolls to it and moves focus there, leaving location.hash alone. */
  private toInline(event: Event) {
    const inline = this.coordinator.deferTo;
    if (!inline) return;
    event.preventDefault();
    this.setExpanded(false);
    revealAndFocus(inline.shadowRoot?.querySelector<HTMLElement>('.banner:not(.print-copy)') ?? inline);
  }

  private onBeforeMatch() {
    this.setExpanded(true);
  }

  private onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !this.expanded || event.defaultPrevented) return;
    // Handled here: a host dialog's own Escape listener that checks defaultPrevented leaves it alone.
    event.preventDefault();
    this.collapseKeepingFocus();
  }

  /** Collapses; focus stays where the reader is, unless that is about to be hidden: then it goes to the toggle. */
  private collapseKeepingFocus() {
    const root = this.renderRoot as ShadowRoot;
    const focusInPanel = root.activeElement?.closest('.panel');
    this.setExpanded(false);
    if (focusInPanel) root.querySelector<HTMLElement>('[part~="toggle"]')?.focus();
  }

  private escapeListening = false;

  /** While the tray is expanded, Escape anywhere on the page collapses it, except inside an open dialog. */
  private listenForEscape(on: boolean) {
    if (on === this.escapeListening) return;
    this.escapeListening = on;
    if (on) document.addEventListener('keydown', this.onPageKeyDown);
    else document.removeEventListener('keydown', this.onPageKeyDown);
  }

  private readonly onPageKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.expanded) return;
    // One Escape closes one thing: the host's dialog, a control that is showing its own popup, or the tray.
    const origin = event.composedPath()[0];
    if (fromDialog(event) || (origin instanceof Element && origin.getAttribute('aria-expanded') === 'true')) return;
    this.collapseKeepingFocus();
  };

  /** In the short-viewport reading view the tray covers the page: leaving it for the page collapses it. */
  private readonly onFocusLeave = (event: FocusEvent) => {
    const next = event.relatedTarget as Node | null;
    if (!this.expanded || !next || this.contains(next) || this.renderRoot.contains(next)) return;
    if (globalThis.matchMedia?.(SHORT_VIEWPORT).matches) this.setExpanded(false);
  };

  private readonly onFocusChange = () => {
    if (this.coordinator.visibleInline.size) this.requestUpdate();
  };

  private setExpanded(expanded: boolean) {
    if (this.expanded === expanded) return;
    this.expanded = expanded;
    const pack = this.currentPack();
    if (pack) this.dispatchEvent(new MbcIsiToggleEvent(expanded, pack.product, pack.version));
  }

  /** The sponsor's registered pack for `product`, else the built-in one. */
  private currentPack(catalog = this.content().catalog): SafetyPack | undefined {
    const key = this.where().key;
    if (key == null) return undefined;
    const packs = catalog.safety.packs;
    return registeredPack(key, this.language.lang) ?? (has(packs, key) ? packs[key] : undefined);
  }

  private viewed() {
    const pack = this.currentPack();
    const state = safetyState();
    if (!pack || !this.isConnected || state.viewed[pack.product]) return;
    state.viewed[pack.product] = true;
    this.dispatchEvent(new MbcIsiViewEvent(pack.product, pack.version, pack.approvalCode, this.where().mode, Boolean(pack.sample)));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-isi-toggle': MbcIsiToggleEvent;
    'mbc-isi-view': MbcIsiViewEvent;
  }
}
