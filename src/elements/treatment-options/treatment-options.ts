import { LitElement, html, nothing } from 'lit';
import { contentFor, meta, options, treatments } from '../../content/index.js';
import type { Scope, TreatmentId } from '../../content/schema.js';
import { innerLevel, readEnum, readHeadingLevel, readNames, type HeadingLevel, readColorScheme, type ColorScheme } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { LangController, marks } from '../../internal/lang.js';
import { renderMeta } from '../../internal/meta.js';
import { guardRender } from '../../internal/render-guard.js';
import { revealAndFocus } from '../../internal/reveal.js';
import { SHARED_PAIRS, ThemeGuard, fallbackStyles, type RejectedPair } from '../../internal/contrast.js';
import { baseStyles } from '../../internal/styles.js';
import type { SafetyBanner } from '../safety-banner/safety-banner.js';
import { TREATMENTS, type TreatmentCard } from '../treatment-card/treatment-card.js';
import { styles } from './treatment-options.styles.js';

/** The content topics this element shows (a bundle of this element alone carries only these). */
const TOPICS = { meta, options, treatments };

const GROUP_BY = ['scope', 'none'] as const;
export type OptionsGroupBy = (typeof GROUP_BY)[number];

/**
 * The whole "treatment options for metastatic breast cancer" section as one embed: an introduction,
 * a table of contents, then one `<treatment-card>` per treatment, grouped as systemic and local
 * therapies, each group introduced by what the word means. Every card ends with a "Back to top"
 * link that returns to this widget's title (not the page's top). These in-widget links scroll and
 * move focus by script, keep a real `href`, and never change `location.hash`.
 *
 * The light-DOM children are the fallback: they show before the script runs, when it cannot run,
 * and if the widget cannot render. Put the plain text of the section there. A child with
 * `slot="safety"` (a `<safety-banner>`) is shown after the list, and also with the fallback.
 *
 * @summary Every treatment option in one section, with a table of contents.
 * @tag treatment-options
 *
 * @slot - Fallback text, shown only when the widget cannot show its own content.
 * @slot safety - Shown right after the list of treatments: the place for a `<safety-banner>` (it stays visible even if the widget fails).
 *
 * @csspart root - The widget's outer box.
 * @csspart heading - The widget's title (the target of every "Back to top" link).
 * @csspart intro - The introduction.
 * @csspart toc - The table of contents (a `nav`).
 * @csspart toc-link - Each link in the table of contents.
 * @csspart group - A group of cards (systemic or local therapies).
 * @csspart group-heading - A group's heading.
 * @csspart group-intro - The sentence saying what systemic or local means.
 * @csspart card - Each `<treatment-card>` (style its inside with the cards' custom properties).
 * @csspart back-to-top - The "Back to top" link at the end of each card.
 * @csspart footer - Updated date and sources of the widget's own text, and the review state of everything it shows.
 * @csspart sources - The disclosure that opens the list of sources.
 *
 * @cssprop [--mbc-color-text=#1d2329] - Text colour (dark: #e6e9ec).
 * @cssprop [--mbc-color-text-muted=#4a535c] - Secondary text colour (footer) (dark: #b8c0c8).
 * @cssprop [--mbc-color-surface=#ffffff] - Background colour (dark: #1b1f24).
 * @cssprop [--mbc-color-border=#7b848d] - Border colour (dark: #7d8791).
 * @cssprop [--mbc-color-accent=#005a9c] - Links (dark: #7cb8f0).
 * @cssprop [--mbc-color-focus=#b45309] - Focus outline (dark: #f0a04b).
 * @cssprop [--mbc-radius=0.5rem] - Corner radius.
 * @cssprop [--mbc-space=1em] - Base of the spacing scale (steps of 0.25, 0.5, 0.75, 1, 1.5 and 2 times it); 1em follows the text size, which never drops below 16px.
 * @cssprop [--mbc-color-surface-tint=#eef4fa] - Tinted panels such as notes (dark: #243140).
 * @cssprop [--mbc-type-scale=1.125] - Ratio between steps of the type scale (headings are steps of it above the body size).
 * @cssprop [--mbc-measure=56ch] - Longest line of running text.
 * @cssprop [--mbc-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mbc-treatment-options-scroll-margin=1rem] - Space kept above a card or the title when a link scrolls to it (raise it under a sticky site header).
 *
 * @fires mbc-render-error - The widget could not render and shows its fallback children.
 * @fires mbc-theme-rejected - The page's theme failed a contrast check (text under 4.5:1, focus outline or border under 3:1, or text over a background image), so the default colours are used for those pairs. Field: `pairs` (`pair`, `ratio`, `required`, `tokens`).
 */
export class TreatmentOptions extends LitElement {
  /**
   * The content topics the element shows: with its language and attributes, what a prerendered
   * snippet of it records (see render-inputs.ts).
   * @internal
   */
  static readonly contentTopics = TOPICS;

  static override styles = [baseStyles, styles, fallbackStyles(SHARED_PAIRS)];

  static override properties = {
    colorScheme: { attribute: 'color-scheme', reflect: true },
    treatments: {},
    groupBy: { attribute: 'group-by' },
    headingLevel: { attribute: 'heading-level' },
    collapsible: { type: Boolean, reflect: true },
  };

  /**
   * Colour scheme: `auto` follows the page (its `color-scheme`, such as `light dark`, and the
   * reader's dark mode), `light` or `dark` pins it. Unknown values use `auto`, with one warning.
   * @default 'auto'
   */
  declare colorScheme?: ColorScheme;

  /**
   * Which cards show, in this order: a comma-separated subset of `hormonal`, `chemotherapy`,
   * `targeted`, `radiation`, `surgery` (e.g. `"chemotherapy, hormonal"`). Unknown names are skipped
   * with one warning. Absent: all five.
   * @default 'hormonal,chemotherapy,targeted,radiation,surgery'
   */
  declare treatments?: string;

  /**
   * `scope` groups the cards as systemic and local therapies; `none` lists them in one list.
   * @default 'scope'
   */
  declare groupBy?: OptionsGroupBy;

  /**
   * Level (1-6) of the widget's title; group headings are one level deeper, cards one more.
   * @default 2
   */
  declare headingLevel?: HeadingLevel | `${HeadingLevel}`;

  /** Makes every card collapsible: each starts closed, showing its name, scope and summary. */
  declare collapsible: boolean;

  private readonly language = new LangController(this);
  private readonly theme = new ThemeGuard(this, SHARED_PAIRS);

  /**
   * Checks the theme's colours again, for pages that switch themes by script (the element checks by
   * itself after its first render, a change of its own attributes and a change of
   * `prefers-color-scheme`). Pairs that fail fall back to the default colours, with one warning per
   * pair and an `mbc-theme-rejected` event. Returns the pairs that fell back. Skipped under forced colours.
   */
  checkTheme(): readonly RejectedPair[] {
    return this.theme.check();
  }

  /**
   * The prefix of the ids inside the shadow root, spelled from the widget's inputs (grouping and
   * treatments): the same on a server and in the browser (a counter would differ), and different for
   * two different widgets on one page. Two identical widgets share it, which is safe: ids in a shadow
   * root are looked up only in it.
   */
  private uid = '';
  /** The title's level from the last render (none while the fallback shows). */
  private titleLevel?: HeadingLevel;

  constructor() {
    super();
    this.collapsible = false;
  }

  /** Resolves once the widget and every card in it have rendered (cards far down the page may render later). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const cards = this.renderRoot?.querySelectorAll('treatment-card') ?? [];
    await Promise.all([...cards].map((card) => (card as Partial<LitElement>).updateComplete));
    return done;
  }

  override render() {
    let rendered = false;
    this.titleLevel = undefined;
    const content = guardRender(this, () => {
      const result = this.renderWidget();
      rendered = true;
      return result;
    });
    // Safety information is never lost: the partner's banner stays next to the fallback too.
    return rendered ? content : html`${content}<slot name="safety"></slot>`;
  }

  /** Every attribute is read and validated here, and nowhere else. */
  private settings() {
    readColorScheme(this, this.colorScheme);
    const groupBy = readEnum(this, 'group-by', this.groupBy, GROUP_BY) ?? 'scope';
    const level = readHeadingLevel(this, this.headingLevel, 2);
    return { treatments: readNames(this, 'treatments', this.treatments, TREATMENTS), groupBy, level };
  }

  private renderWidget() {
    const { treatments, groupBy, level } = this.settings();
    this.titleLevel = level;
    const content = contentFor(this.language.lang, TOPICS, (c) => c.options.overview);
    const { locale, catalog } = content;
    const root = { locale, dir: this.language.dirOf(content) };
    // Without the overview in the page's language the widget speaks English, and its cards still ask for the page's language.
    const asked = contentFor(this.language.lang, TOPICS).locale;
    const cardLang = asked === locale ? undefined : asked;
    const { overview, ui } = catalog.options;
    const names = catalog.treatments.entries;
    this.uid = `mbc-options-${groupBy}-${treatments.join('-')}`;
    const top = `${this.uid}-top`;
    const tocLabel = `${this.uid}-toc`;

    // Groups appear in the order of their first treatment in the list.
    const groups: { scope: Scope; ids: TreatmentId[] }[] = [];
    for (const id of treatments) {
      const { scope } = names[id];
      const group = groups.find((g) => g.scope === scope);
      if (group) group.ids.push(id);
      else groups.push({ scope, ids: [id] });
    }
    // The table of contents follows the cards in the order they are shown.
    const shown = groupBy === 'none' ? treatments : groups.flatMap((group) => group.ids);

    // A <section>, so the footer inside is not a page-level contentinfo landmark.
    return html`<section class="root" part="root" lang=${locale} dir=${root.dir}>
      ${heading(level, overview.title, 'heading', top)}
      <div part="intro">${overview.intro.map((text) => html`<p>${text}</p>`)}</div>
      <nav part="toc" aria-labelledby=${tocLabel}>
        <p class="toc-label" id=${tocLabel}>${ui.contents}</p>
        <ul>
          ${shown.map(
            (id) => html`<li lang=${marks(names[id], root).lang} dir=${marks(names[id], root).dir}>
              <a part="toc-link" href="#${this.uid}-${id}" @click=${(event: Event) => this.go(event, `${this.uid}-${id}`)}>${names[id].name}</a>
            </li>`,
          )}
        </ul>
      </nav>
      ${groupBy === 'none'
        ? html`<div class="cards">${treatments.map((id) => this.renderCard(id, innerLevel(level), ui.backToTop, top, locale, cardLang))}</div>`
        : groups.map(
            ({ scope, ids }) => html`<div class="group" part="group" data-scope=${scope}>
              ${heading(innerLevel(level), overview.groups[scope].heading, 'group-heading')}
              <p part="group-intro">${overview.groups[scope].intro}</p>
              ${ids.map((id) => this.renderCard(id, innerLevel(level, 2), ui.backToTop, top, locale, cardLang))}
            </div>`,
          )}
      <slot name="safety" @slotchange=${this.placeSafety}></slot>
      ${renderMeta(overview, catalog.meta, {
        locale,
        review: [overview, ...shown.flatMap((id) => [names[id], catalog.treatments.scopes[names[id].scope]])],
      })}
    </section>`;
  }

  /** `lang`: the card's own language, when it differs from the widget's (the link back stays in the widget's). */
  private renderCard(id: TreatmentId, level: HeadingLevel, backToTop: string, top: string, widgetLang: string, lang?: string) {
    return html`<treatment-card
      part="card"
      id="${this.uid}-${id}"
      lang=${lang ?? nothing}
      treatment=${id}
      heading-level=${level}
      ?collapsible=${this.collapsible}
      .inWidget=${true}
    >
      <p slot="actions" class="back" lang=${lang ? widgetLang : nothing}>
        <a part="back-to-top" href="#${top}" @click=${(event: Event) => this.go(event, top)}>${backToTop}</a>
      </p>
    </treatment-card>`;
  }

  override updated(): void {
    this.placeSafety();
  }

  /** A banner in the safety slot takes its heading one level below the widget's title. */
  private placeSafety() {
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="safety"]');
    const level = this.titleLevel && innerLevel(this.titleLevel);
    if (!level) return;
    for (const el of slot?.assignedElements() ?? []) {
      if (el.localName === 'safety-banner') (el as SafetyBanner).outlineLevel = level;
    }
  }

  /**
   * Follows an in-widget link by script, leaving `location.hash` alone: a card opens if collapsed and
   * takes focus on its toggle or heading (`reveal()`); the title takes focus itself.
   */
  private go(event: Event, id: string) {
    const target = this.shadowRoot?.getElementById(id);
    if (!target) return;
    event.preventDefault();
    const card = target as Partial<TreatmentCard>;
    if (typeof card.reveal === 'function') void card.reveal();
    else revealAndFocus(target);
  }
}
