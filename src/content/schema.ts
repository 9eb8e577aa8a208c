/** Where a piece of content comes from. `url` is omitted when the source has no public address. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly url?: string;
  /** Language of the cited page, when it differs from the entry's (a Spanish entry citing an English page). */
  readonly lang?: string;
}

/**
 * Clinical review state. Content stays `pending` until a named clinician approves it; nothing may
 * claim a review that has not happened.
 */
export type ClinicalReview =
  | { readonly status: 'pending' }
  | { readonly status: 'approved'; readonly reviewer: string; readonly date: string };

/**
 * Review of a translation by a qualified medical translator: a separate step from clinical review.
 * `outdated` when the source entry changed after it was translated (a test compares versions).
 */
export type TranslationReview =
  | 'pending'
  | 'outdated'
  | { readonly status: 'approved'; readonly translator: string; readonly organization: string; readonly date: string };

/** Where a translated entry comes from: the source locale and the version of the entry it was translated from. */
export interface Translation {
  readonly from: 'en';
  /** `entryVersion()` of the source entry, written as a literal. */
  readonly sourceVersion: string;
  readonly review: TranslationReview;
}

/** Fields every content entry carries. */
export interface EntryMeta {
  readonly id: string;
  /** ISO date (YYYY-MM-DD) the text was last checked against its sources. */
  readonly updated: string;
  /**
   * ISO date by which the text must be checked again, at most 12 months after `updated`. Past it, the
   * element keeps the text and says in its footer that it may be out of date.
   */
  readonly reviewBy: string;
  readonly sources: readonly Source[];
  readonly clinicalReview: ClinicalReview;
  /** Present on every translated entry. */
  readonly translation?: Translation;
}

export type TreatmentId = 'hormonal' | 'chemotherapy' | 'targeted' | 'radiation' | 'surgery';
export type Scope = 'systemic' | 'local';

export interface ScopeEntry extends EntryMeta {
  readonly id: Scope;
  /** Short label, e.g. "Systemic therapy". */
  readonly label: string;
  /** One plain-language line saying what the word means. */
  readonly meaning: string;
}

export interface TreatmentEntry extends EntryMeta {
  readonly id: TreatmentId;
  readonly name: string;
  readonly scope: Scope;
  /** One sentence shown in every variant. */
  readonly summary: string;
  readonly whatItIs: readonly string[];
  readonly howUsed: readonly string[];
  /** Two or three questions to ask the care team. */
  readonly questions: readonly string[];
}

/**
 * Words of the interface (labels), as opposed to the medical content: the footer every entry gets,
 * and the one review line each widget shows.
 */
export interface MetaStrings {
  readonly updated: string;
  /** The control that opens the list of sources, e.g. "Sources (3)". */
  readonly sources: (count: number) => string;
  /** Review line: no clinician has checked this text (for this site). */
  readonly notChecked: string;
  /** Review line: a partner's clinician approved this text for their site. */
  readonly checkedFor: (reviewer: string, organization: string, date: string) => string;
  /** Review line: a clinician approved the shipped text. */
  readonly checkedBy: (reviewer: string, date: string) => string;
  /** Review line: a date by which the text had to be checked again has passed. */
  readonly outOfDate: string;
  /** Review line: no qualified medical translator has checked this translation yet. */
  readonly translationPending: string;
  /** Review line: the source text changed after it was translated. */
  readonly translationOutdated: string;
  /** Review line: a qualified medical translator checked this translation. */
  readonly translationCheckedBy: (translator: string, organization: string, date: string) => string;
  /** Ends the review line whenever the text is unchecked or out of date. */
  readonly careTeam: string;
  /** Review mode: what each block shows about its entries. */
  readonly reviewInfo: (version: string, updated: string, reviewBy: string) => string;
  /** A date in words, e.g. "November 27, 2026" (month 1-12). */
  readonly date: (year: number, month: number, day: number) => string;
}

/** Labels of <treatment-card>. */
export interface TreatmentCardStrings {
  readonly whatItIs: string;
  readonly howUsed: string;
  readonly questions: string;
  readonly learnMore: (name: string) => string;
}

export interface TreatmentCatalog {
  readonly entries: Readonly<Record<TreatmentId, TreatmentEntry>>;
  readonly scopes: Readonly<Record<Scope, ScopeEntry>>;
  readonly ui: TreatmentCardStrings;
}

/**
 * Everything one locale provides: one key per topic, each holding its entries and its element's
 * labels. A new element adds its topic here and in content/index.ts.
 */
export interface Catalog {
  readonly meta: MetaStrings;
  readonly treatments: TreatmentCatalog;
  readonly questions: QuestionCatalog;
  readonly safety: SafetyCatalog;
  readonly receptors: ReceptorCatalog;
  readonly options: OptionsCatalog;
}

/* Receptor status (<receptor-explainer>) */

/** The three markers on the pathology report. */
export type Marker = 'er' | 'pr' | 'her2';
export type ReceptorValue = 'positive' | 'negative' | 'unknown';
export type Her2Value = 'positive' | 'low' | 'negative' | 'unknown';
export type MenopauseValue = 'pre' | 'post' | 'not-applicable' | 'unknown';

/** A named combination of results: hormone receptor group (positive, negative, not known) by HER2 result. */
export type SubtypeId =
  | 'hr-positive-her2-positive'
  | 'hr-positive-her2-low'
  | 'hr-positive-her2-negative'
  | 'hr-positive-her2-unknown'
  | 'hr-negative-her2-positive'
  | 'triple-negative-her2-low'
  | 'triple-negative'
  | 'hr-negative-her2-unknown'
  | 'hr-unknown-her2-positive'
  | 'hr-unknown-her2-low'
  | 'hr-unknown-her2-negative'
  | 'hr-unknown-her2-unknown';

/** Why a treatment family is on the list for a combination. */
export type ReasonId =
  | 'hormonal'
  | 'hormonal-if-positive'
  | 'her2-targeted'
  | 'targeted-with-hormonal'
  | 'her2-low'
  | 'her2-low-hormone-positive'
  | 'chemotherapy-main'
  | 'chemotherapy-with-her2'
  | 'chemotherapy-her2-positive'
  | 'chemotherapy'
  | 'radiation'
  | 'surgery';

/** A block of plain text with its metadata. */
export interface TextEntry extends EntryMeta {
  readonly text: readonly string[];
}

export interface SubtypeEntry extends EntryMeta {
  readonly id: SubtypeId;
  /** Plain-language name of the combination, e.g. "Triple-negative". */
  readonly name: string;
  readonly summary: string;
}

export interface MarkerEntry extends EntryMeta {
  readonly id: Marker;
  /** Full name with its short form, e.g. "Estrogen receptor (ER)". */
  readonly name: string;
  readonly whatItIs: string;
  /** What each result means, one short sentence per value. */
  readonly results: Readonly<Record<ReceptorValue, string>> & { readonly low?: string };
  /** Shown when the result is not known: why it matters and the question to ask. */
  readonly missing: string;
  readonly question: string;
}

export interface ReasonEntry extends EntryMeta {
  readonly id: ReasonId;
  readonly treatment: TreatmentId;
  readonly text: string;
}

/** Labels of <receptor-explainer>. */
export interface ReceptorExplainerStrings {
  readonly title: string;
  readonly results: string;
  readonly mainOptions: string;
  readonly otherOptions: string;
  /** Heading of the list when no option stands out as the main one (results not known). */
  readonly allOptions: string;
  readonly missing: string;
  readonly ask: string;
  readonly testing: string;
  readonly choose: string;
  readonly legends: Readonly<Record<Marker | 'menopause', string>>;
  readonly values: {
    readonly er: Readonly<Record<ReceptorValue, string>>;
    readonly pr: Readonly<Record<ReceptorValue, string>>;
    readonly her2: Readonly<Record<Her2Value, string>>;
    readonly menopause: Readonly<Record<MenopauseValue, string>>;
  };
}

export interface ReceptorCatalog {
  readonly subtypes: Readonly<Record<SubtypeId, SubtypeEntry>>;
  readonly markers: Readonly<Record<Marker, MarkerEntry>>;
  readonly reasons: Readonly<Record<ReasonId, ReasonEntry>>;
  /** Said only when hormonal therapy is on the list. */
  readonly menopause: Readonly<Record<MenopauseValue, TextEntry>>;
  /** How a report may write HER2-low, so the reader can match their own. */
  readonly her2Low: TextEntry;
  /** Triple-negative: other tests that may matter for some treatments. */
  readonly tripleNegativeTests: TextEntry;
  /** How the markers are tested. */
  readonly testing: TextEntry;
  /** The visible note that the care team decides with the patient. */
  readonly careTeam: TextEntry;
  readonly ui: ReceptorExplainerStrings;
}

/* Important Safety Information (<safety-banner>) */

/** One part of a product's Important Safety Information: a heading, then paragraphs, then list items. */
export interface SafetySection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly items?: readonly string[];
}

/**
 * A product's Important Safety Information (ISI): the built-in sample or a sponsor's approved wording.
 * Every string is shown exactly as given, as text (never markup).
 */
export interface SafetyPack extends EntryMeta {
  /** The `product` attribute value that selects it: lowercase letters, digits and hyphens. */
  readonly product: string;
  /** The product's name as the ISI gives it, e.g. "FASLODEX (fulvestrant)". */
  readonly name: string;
  /** The sponsor's version of this text. */
  readonly version: string;
  /** The sponsor's approval (job) code for this text. The built-in sample's contains SAMPLE. */
  readonly approvalCode: string;
  /** False when this is not all the safety information: a line then points to the Prescribing Information. */
  readonly complete: boolean;
  /** The most serious risk statement: always shown, even in the collapsed tray. */
  readonly keyRisk: string;
  /** The rest of the ISI, in order. */
  readonly sections: readonly SafetySection[];
  /** Language of the pack's text, when it differs from the page's. */
  readonly lang?: string;
  /**
   * True only for the built-in pack: a summary written from public information, not the maker's
   * approved text. It shows a plain notice instead of a version and approval code.
   */
  readonly sample?: boolean;
}

/** What `registerSafetyContent()` accepts: a pack whose `id` (default: `product`) and `clinicalReview` (default: pending) may be left out. */
export type SafetyPackInput = Omit<SafetyPack, 'id' | 'clinicalReview' | 'reviewBy' | 'sample'> &
  Partial<Pick<SafetyPack, 'id' | 'clinicalReview' | 'reviewBy'>>;

/** The general educational disclaimer shown when no product is named. */
export interface SafetyDisclaimer extends EntryMeta {
  readonly heading: string;
  readonly paragraphs: readonly string[];
}

/** Labels of <safety-banner>. */
export interface SafetyBannerStrings {
  readonly title: string;
  readonly expand: string;
  readonly collapse: string;
  readonly incomplete: (name: string) => string;
  readonly readPi: string;
  readonly moreSafety: (name: string) => string;
  readonly version: string;
  readonly approvalCode: string;
  /** Shown instead of the version and approval code under the built-in sample pack. */
  readonly sample: string;
  /** Accessible name of the expanded tray's scrolling text. */
  readonly panel: string;
  /** The tray's link to the full ISI in the page, while an inline banner for the same product shows it. */
  readonly toInline: string;
  /**
   * Introduces a product's ISI shown in English on a page in another language (we never translate an
   * ISI: only a sponsor's own pack in that language replaces it).
   */
  readonly englishOnly: string;
}

export interface SafetyCatalog {
  /** Built-in packs by product id. */
  readonly packs: Readonly<Record<string, SafetyPack>>;
  readonly disclaimer: SafetyDisclaimer;
  readonly ui: SafetyBannerStrings;
}

/* Questions for the care team (<doctor-questions>) */

export type QuestionTopicId = 'tests' | 'choosing' | 'side-effects' | 'next-steps';

/** One question. Its `id` is stable: lists saved with `persist` store ids, never the text. */
export interface QuestionItem {
  readonly id: string;
  readonly text: string;
}

export interface QuestionTopicEntry extends EntryMeta {
  readonly id: QuestionTopicId;
  /** The group's heading, e.g. "Choosing a treatment". */
  readonly title: string;
  readonly questions: readonly QuestionItem[];
}

/** The element's heading and introduction, with the metadata its footer shows. */
export interface QuestionIntroEntry extends EntryMeta {
  readonly title: string;
  readonly text: readonly string[];
}

/** Labels and status messages of <doctor-questions>. */
export interface DoctorQuestionsStrings {
  /** Heading of the reader's own questions, on screen and in the printed list. */
  readonly ownQuestions: string;
  readonly noOwnQuestions: string;
  readonly addLabel: string;
  readonly addButton: string;
  readonly characters: (used: number, max: number) => string;
  readonly remove: (question: string) => string;
  readonly removeVisible: string;
  readonly print: string;
  readonly copy: string;
  /** Visible summary of the list, e.g. "Your list has 3 questions." */
  readonly count: (count: number) => string;
  readonly added: string;
  readonly removed: string;
  readonly empty: string;
  readonly emptyList: string;
  readonly copied: string;
  readonly copyManual: string;
  readonly copyAreaLabel: string;
  readonly printing: string;
  readonly notSaved: string;
  /** Title of the printed and copied list. */
  readonly listTitle: string;
  /** One line under the printed title. */
  readonly listNote: string;
}

export interface QuestionCatalog {
  readonly intro: QuestionIntroEntry;
  readonly topics: Readonly<Record<QuestionTopicId, QuestionTopicEntry>>;
  readonly ui: DoctorQuestionsStrings;
}

/* The treatment-options overview (<treatment-options>) */

/** How a group of treatments is introduced: its heading and the sentence saying what the word means. */
export interface OptionsGroup {
  readonly heading: string;
  readonly intro: string;
}

/** The overview's own words: its title, the introduction and the two group introductions. */
export interface OptionsOverview extends EntryMeta {
  readonly id: 'overview';
  readonly title: string;
  readonly intro: readonly string[];
  readonly groups: Readonly<Record<Scope, OptionsGroup>>;
}

/** Labels of <treatment-options>. */
export interface TreatmentOptionsStrings {
  /** Visible label and accessible name of the table of contents. */
  readonly contents: string;
  /** The link at the end of each card that returns to the overview's title. */
  readonly backToTop: string;
}

export interface OptionsCatalog {
  readonly overview: OptionsOverview;
  readonly ui: TreatmentOptionsStrings;
}
