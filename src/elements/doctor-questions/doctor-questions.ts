import { LitElement, html, isServer, nothing, type PropertyValues } from 'lit';
import { contentFor, meta, questions } from '../../content/index.js';
import type { DoctorQuestionsStrings, QuestionTopicId } from '../../content/schema.js';
import { innerLevel, readHeadingLevel, readNames, shorten, type HeadingLevel, readColorScheme, type ColorScheme } from '../../internal/attributes.js';
import { heading } from '../../internal/heading.js';
import { LangController, marks } from '../../internal/lang.js';
import { renderMeta } from '../../internal/meta.js';
import { guardRender } from '../../internal/render-guard.js';
import { fallbackStyles, ThemeGuard, type RejectedPair } from '../../internal/contrast.js';
import { baseStyles } from '../../internal/styles.js';
import { warnOnce } from '../../internal/warn.js';
import { PAIRS, printStyles, styles } from './doctor-questions.styles.js';
import {
  DEFAULT_LIST,
  MAX_QUESTION_LENGTH,
  STORAGE_PREFIX,
  listName,
  readList,
  writeList,
  type OwnQuestion,
} from './storage.js';

/** The content topics this element shows (a bundle of this element alone carries only these). */
const TOPICS = { meta, questions };

export const QUESTION_TOPICS: readonly QuestionTopicId[] = ['tests', 'choosing', 'side-effects', 'next-steps'];
export { MAX_QUESTION_LENGTH, STORAGE_PREFIX };

/** Fired when the reader ticks, unticks, adds or removes a question. Carries the count only, never text. */
export class MbcQuestionsChangeEvent extends Event {
  static readonly eventName = 'mbc-questions-change';
  constructor(readonly count: number) {
    super(MbcQuestionsChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** A titled group of the questions on the reader's list, in the order shown. */
export interface QuestionGroup {
  readonly title: string;
  readonly questions: readonly string[];
}

/** The reader's list as plain text, for the clipboard. */
export function listAsText(title: string, groups: readonly QuestionGroup[]): string {
  const blocks = groups.map((group) => [group.title, ...group.questions.map((q) => `- ${q}`)].join('\n'));
  return [title, ...blocks].join('\n\n');
}

/**
 * Fills `doc` with the printable list: a title, a note and each group's questions, with room for
 * answers. Text goes in through `textContent` only; the stylesheet is adopted, so a strict CSP
 * on the host page does not block it.
 */
export function fillPrintDocument(doc: Document, groups: readonly QuestionGroup[], ui: DoctorQuestionsStrings, locale: string): Document {
  const make = (tag: string, text?: string) => {
    const node = doc.createElement(tag);
    if (text != null) node.textContent = text;
    return node;
  };
  doc.documentElement.lang = locale;
  doc.title = ui.listTitle;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    const sheet = new (view ?? globalThis).CSSStyleSheet();
    sheet.replaceSync(printStyles);
    doc.adoptedStyleSheets = [sheet];
  } catch {
    doc.head.replaceChildren(make('style', printStyles));
  }
  const main = make('main');
  const note = make('p', ui.listNote);
  note.className = 'note';
  main.append(make('h1', ui.listTitle), note);
  for (const group of groups) {
    const list = make('ol');
    list.append(...group.questions.map((q) => make('li', q)));
    const section = make('section');
    section.append(make('h2', group.title), list);
    main.append(section);
  }
  doc.body.replaceChildren(main);
  return doc;
}

/**
 * Questions for the care team, grouped by topic: the reader ticks the ones to take along, adds
 * their own, then prints or copies the list. Printing uses a separate document in a hidden frame,
 * so printing the host page is unaffected. Nothing is stored unless `persist` is set.
 *
 * The light-DOM children are the fallback: they show before the script runs, when it cannot run,
 * and if the element fails to render. Put a plain list of questions there.
 *
 * @summary A checklist of questions to take to the care team, with print and copy.
 * @tag doctor-questions
 *
 * @slot - Fallback content, shown only when the element cannot show its own.
 *
 * @csspart base - The element's outer box.
 * @csspart heading - The element's heading.
 * @csspart intro - The introduction paragraphs.
 * @csspart topic - Each group of questions (a fieldset); the reader's own group is also `own`.
 * @csspart topic-heading - Each group's heading.
 * @csspart question - Each question's label (checkbox and text).
 * @csspart checkbox - Each question's checkbox.
 * @csspart remove - The "Remove" button of a question the reader added.
 * @csspart add-form - The "Add your own question" form.
 * @csspart input - The text field for the reader's own question.
 * @csspart button - Every button; also `primary` (Add, Print), `print`, `copy`, `add`.
 * @csspart count - The line that says how many questions are on the list.
 * @csspart status - The polite live region for messages.
 * @csspart copy-text - The read-only box holding the list when the clipboard is refused.
 * @csspart note - The note shown when `persist` is set but the browser cannot save.
 * @csspart footer - Updated date, review state and sources.
 * @csspart sources - The disclosure that opens the list of sources.
 *
 * @cssprop [--mbc-color-text=#1d2329] - Text colour (dark: #e6e9ec).
 * @cssprop [--mbc-color-text-muted=#4a535c] - Secondary text, field borders (dark: #b8c0c8).
 * @cssprop [--mbc-color-surface=#ffffff] - Background colour (dark: #1b1f24).
 * @cssprop [--mbc-color-border=#7b848d] - Box and divider borders (dark: #7d8791).
 * @cssprop [--mbc-color-accent=#005a9c] - Buttons, checkboxes and links (dark: #7cb8f0).
 * @cssprop [--mbc-color-focus=#b45309] - Focus outline (dark: #f0a04b).
 * @cssprop [--mbc-radius=0.5rem] - Corner radius.
 * @cssprop [--mbc-space=1em] - Base of the spacing scale (steps of 0.25, 0.5, 0.75, 1, 1.5 and 2 times it); 1em follows the text size, which never drops below 16px.
 * @cssprop [--mbc-color-surface-tint=#eef4fa] - Tinted panels such as notes (dark: #243140).
 * @cssprop [--mbc-type-scale=1.125] - Ratio between steps of the type scale (headings are steps of it above the body size).
 * @cssprop [--mbc-measure=56ch] - Longest line of running text.
 * @cssprop [--mbc-focus-width=3px] - Width of the focus outline.
 * @cssprop [--mbc-doctor-questions-button-text=#ffffff] - Text on the filled (primary) buttons (dark: #101418).
 *
 * @fires mbc-questions-change - The reader changed the list. Field: `count` (number of questions on it). Never the text.
 * @fires mbc-render-error - The element could not render and shows its fallback children.
 * @fires mbc-theme-rejected - The page's theme failed a contrast check (text under 4.5:1, focus outline or border under 3:1, or text over a background image), so the default colours are used for those pairs. Field: `pairs` (`pair`, `ratio`, `required`, `tokens`).
 */
export class DoctorQuestions extends LitElement {
  /**
   * The content topics the element shows: with its language and attributes, what a prerendered
   * snippet of it records (see render-inputs.ts).
   * @internal
   */
  static readonly contentTopics = TOPICS;

  static override styles = [baseStyles, styles, fallbackStyles(PAIRS)];

  static override properties = {
    colorScheme: { attribute: 'color-scheme', reflect: true },
    topics: {},
    persist: {},
    headingLevel: { attribute: 'heading-level' },
    selected: { state: true, attribute: false },
    own: { state: true, attribute: false },
    status: { state: true, attribute: false },
    manualCopy: { state: true, attribute: false },
    draftLength: { state: true, attribute: false },
    notSaved: { state: true, attribute: false },
    printFrame: { state: true, attribute: false },
  };

  /**
   * Colour scheme: `auto` follows the page (its `color-scheme`, such as `light dark`, and the
   * reader's dark mode), `light` or `dark` pins it. Unknown values use `auto`, with one warning.
   * @default 'auto'
   */
  declare colorScheme?: ColorScheme;

  /**
   * Which groups show, in this order: a comma-separated subset of `tests`, `choosing`,
   * `side-effects`, `next-steps`. Unknown names are skipped with one warning. Absent: all four.
   * @default 'tests,choosing,side-effects,next-steps'
   */
  declare topics?: string;

  /**
   * Keeps the list in this browser's `localStorage` under `mbc-doctor-questions:<name>`. Names are
   * 1-64 of `a-z`, `0-9`, `-`, `_`; bare `persist` uses `default`. Absent: nothing is stored. Storage
   * that fails or holds bad data never loses what is on screen.
   */
  declare persist?: string | null;

  /**
   * Level (1-6) of the element's heading; the groups' headings are one level deeper.
   * @default 2
   */
  declare headingLevel?: HeadingLevel | `${HeadingLevel}`;

  private declare selected: ReadonlySet<string>;
  private declare own: readonly OwnQuestion[];
  private declare status: string;
  private declare manualCopy: boolean;
  private declare draftLength: number;
  private declare notSaved: boolean;
  private declare printFrame: boolean;

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
    this.selected = new Set();
    this.own = [];
    this.status = '';
    this.manualCopy = false;
    this.draftLength = 0;
    this.notSaved = false;
    this.printFrame = false;
  }

  /** Number of questions on the reader's list (ticked and shown, plus ticked own questions). */
  get count(): number {
    return this.groups().reduce((sum, group) => sum + group.questions.length, 0);
  }

  /** The reader's list as plain text, as "Copy" puts it on the clipboard. */
  questionsText(): string {
    return listAsText(this.strings().listTitle, this.groups());
  }

  /** Builds the printable list in the hidden frame and returns its document (without printing). */
  async printDocument(): Promise<Document> {
    this.printFrame = true;
    await this.updateComplete;
    const frame = this.renderRoot.querySelector<HTMLIFrameElement>('iframe.print-frame');
    const doc = frame?.contentDocument;
    if (!doc) throw new Error('the print frame is not available');
    return fillPrintDocument(doc, this.groups(), this.strings(), this.content().locale);
  }

  /** Prints the reader's list (only the ticked and added questions). `false` when the list is empty. */
  async printQuestions(): Promise<boolean> {
    const ui = this.strings();
    if (!this.count) {
      await this.announce(ui.emptyList);
      return false;
    }
    try {
      const doc = await this.printDocument();
      await this.announce(ui.printing);
      doc.defaultView?.print();
      return true;
    } catch (error) {
      warnOnce(this, `<doctor-questions> could not print the list: ${String(error)}`);
      return false;
    }
  }

  /**
   * Copies the list as plain text. Where the clipboard is missing or refused, shows the text in a
   * read-only box, selects it and tells the reader how to copy it.
   */
  async copyQuestions(): Promise<'copied' | 'manual' | 'empty'> {
    const ui = this.strings();
    if (!this.count) {
      await this.announce(ui.emptyList);
      return 'empty';
    }
    const text = this.questionsText();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.manualCopy = false;
      await this.announce(ui.copied);
      return 'copied';
    } catch {
      this.manualCopy = true;
      await this.updateComplete;
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>('#copy-text');
      box?.focus();
      box?.select();
      await this.announce(ui.copyManual);
      return 'manual';
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('persist')) return;
    if (this.persist == null) this.notSaved = false;
    else this.load();
  }

  override render() {
    readColorScheme(this, this.colorScheme);
    return guardRender(this, () => this.renderQuestions());
  }

  /** The element's text: its labels decide its language (a language without them shows English). */
  private content() {
    return contentFor(this.language.lang, TOPICS, (c) => c.questions.ui);
  }

  private strings(): DoctorQuestionsStrings {
    return this.content().catalog.questions.ui;
  }

  /** The `topics` attribute, read and validated here only. */
  private shownTopics(): QuestionTopicId[] {
    return readNames(this, 'topics', this.topics, QUESTION_TOPICS);
  }

  /** The `persist` attribute: the storage key, or `undefined` when nothing may be stored. */
  private storageKey(): string | undefined {
    if (this.persist == null) return undefined;
    const name = listName(String(this.persist));
    if (name) return STORAGE_PREFIX + name;
    warnOnce(this, `<doctor-questions> persist="${shorten(String(this.persist))}" is not a valid list name (1-64 of a-z, 0-9, - and _); the list "${DEFAULT_LIST}" is used.`);
    return STORAGE_PREFIX + DEFAULT_LIST;
  }

  /** What is on the reader's list, grouped as shown. */
  private groups() {
    const { catalog } = this.content();
    const { topics, ui } = catalog.questions;
    const groups = this.shownTopics().map((id) => ({
      title: topics[id].title,
      questions: topics[id].questions.filter((q) => this.selected.has(q.id)).map((q) => q.text),
    }));
    groups.push({ title: ui.ownQuestions, questions: this.own.filter((q) => this.selected.has(q.id)).map((q) => q.text) });
    return groups.filter((group) => group.questions.length);
  }

  /** Loads the saved list when the screen is still empty; what is on screen is never replaced or lost. */
  private load() {
    const key = this.storageKey();
    if (!key) return;
    const result = readList(key);
    if (result.problem === 'unavailable') {
      this.notSaved = true;
      warnOnce(this, '<doctor-questions> cannot read saved questions: storage is not available in this browser.');
    } else if (result.problem === 'corrupt') {
      warnOnce(this, `<doctor-questions> the saved list "${key}" could not be read; it is replaced when the reader changes the list.`);
    }
    if (result.list && !this.selected.size && !this.own.length) {
      this.selected = new Set(result.list.selected);
      this.own = result.list.own;
    }
  }

  private save() {
    const key = this.storageKey();
    if (!key) return;
    const saved = writeList(key, { selected: [...this.selected], own: this.own });
    if (!saved) warnOnce(this, '<doctor-questions> cannot save the list: storage is not available in this browser.');
    this.notSaved = !saved;
  }

  /** Every change the reader makes ends here: save (if allowed) and tell the page the new count. */
  private changed() {
    this.save();
    // Dispatched from a variable so the manifest analyzer reads the event from @fires only.
    const event = new MbcQuestionsChangeEvent(this.count);
    this.dispatchEvent(event);
  }

  /** Says `message` in the live region (cleared first, so a repeated message is announced again). */
  private async announce(message: string) {
    this.status = '';
    await this.updateComplete;
    this.status = message;
    await this.updateComplete;
  }

  private toggle(id: string, checked: boolean) {
    const next = new Set(this.selected);
    if (checked) next.add(id);
    else next.delete(id);
    this.selected = next;
    this.changed();
  }

  private onInput(event: Event) {
    this.draftLength = (event.target as HTMLInputElement).value.length;
  }

  private async onAdd(event: SubmitEvent) {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#add');
    if (!input) return;
    const ui = this.strings();
    const text = input.value.trim().slice(0, MAX_QUESTION_LENGTH);
    input.focus();
    if (!text) {
      await this.announce(ui.empty);
      return;
    }
    const next = Math.max(0, ...this.own.map((q) => Number(q.id.slice(4)))) + 1;
    const id = `own-${next}`;
    this.own = [...this.own, { id, text }];
    this.selected = new Set(this.selected).add(id);
    input.value = '';
    this.draftLength = 0;
    this.changed();
    await this.announce(ui.added);
  }

  private async removeOwn(id: string) {
    const index = this.own.findIndex((q) => q.id === id);
    if (index < 0) return;
    this.own = this.own.filter((q) => q.id !== id);
    const next = new Set(this.selected);
    next.delete(id);
    this.selected = next;
    this.changed();
    await this.updateComplete;
    const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[part~="remove"]')];
    (buttons[Math.min(index, buttons.length - 1)] ?? this.renderRoot.querySelector<HTMLInputElement>('#add'))?.focus();
    await this.announce(this.strings().removed);
  }

  // The attribute is what a server render writes (it would write a property binding as checked="false");
  // the property keeps the box in step once the reader has touched it.
  private renderQuestion(id: string, text: string) {
    return html`<label class="question" part="question">
      <input type="checkbox" part="checkbox" ?checked=${this.selected.has(id)} .checked=${isServer ? nothing : this.selected.has(id)} @change=${(event: Event) => this.toggle(id, (event.target as HTMLInputElement).checked)} />
      <span>${text}</span>
    </label>`;
  }

  private renderQuestions() {
    const content = this.content();
    const { locale, catalog } = content;
    const root = { locale, dir: this.language.dirOf(content) };
    const { intro, topics, ui } = catalog.questions;
    const mark = (entry: object) => marks(entry, root);
    const level = readHeadingLevel(this, this.headingLevel, 2);
    const sub = innerLevel(level);
    this.storageKey(); // validates `persist` (warning once) even before anything is saved
    const shown = [intro, ...this.shownTopics().map((id) => topics[id])];

    return html`<div class="root" part="base" lang=${locale} dir=${root.dir}>
      ${heading(level, mark(intro).lang === nothing ? intro.title : html`<span lang=${mark(intro).lang} dir=${mark(intro).dir}>${intro.title}</span>`)}
      ${intro.text.map((text) => html`<p part="intro" lang=${mark(intro).lang} dir=${mark(intro).dir}>${text}</p>`)}
      ${this.shownTopics().map(
        (id) => html`<fieldset part="topic" data-topic=${id} lang=${mark(topics[id]).lang} dir=${mark(topics[id]).dir}>
          <legend>${heading(sub, topics[id].title, 'topic-heading')}</legend>
          <ul class="list">${topics[id].questions.map((q) => html`<li>${this.renderQuestion(q.id, q.text)}</li>`)}</ul>
        </fieldset>`,
      )}
      <fieldset part="topic own" data-topic="own">
        <legend>${heading(sub, ui.ownQuestions, 'topic-heading')}</legend>
        ${this.own.length
          ? html`<ul class="list">
              ${this.own.map(
                (q) => html`<li class="own">
                  ${this.renderQuestion(q.id, q.text)}
                  <button type="button" part="button remove" aria-label=${ui.remove(q.text)} @click=${() => this.removeOwn(q.id)}>${ui.removeVisible}</button>
                </li>`,
              )}
            </ul>`
          : html`<p class="none">${ui.noOwnQuestions}</p>`}
        <form part="add-form" @submit=${this.onAdd}>
          <label for="add">${ui.addLabel}</label>
          <div class="add-row">
            <input id="add" part="input" type="text" maxlength=${MAX_QUESTION_LENGTH} autocomplete="off" aria-describedby="add-chars" @input=${this.onInput} />
            <button type="submit" part="button primary add">${ui.addButton}</button>
          </div>
          <p id="add-chars" class="chars">${ui.characters(this.draftLength, MAX_QUESTION_LENGTH)}</p>
        </form>
      </fieldset>
      <div class="actions">
        <p part="count">${ui.count(this.count)}</p>
        <button type="button" part="button primary print" @click=${this.printQuestions}>${ui.print}</button>
        <button type="button" part="button copy" @click=${this.copyQuestions}>${ui.copy}</button>
      </div>
      <p part="status" role="status">${this.status}</p>
      ${this.manualCopy
        ? html`<div class="manual">
            <label for="copy-text">${ui.copyAreaLabel}</label>
            <textarea id="copy-text" part="copy-text" readonly rows="8" .value=${this.questionsText()}></textarea>
          </div>`
        : nothing}
      ${this.notSaved ? html`<p part="note">${ui.notSaved}</p>` : nothing}
      ${renderMeta(shown, catalog.meta, { locale, review: shown })}
      ${this.printFrame ? html`<iframe class="print-frame" title=${ui.listTitle} aria-hidden="true" tabindex="-1"></iframe>` : nothing}
    </div>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mbc-questions-change': MbcQuestionsChangeEvent;
  }
}
