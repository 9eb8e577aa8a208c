// What the content report shows, gathered from the content modules: every entry of every locale
// with its key, version, words, sources, dates, review state and reading scores.
import { catalogFor, LOCALES } from '../src/content/index.js';
import { catalogVersion, entryText, entryVersion, keyedEntries } from '../src/content/entries.js';
import type { Source } from '../src/content/schema.js';
import { entryReadability } from './readability.js';

export interface ReportEntry {
  readonly key: string;
  readonly version: string;
  readonly text: readonly string[];
  readonly sources: readonly Source[];
  readonly updated: string;
  readonly reviewBy: string;
  readonly review: string;
  readonly grade: number;
  readonly labelGrade: number;
}

export interface ReportLocale {
  readonly locale: string;
  readonly version: string;
  readonly entries: readonly ReportEntry[];
}

export function collect(): ReportLocale[] {
  return LOCALES.map((locale) => {
    const { catalog } = catalogFor(locale);
    const entries = keyedEntries(catalog).map(([key, entry]): ReportEntry => {
      const scores = entryReadability(entry);
      const review = entry.clinicalReview;
      return {
        key,
        version: entryVersion(entry),
        text: entryText(entry),
        sources: entry.sources,
        updated: entry.updated,
        reviewBy: (entry as { reviewBy?: string }).reviewBy ?? '',
        review: review.status === 'approved' ? `approved by ${review.reviewer} on ${review.date}` : 'pending',
        grade: Math.round(scores.grade * 10) / 10,
        labelGrade: Math.round(scores.labelGrade * 10) / 10,
      };
    });
    return { locale, version: catalogVersion(catalog), entries };
  });
}
