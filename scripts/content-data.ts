// What the content report shows, gathered from the content modules: every entry of every locale
// with its key, version, words, sources, dates, review state, reading scores and, for a translation,
// its translation record checked against the English entry.
import { catalogFor } from '../src/content/index.js';
import { catalogVersion, entryText, entryVersion, keyedEntries } from '../src/content/entries.js';
import { es } from '../src/content/es/index.js';
import type { Catalog, EntryMeta, Source, TranslationReview } from '../src/content/schema.js';
import { entryInflesz, infleszBand } from './inflesz.js';
import { entryReadability, translationProblems } from './readability.js';

export interface ReportEntry {
  readonly key: string;
  readonly version: string;
  readonly text: readonly string[];
  readonly sources: readonly Source[];
  readonly updated: string;
  readonly reviewBy: string;
  readonly review: string;
  /** Flesch-Kincaid grade (English text). */
  readonly grade?: number;
  readonly labelGrade?: number;
  /** INFLESZ score and band (Spanish text). */
  readonly inflesz?: number;
  readonly band?: string;
  /** For a translation: its review, the English version it translates, and what is wrong with it. */
  readonly translation?: { readonly review: string; readonly sourceVersion: string; readonly problems: readonly string[] };
}

export interface ReportLocale {
  readonly locale: string;
  readonly version: string;
  readonly entries: readonly ReportEntry[];
}

/** The catalogs the package ships, by locale. English is the source of every translation. */
const english = catalogFor('en').catalog;
const CATALOGS: Readonly<Record<string, Catalog>> = { en: english, es };

const round = (n: number) => Math.round(n * 10) / 10;

/** How each language's text is scored: Flesch-Kincaid grades in English, INFLESZ in Spanish. */
const SCORES: Readonly<Record<string, (entry: EntryMeta) => Partial<ReportEntry>>> = {
  en: (entry) => {
    const { grade, labelGrade } = entryReadability(entry);
    return { grade: round(grade), labelGrade: round(labelGrade) };
  },
  es: (entry) => {
    const score = entryInflesz(entry);
    return { inflesz: round(score), band: infleszBand(score) };
  },
};

const translationReview = (review: TranslationReview): string =>
  typeof review === 'object' ? `approved by ${review.translator} for ${review.organization} on ${review.date}` : review;

export function collect(): ReportLocale[] {
  const sources = new Map(keyedEntries(english));
  return Object.entries(CATALOGS).map(([locale, catalog]) => {
    const entries = keyedEntries(catalog).map(([key, entry]): ReportEntry => {
      const review = entry.clinicalReview;
      const scores = (SCORES[locale] ?? SCORES.en)(entry);
      const record = entry.translation;
      return {
        key,
        version: entryVersion(entry),
        text: entryText(entry),
        sources: entry.sources,
        updated: entry.updated,
        reviewBy: entry.reviewBy,
        review: review.status === 'approved' ? `approved by ${review.reviewer} on ${review.date}` : 'pending',
        ...scores,
        ...(record && {
          translation: {
            review: translationReview(record.review),
            sourceVersion: record.sourceVersion,
            problems: translationProblems(entry, sources.get(key)),
          },
        }),
      };
    });
    return { locale, version: catalogVersion(catalog), entries };
  });
}
