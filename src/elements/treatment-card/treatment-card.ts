import { LitElement, html, nothing } from 'lit';
import { contentFor, meta, treatments } from '../../content/index.js';
import type { TreatmentId } from '../../content/schema.js';
import { innerLevel, readEnum, readHeadingLevel, readUrl, type HeadingLevel, readColorScheme, type ColorScheme } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { LangController, marks } from '../../internal/lang.js';
import { renderMeta } from '../../internal/meta.js';
import { fallback, guardRender } from '../../internal/render-guard.js';
import { revealAndFocus } from '../../internal/reveal.js';
import { fallbackStyles, ThemeGuard, type RejectedPair } from '../../internal/contrast.js';
import { baseStyles } from '../../internal/styles.js';
import { warnOnce } from '../../internal/warn.js';
import { PAIRS, styles } from './treatment-card.styles.js';

/** The content topics this element shows (a bundle of this element alone carries only these). */
const TOPICS = { meta, treatments };

export const TREATMENTS: readonly TreatmentId[] = ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'];
const VARIANTS = ['full', 'compact'] as const;
export type CardVariant = (typeof VARIANTS)[number];

/** Fired when a collapsible card opens or closes (by the reader or by find-in-page). */
export class MbcCardToggleEvent extends Event {
  static readonly eventName = 'mbc-card-toggle';
  constructor(
    readonly treatment: TreatmentId,
    readonly open: boolean,
  ) {
    super(MbcCardToggleEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * One metastatic breast cancer treatment option, explained in plain language: its name, whether it is
 * a systemic or a local therapy, what it is, how it is used, questions for the care team, and the
 * content's updated date and sources.
 *
 * The light-DOM children are the fallback: they show before the script runs, when it cannot run,
 * and when `treatment` is missing or unknown. Put the plain text of the card there.
 *
 * @summary A plain-language card for one treatment option.
 * @tag treatment-card
 *
 * @slot - Fallback text, shown only when the card cannot show its own content.
 * @slot extra - The partner's own words, shown after "How it is used" (for example, "Our infusion center is open on Saturdays").
 * @slot actions - The partner's own buttons or links, shown before the footer.
 *
 * @csspart card - The card's outer box.
 * @csspart heading - The treatment's name.
 * @csspart toggle - The button that opens and closes a collapsible card.
 * @csspart scope - The systemic/local line.
 * @csspart badge - The "Systemic therapy" or "Local therapy" label.
 * @csspart summary - The one-sentence summary.
 * @csspart details - Everything below the summary (hidden while a collapsible card is closed).
 * @csspart subheading - The inner headings.
 * @csspart link - The "More about" link to the partner's page.
 * @csspart footer - Updated date, review state and sources.
 * @csspart sources - The disclosure that opens the list of sources.
 *
 * @cssprop [--mbc-color-text=#1d2329] - Text colour (dark: #e6e9ec).
 * @cssprop [--mbc-color-text-muted=#4a535c] - Secondary text colour (footer) (dark: #b8c0c8).
 * @cssprop [--mbc-color-surface=#ffffff] - Background colour (dark: #1b1f24).
 * @cssprop [--mbc-color-border=#7b848d] - Border colour (dark: #7d8791).
 * @cssprop [--mbc-color-accent=#005a9c] - Links and the card's leading edge (dark: #7cb8f0).
 * @cssprop [--mbc-color-focus=#b45309] - Focus outline (dark: #f0a04b).
 * @cssprop [--mbc-radius=0.5rem] - Corner radius.
 * @cssprop [--mbc-space=1em] - Base of the spacing scale (steps of 0.25, 0.5, 0.75, 1, 1.5 and 2 times it); 1em follows the text size, which never drops below 16px.
 * @cssprop [--mbc-color-surface-tint=#eef4fa] - Tinted panels such as notes (dark: #243140).
 * @cssprop [--mbc-type-scale=1.125] - Ratio between steps of the type scale (headings are steps of it above the body size).
 * @cssprop [--mbc-measure=56ch] - Longest line of running text.
 * @cssprop [--mbc-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mbc-treatment-card-systemic-color=#005a9c] - Leading edge of systemic therapy cards.
 * @cssprop [--mbc-treatment-card-local-color=#6d3f9b] - Leading edge of local therapy cards (dark: #c9a6ee).
 * @cssprop [--mbc-treatment-card-scroll-margin=1rem] - Space kept above the card when a link on the page scrolls to it (raise it under a sticky site header).
 *
 * @fires mbc-card-toggle - A collapsible card opened or closed. Fields: `treatment`, `open`.
 * @fires mbc-render-error - The card could not render and shows its fallback children.
 * @fires mbc-theme-rejected - The page's theme failed a contrast check (text under 4.5:1, focus outline or border under 3:1, or text over a background image), so the default colours are used for those pairs. Field: `pairs` (`pair`, `ratio`, `required`, `tokens`).
 */
export class TreatmentCard extends LitElement {
  /**
   * The content topics the element shows: with its language and attributes, what a prerendered
   * snippet of it records (see render-inputs.ts).
   * @internal
   */
  static readonly contentTopics = TOPICS;

  static override styles = [baseStyles, styles, fallbackStyles(PAIRS)];

  // Plain static properties rather than decorators: every toolchain (tsc, esbuild, Vite) compiles them alike.
  static override properties = {
    colorScheme: { attribute: 'color-scheme', reflect: true },
    treatment: { reflect: true },
    headingLevel: { attribute: 'heading-level' },
    variant: { reflect: true },
    collapsible: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    href: {},
    inWidget: { attribute: false },
  };

  /**
   * Colour scheme: `auto` follows the page (its `color-scheme`, such as `light dark`, and the
   * reader's dark mode), `light` or `dark` pins it. Unknown values use `auto`, with one warning.
   * @default 'auto'
   */
  declare colorScheme?: ColorScheme;

  /**
   * Which treatment option to explain. Missing or unknown: only the element's own children (your
   * fallback text) show, with one console warning.
   */
  declare treatment?: TreatmentId;

  /**
   * Level (1-6) of the card's heading; inner headings are one level deeper (at most 6).
   * @default 3
   */
  declare headingLevel?: HeadingLevel | `${HeadingLevel}`;

  /**
   * `full` shows everything; `compact` shows the name, scope, summary, link and footer only.
   * @default 'full'
   */
  declare variant?: CardVariant;

  /**
   * The name becomes a button that shows and hides the details. Closed text stays findable with
   * find-in-page where the browser supports `hidden="until-found"`, and always prints.
   */
  declare collapsible: boolean;

  /** A collapsible card starts open. Reflects the reader's choice. */
  declare open: boolean;

  /**
   * A "More about …" link to your own page. Only `https:`, `http:`, relative, `mailto:` and `tel:`
   * URLs become links; anything else stays as text, with one warning.
   */
  declare href?: string;

  /**
   * Set by `<treatment-options>` on its own cards: the widget says the review state once for all of
   * them, so the card's footer leaves it out.
   * @internal
   */
  declare inWidget: boolean;

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

  constructor() {
    super();
    this.collapsible = false;
    this.open = false;
    this.inWidget = false;
  }

  override render() {
    return guardRender(this, () => this.renderCard());
  }

  /** Every attribute is read and validated here, and nowhere else. */
  private settings() {
    readColorScheme(this, this.colorScheme);
    const treatment = readEnum(this, 'treatment', this.treatment, TREATMENTS);
    if (this.treatment == null) {
      warnOnce(this, `<treatment-card> needs a treatment attribute. Valid values: ${TREATMENTS.join(', ')}.`);
    }
    const link = readUrl(this, 'href', this.href);
    return {
      treatment,
      level: readHeadingLevel(this, this.headingLevel, 3),
      variant: readEnum(this, 'variant', this.variant, VARIANTS) ?? 'full',
      href: link.href,
      hasHref: link.given,
    };
  }

  private renderCard() {
    const { treatment, level, variant, href, hasHref } = this.settings();
    if (!treatment) return fallback();
    // The card is one unit: a language without this treatment shows the whole card in English.
    const content = contentFor(this.language.lang, TOPICS, (c) => c.treatments.entries[treatment]);
    const { locale, catalog } = content;
    const root = { locale, dir: this.language.dirOf(content) };
    const { ui } = catalog.treatments;
    const entry = catalog.treatments.entries[treatment];
    const scope = catalog.treatments.scopes[entry.scope];
    const collapsible = this.collapsible && variant === 'full';
    const collapsed = collapsible && !this.open;
    const sub = innerLevel(level);
    const linkText = ui.learnMore(entry.name);
    const shown = [entry, scope];
    const footer = renderMeta(shown, catalog.meta, { locale, review: this.inWidget ? undefined : shown });
    const link = hasHref
      ? html`<p class="more">${href ? html`<a part="link" href=${href}>${linkText}</a>` : linkText}</p>`
      : nothing;

    const title = collapsible
      ? html`<button part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="details" @click=${this.toggle}>
          ${entry.name}<span class="icon" aria-hidden="true"></span>
        </button>`
      : entry.name;

    const scoped = marks(scope, root);
    return html`<article class="root card" part="card" lang=${locale} dir=${root.dir} data-scope=${entry.scope}>
      ${heading(level, title)}
      <p class="scope" part="scope" lang=${scoped.lang} dir=${scoped.dir}><strong part="badge">${scope.label}.</strong> ${scope.meaning}</p>
      <p class="summary" part="summary">${entry.summary}</p>
      ${variant === 'compact'
        ? html`${link}${footer}`
        : html`<div
            id="details"
            part="details"
            hidden=${collapsed ? 'until-found' : nothing}
            @beforematch=${this.onBeforeMatch}
          >
            ${heading(sub, ui.whatItIs, 'subheading')}
            ${entry.whatItIs.map((text) => html`<p>${text}</p>`)}
            ${heading(sub, ui.howUsed, 'subheading')}
            ${entry.howUsed.map((text) => html`<p>${text}</p>`)}
            <slot name="extra"></slot>
            ${heading(sub, ui.questions, 'subheading')}
            <ul class="questions">${entry.questions.map((text) => html`<li>${text}</li>`)}</ul>
            ${link}
            <slot name="actions"></slot>
            ${footer}
          </div>`}
    </article>`;
  }

  /**
   * Takes a reader who followed a link elsewhere on the page to this card: opens it if it is
   * collapsed, scrolls it into view with a margin above it, and moves focus to its toggle (or to its
   * heading when it has none), which shows the card's focus ring. `location.hash` is left alone.
   * The links of `<receptor-explainer>` call it.
   */
  async reveal(): Promise<void> {
    await this.updateComplete;
    if (this.renderRoot.querySelector('[part~="toggle"][aria-expanded="false"]')) {
      this.setOpen(true);
      await this.updateComplete;
    }
    const target = this.renderRoot.querySelector<HTMLElement>('[part~="toggle"]') ?? this.renderRoot.querySelector<HTMLElement>('[part~="heading"]');
    revealAndFocus(target ?? this, this);
  }

  private toggle() {
    this.setOpen(!this.open);
  }

  /** Find-in-page found text inside the closed details: open them so the match can be shown. */
  private onBeforeMatch() {
    this.setOpen(true);
  }

  private setOpen(open: boolean) {
    this.open = open;
    const treatment = readEnum(this, 'treatment', this.treatment, TREATMENTS);
    if (treatment) this.dispatchEvent(new MbcCardToggleEvent(treatment, open));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-card-toggle': MbcCardToggleEvent;
  }
}
