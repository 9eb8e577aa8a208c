/** Where a piece of content comes from. `url` is omitted when the source has no public address. */
export interface Source {
  readonly title: string;
  readonly publisher: string;
  readonly url?: string;
}

/**
 * Clinical review state. Content stays `pending` until a named clinician approves it; nothing may
 * claim a review that has not happened.
 */
export type ClinicalReview =
  | { readonly status: 'pending' }
  | { readonly status: 'approved'; readonly reviewer: string; readonly date: string };

/** Fields every content entry carries. */
export interface EntryMeta {
  readonly id: string;
  /** ISO date (YYYY-MM-DD) the text was last checked against its sources. */
  readonly updated: string;
  readonly sources: readonly Source[];
  readonly clinicalReview: ClinicalReview;
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

/** Words of the interface (labels), as opposed to the medical content: the footer every entry gets. */
export interface MetaStrings {
  readonly updated: string;
  readonly sources: string;
  readonly reviewPending: string;
  readonly reviewedBy: (reviewer: string, date: string) => string;
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
}
