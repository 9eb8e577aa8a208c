import { LitElement, html, isServer, nothing, type TemplateResult } from 'lit';
import { contentFor, languageOf, meta, receptors, treatments } from '../../content/index.js';
import type { EntryMeta, Her2Value, MenopauseValue, ReceptorCatalog, ReceptorValue, TreatmentId } from '../../content/schema.js';
import { innerLevel, readEnum, readHeadingLevel, type HeadingLevel, readColorScheme, type ColorScheme } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { LangController, marks } from '../../internal/lang.js';
import { renderMeta } from '../../internal/meta.js';
import { guardRender, isHydrating } from '../../internal/render-guard.js';
import { revealAndFocus } from '../../internal/reveal.js';
import { fallbackStyles, ThemeGuard, type RejectedPair } from '../../internal/contrast.js';
import { baseStyles } from '../../internal/styles.js';
import {
  explainReceptors,
  HER2_VALUES,
  MENOPAUSE_VALUES,
  RECEPTOR_VALUES,
  type ReceptorExplanation,
  type ReceptorStatus,
} from './explain.js';
import type { TreatmentCard } from '../treatment-card/treatment-card.js';
import { PAIRS, styles } from './receptor-explainer.styles.js';

/** The content topics this element shows (a bundle of this element alone carries only these). */
const TOPICS = { meta, receptors, treatments };

/** The reader's choices in interactive mode: `er`, `pr`, `her2` or `menopause`. */
export type ReceptorField = keyof ReceptorStatus;

const FIELDS: readonly { field: ReceptorField; values: readonly string[] }[] = [
  { field: 'er', values: RECEPTOR_VALUES },
  { field: 'pr', values: RECEPTOR_VALUES },
  { field: 'her2', values: HER2_VALUES },
  { field: 'menopause', values: MENOPAUSE_VALUES },
];

/**
 * Fired in interactive mode when the reader changes one of the results. It names the marker that
 * changed and nothing else: the values are the reader's own health information.
 */
export class MbcReceptorChangeEvent extends Event {
  static readonly eventName = 'mbc-receptor-change';
  constructor(readonly marker: ReceptorField) {
    super(MbcReceptorChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Explains what hormone receptor (ER, PR) and HER2 results mean for metastatic breast cancer: a
 * plain-language name for the combination, what each marker is and how it is tested, the treatment
 * families the care team may discuss (linked to `<treatment-card>`s on the same page), what is
 * missing and what to ask. It never says what a person should take.
 *
 * With `interactive`, the reader picks each result with radio buttons and the explanation updates;
 * once the reader stops changing results for a moment, a polite live region says the new
 * combination's name (not the whole explanation, and not on every arrow key). The reader's choices
 * stay inside the element: they are never written to
 * attributes, and the change event names only the marker.
 *
 * The light-DOM children are the fallback shown before the script runs or if it cannot render.
 *
 * @summary What hormone receptor and HER2 results mean for treatment options.
 * @tag receptor-explainer
 *
 * @slot - Fallback text, shown only when the explainer cannot show its own content.
 *
 * @csspart box - The outer box.
 * @csspart heading - The explainer's title.
 * @csspart subheading - The inner headings.
 * @csspart choices - The radio groups (interactive mode).
 * @csspart fieldset - One radio group.
 * @csspart result - The name of the combination and its summary.
 * @csspart subtype - The name of the combination.
 * @csspart her2-low - How a report may write HER2-low.
 * @csspart other-tests - Triple-negative: other tests that may matter for some treatments.
 * @csspart markers - The list of what each marker means.
 * @csspart options - A list of treatment families.
 * @csspart card-link - A link to a `<treatment-card>` on the page.
 * @csspart missing - What is missing and the questions to ask.
 * @csspart testing - How the markers are tested.
 * @csspart note - The note that the care team decides with the patient.
 * @csspart footer - Updated date, review state and sources.
 * @csspart sources - The disclosure that opens the list of sources.
 *
 * @cssprop [--mbc-color-text=#1d2329] - Text colour (dark: #e6e9ec).
 * @cssprop [--mbc-color-text-muted=#4a535c] - Secondary text colour (footer) (dark: #b8c0c8).
 * @cssprop [--mbc-color-surface=#ffffff] - Background colour (dark: #1b1f24).
 * @cssprop [--mbc-color-border=#7b848d] - Border colour (dark: #7d8791).
 * @cssprop [--mbc-color-accent=#005a9c] - Links and the box's leading edge (dark: #7cb8f0).
 * @cssprop [--mbc-color-focus=#b45309] - Focus outline (dark: #f0a04b).
 * @cssprop [--mbc-radius=0.5rem] - Corner radius.
 * @cssprop [--mbc-space=1em] - Base of the spacing scale (steps of 0.25, 0.5, 0.75, 1, 1.5 and 2 times it); 1em follows the text size, which never drops below 16px.
 * @cssprop [--mbc-color-surface-tint=#eef4fa] - Tinted panels such as notes (dark: #243140).
 * @cssprop [--mbc-type-scale=1.125] - Ratio between steps of the type scale (headings are steps of it above the body size).
 * @cssprop [--mbc-measure=56ch] - Longest line of running text.
 * @cssprop [--mbc-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mbc-receptor-explainer-note-background=#eef4fa] - Background of the care-team note.
 *
 * @fires mbc-receptor-change - Interactive mode: the reader changed a result. Field: `marker` (`er`, `pr`, `her2` or `menopause`), never the value.
 * @fires mbc-render-error - The explainer could not render and shows its fallback children.
 * @fires mbc-theme-rejected - The page's theme failed a contrast check (text under 4.5:1, focus outline or border under 3:1, or text over a background image), so the default colours are used for those pairs. Field: `pairs` (`pair`, `ratio`, `required`, `tokens`).
 */
export class ReceptorExplainer extends LitElement {
  /**
   * The content topics the element shows: with its language and attributes, what a prerendered
   * snippet of it records (see render-inputs.ts).
   * @internal
   */
  static readonly contentTopics = TOPICS;

  static override styles = [baseStyles, styles, fallbackStyles(PAIRS)];

  static override properties = {
    colorScheme: { attribute: 'color-scheme', reflect: true },
    er: {},
    pr: {},
    her2: {},
    menopause: {},
    headingLevel: { attribute: 'heading-level' },
    interactive: { type: Boolean, reflect: true },
    choices: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /**
   * Colour scheme: `auto` follows the page (its `color-scheme`, such as `light dark`, and the
   * reader's dark mode), `light` or `dark` pins it. Unknown values use `auto`, with one warning.
   * @default 'auto'
   */
  declare colorScheme?: ColorScheme;

  /**
   * How long (ms) the reader's choices must rest before the live region speaks.
   * @internal Not public API: tests change it.
   */
  static settleMs = 1000;

  /**
   * Estrogen receptor (ER) status.
   * @default 'unknown'
   */
  declare er?: ReceptorValue;

  /**
   * Progesterone receptor (PR) status.
   * @default 'unknown'
   */
  declare pr?: ReceptorValue;

  /**
   * HER2 status. `low` is explained as a kind of HER2-negative.
   * @default 'unknown'
   */
  declare her2?: Her2Value;

  /**
   * Menopause status, mentioned only when hormonal therapy applies; `not-applicable` covers men.
   * @default 'unknown'
   */
  declare menopause?: MenopauseValue;

  /**
   * Level (1-6) of the explainer's heading; inner headings are one level deeper.
   * @default 2
   */
  declare headingLevel?: HeadingLevel | `${HeadingLevel}`;

  /**
   * The reader sets each result with radio groups; the explanation updates at once, and a polite live
   * region names the new combination once the reader pauses. The reader's choices are never written
   * back to attributes.
   */
  declare interactive: boolean;

  /** The reader's own choices (interactive mode). Internal state only, never an attribute. @internal */
  declare private choices: Partial<Record<ReceptorField, string>>;

  /** What the live region says: the combination's name once the choices have settled. @internal */
  declare private announcement: string;

  private settleTimer?: ReturnType<typeof setTimeout>;
  /** The name of the combination the last render showed. */
  private shownName = '';

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
    this.interactive = false;
    this.choices = {};
    this.announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Cards later in the page may not be parsed yet (a classic script in <head>): look again when they are.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => this.requestUpdate(), { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settleTimer);
  }

  override firstUpdated(): void {
    // A snippet kept as the server rendered it links to the cards on the page in the next update.
    if (isHydrating(this) && (this.getRootNode() as ParentNode).querySelector?.('treatment-card')) void this.updateComplete.then(() => this.requestUpdate());
  }

  override render() {
    return guardRender(this, () => this.renderExplainer());
  }

  /** Every attribute is read and validated here, and nowhere else. */
  private settings() {
    readColorScheme(this, this.colorScheme);
    const read = <T extends string>(field: ReceptorField, allowed: readonly T[]): T =>
      (this.interactive && this.choices[field] ? (this.choices[field] as T) : undefined) ??
      readEnum(this, field, this[field], allowed) ??
      ('unknown' as T);
    const status: ReceptorStatus = {
      er: read<ReceptorValue>('er', RECEPTOR_VALUES),
      pr: read<ReceptorValue>('pr', RECEPTOR_VALUES),
      her2: read<Her2Value>('her2', HER2_VALUES),
      menopause: read<MenopauseValue>('menopause', MENOPAUSE_VALUES),
    };
    return {
      status,
      level: readHeadingLevel(this, this.headingLevel, 2),
    };
  }

  private renderExplainer() {
    const { status, level } = this.settings();
    const found = contentFor(this.language.lang, TOPICS, (c) => c.receptors.ui);
    const { locale, catalog } = found;
    const root = { locale, dir: this.language.dirOf(found) };
    const content = catalog.receptors;
    const { ui } = content;
    // An entry a language leaves out is shown in English, with the English words around it.
    const englishUi = contentFor('en', TOPICS).catalog.receptors.ui;
    const uiOf = (entry: object) => (languageOf(entry).tag === 'en' ? englishUi : ui);
    const mark = (entry: object) => marks(entry, root);
    const explanation = explainReceptors(status);
    const subtype = content.subtypes[explanation.subtype];
    this.shownName = subtype.name;
    const sub = innerLevel(level);
    const main = explanation.options.filter((option) => option.main);
    const other = explanation.options.filter((option) => !option.main);
    const menopause = explanation.menopause ? content.menopause[explanation.menopause] : undefined;
    const shown: EntryMeta[] = [
      subtype,
      ...explanation.markers.map(({ marker }) => content.markers[marker]),
      ...explanation.options.map((option) => content.reasons[option.reason]),
      ...(menopause ? [menopause] : []),
      ...(explanation.her2Low ? [content.her2Low] : []),
      ...(explanation.tripleNegative ? [content.tripleNegativeTests] : []),
      content.testing,
      content.careTeam,
    ];

    const option = (item: ReceptorExplanation['options'][number]) => {
      const family = catalog.treatments.entries[item.treatment];
      const reason = content.reasons[item.reason];
      return html`<li>
        <span class="family" lang=${mark(family).lang} dir=${mark(family).dir}>${this.cardLink(item.treatment, family.name)}</span>
        <span lang=${mark(reason).lang} dir=${mark(reason).dir}>${reason.text}</span>
        ${item.reason === 'hormonal' && menopause
          ? menopause.text.map((text) => html`<span class="menopause" lang=${mark(menopause).lang} dir=${mark(menopause).dir}>${text}</span>`)
          : nothing}
      </li>`;
    };
    const block = (entry: object, part: string, text: unknown) =>
      html`<p part=${part} lang=${mark(entry).lang} dir=${mark(entry).dir}>${text}</p>`;

    return html`<section class="root box" part="box" lang=${locale} dir=${root.dir}>
      ${heading(level, ui.title)}
      ${this.interactive ? this.renderChoices(status, ui) : nothing}
      ${this.interactive ? html`<p class="announce" role="status">${this.announcement}</p>` : nothing}
      <div class="result" part="result">
        <p class="subtype" part="subtype" lang=${mark(subtype).lang} dir=${mark(subtype).dir}><strong>${subtype.name}.</strong> ${subtype.summary}</p>
        ${explanation.her2Low ? block(content.her2Low, 'her2-low', content.her2Low.text.join(' ')) : nothing}
        ${explanation.tripleNegative ? block(content.tripleNegativeTests, 'other-tests', content.tripleNegativeTests.text.join(' ')) : nothing}
      </div>
      <p class="note" part="note" lang=${mark(content.careTeam).lang} dir=${mark(content.careTeam).dir}>${content.careTeam.text.join(' ')}</p>
      ${explanation.missing.length
        ? html`<div part="missing">
            ${heading(sub, ui.missing, 'subheading')}
            <ul class="missing">
              ${explanation.missing.map((marker) => {
                const entry = content.markers[marker];
                return html`<li lang=${mark(entry).lang} dir=${mark(entry).dir}>${entry.missing} ${uiOf(entry).ask} <q>${entry.question}</q></li>`;
              })}
            </ul>
          </div>`
        : nothing}
      ${main.length
        ? html`${heading(sub, ui.mainOptions, 'subheading')}
            <ul class="options" part="options" data-kind="main">${main.map(option)}</ul>`
        : nothing}
      ${heading(sub, main.length ? ui.otherOptions : ui.allOptions, 'subheading')}
      <ul class="options" part="options" data-kind="other">${other.map(option)}</ul>
      ${heading(sub, ui.results, 'subheading')}
      <ul class="markers" part="markers">
        ${explanation.markers.map(({ marker, value }) => {
          const entry = content.markers[marker];
          const result = (entry.results as Record<string, string | undefined>)[value] ?? entry.results.unknown;
          return html`<li lang=${mark(entry).lang} dir=${mark(entry).dir}><strong>${result}</strong> ${entry.whatItIs}</li>`;
        })}
      </ul>
      <div part="testing">
        ${heading(sub, ui.testing, 'subheading')}
        ${content.testing.text.map((text) => html`<p lang=${mark(content.testing).lang} dir=${mark(content.testing).dir}>${text}</p>`)}
      </div>
      ${renderMeta(shown, catalog.meta, { locale, review: shown })}
    </section>`;
  }

  // The attribute is what a server render writes (it would write a property binding as checked="false");
  // the property keeps the box in step once the reader has touched it.
  private renderChoices(status: ReceptorStatus, ui: ReceptorCatalog['ui']) {
    return html`<div class="choices" part="choices">
      <p>${ui.choose}</p>
      ${FIELDS.map(({ field, values }) => {
        const labels = ui.values[field] as Record<string, string>;
        return html`<fieldset part="fieldset">
          <legend>${ui.legends[field]}</legend>
          ${values.map(
            (value) => html`<label>
              <input
                type="radio"
                name=${field}
                value=${value}
                ?checked=${status[field] === value}
                .checked=${isServer ? nothing : status[field] === value}
                @change=${() => this.choose(field, value)}
              />
              ${labels[value]}
            </label>`,
          )}
        </fieldset>`;
      })}
    </div>`;
  }

  private choose(field: ReceptorField, value: string) {
    this.choices = { ...this.choices, [field]: value };
    this.announcement = '';
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => (this.announcement = this.shownName), ReceptorExplainer.settleMs);
    // Built first, then dispatched: the manifest analyzer reads the event from its @fires tag alone.
    const event = new MbcReceptorChangeEvent(field);
    this.dispatchEvent(event);
  }

  /** The first `<treatment-card>` for a treatment in the explainer's own root (document or shadow root). */
  private findCard(treatment: TreatmentId): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector?.<HTMLElement>(`treatment-card[treatment="${treatment}" i]`) ?? null;
  }

  /** A link to the matching card when one is on the page; otherwise the family's name as text. */
  private cardLink(treatment: TreatmentId, name: string): TemplateResult | string {
    // Over a prerendered snippet the first render is the server's (no links); firstUpdated adds them.
    const card = this.isConnected && !isHydrating(this) ? this.findCard(treatment) : null;
    if (!card) return name;
    return html`<a part="card-link" href=${card.id ? `#${card.id}` : '#'} @click=${(event: Event) => this.follow(event, treatment)}>${name}</a>`;
  }

  /**
   * Takes the reader to the card, leaving `location.hash` alone: the card opens itself and focuses its
   * toggle or heading; a card whose script has not loaded gets focus on itself.
   */
  private follow(event: Event, treatment: TreatmentId) {
    event.preventDefault();
    const card = this.findCard(treatment) as (HTMLElement & Partial<Pick<TreatmentCard, 'reveal'>>) | null;
    if (!card) this.requestUpdate();
    else if (card.reveal) void card.reveal();
    else revealAndFocus(card);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-receptor-change': MbcReceptorChangeEvent;
  }
}
