import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { EntryMeta } from '../src/content/schema.js';

export const MAX_GRADE = 9;

/** Flesch-Kincaid grade of plain text. Hyphenated words count as one word (the stricter reading). */
export function readingGrade(text: string): number {
  const sentences = text.split(/[.!?]+(?=\s|$)/).map((s) => s.trim()).filter(Boolean).length;
  const words = text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences), word: Math.max(1, words.length), syllable: syllables });
}

/** Checks every content entry carries its metadata: an ISO `updated` date, sources and a review state. */
export function metaProblems(entry: EntryMeta): string[] {
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.updated) || Number.isNaN(Date.parse(entry.updated))) problems.push('updated is not an ISO date');
  if (!entry.sources.length) problems.push('no sources');
  for (const source of entry.sources) {
    if (!source.title || !source.publisher) problems.push('a source lacks title or publisher');
    if (source.url && !/^https?:\/\//.test(source.url)) problems.push(`source URL not http(s): ${source.url}`);
  }
  if (entry.clinicalReview.status === 'approved' && (!entry.clinicalReview.reviewer || !entry.clinicalReview.date)) {
    problems.push('an approved review needs a reviewer and a date');
  }
  return problems;
}

/** Wording the content must never use: directives to take medicine, doses, figures. */
export function wordingProblems(text: string): string[] {
  const problems: string[] = [];
  if (/\byou should (take|have|get|use)\b/i.test(text)) problems.push('tells the reader what to take');
  // Digits inside a marker's name (HER2, CDK4/6) are names, not figures.
  if (/(?<![A-Za-z\d/])\d|%/.test(text)) problems.push('contains a figure (no doses, numbers or percentages)');
  if (/\b(mg|milligram|dose|dosage)\b/i.test(text)) problems.push('mentions a dose');
  return problems;
}
