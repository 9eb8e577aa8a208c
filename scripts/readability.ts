// Plain-language checks of the content: reading grade, wording and metadata. Used by the content
// tests and by the content report, so both score an entry the same way.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { entryStrings, entryVersion } from '../src/content/entries.js';
import type { EntryMeta } from '../src/content/schema.js';

/** Highest Flesch-Kincaid grade of an entry's running text (the aim is 6 to 7). */
export const MAX_GRADE = 8;
/** Highest grade of any one sentence of eight words or more. */
export const MAX_SENTENCE_GRADE = 12;

/** Fields that name or head text rather than say it: scored apart, never as sentences of the text. */
const LABEL_FIELDS = new Set(['name', 'title', 'heading', 'label', 'version', 'approvalCode', 'lang']);

const WORD = /[\p{L}\p{N}'’+-]+/gu;

/** Splits text into sentences at . ! ? or : followed by a space. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

function grade(sentences: readonly string[]): number {
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return fleschKincaid({ sentence: Math.max(1, sentences.length), word: Math.max(1, words.length), syllable: syllables });
}

/** The entry's running text and its labels, split so a three-word heading is not scored as a sentence. */
export function entryParts(entry: EntryMeta): { prose: string[]; labels: string[] } {
  const strings = entryStrings(entry);
  return {
    prose: strings.filter(({ field }) => !LABEL_FIELDS.has(field)).map(({ text }) => text),
    labels: strings.filter(({ field }) => LABEL_FIELDS.has(field)).map(({ text }) => text),
  };
}

/** Flesch-Kincaid grade of text pieces: each piece (a paragraph, list item or question) ends a sentence. */
export function readingGrade(pieces: readonly string[]): number {
  return grade(pieces.flatMap(sentencesOf));
}

/** Sentences of eight words or more that score above MAX_SENTENCE_GRADE on their own. */
export function hardSentences(pieces: readonly string[]): string[] {
  return pieces
    .flatMap(sentencesOf)
    .filter((sentence) => (sentence.match(WORD) ?? []).length >= 8 && grade([sentence]) > MAX_SENTENCE_GRADE);
}

/** The reading scores of one entry: its running text, and the hardest label on its own. */
export function entryReadability(entry: EntryMeta): { grade: number; hard: string[]; labelGrade: number } {
  const { prose, labels } = entryParts(entry);
  return {
    grade: readingGrade(prose),
    hard: hardSentences(prose),
    labelGrade: labels.length ? Math.max(...labels.map((label) => grade([label]))) : 0,
  };
}

/** Brand names of medicines: educational entries name drug classes, never brands. */
export const BRANDS =
  /\b(faslodex|herceptin|perjeta|enhertu|kadcyla|ibrance|kisqali|verzenio|piqray|truqap|afinitor|nolvadex|arimidex|femara|aromasin|xeloda|lynparza|talzenna|phesgo|nerlynx|tukysa|trodelvy|keytruda|orserdu|itovebi)\b/i;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks an entry's metadata: ISO dates, a next review at most a year after `updated`, https sources. */
export function metaProblems(entry: EntryMeta): string[] {
  const problems: string[] = [];
  if (!ISO_DATE.test(entry.updated) || Number.isNaN(Date.parse(entry.updated))) problems.push('updated is not an ISO date');
  if (!ISO_DATE.test(entry.reviewBy) || Number.isNaN(Date.parse(entry.reviewBy))) problems.push('reviewBy is not an ISO date');
  else {
    const limit = new Date(`${entry.updated}T00:00:00Z`);
    limit.setUTCFullYear(limit.getUTCFullYear() + 1);
    if (entry.reviewBy <= entry.updated) problems.push('reviewBy is not after updated');
    if (Date.parse(entry.reviewBy) > limit.getTime()) problems.push('reviewBy is more than 12 months after updated');
  }
  if (!entry.sources.length) problems.push('no sources');
  for (const source of entry.sources) {
    if (!source.title || !source.publisher) problems.push('a source lacks title or publisher');
    if (source.url && !source.url.startsWith('https://')) problems.push(`source URL is not https: ${source.url}`);
  }
  if (entry.clinicalReview.status === 'approved' && (!entry.clinicalReview.reviewer || !entry.clinicalReview.date)) {
    problems.push('an approved review needs a reviewer and a date');
  }
  return problems;
}

/**
 * Checks a translated entry against the entry it was translated from: it carries a translation record,
 * and when the source has changed since (its version is not the one translated), the translation is
 * marked `review: 'outdated'` rather than silently kept. A translation marked outdated that matches
 * its source again is a mistake too.
 */
export function translationProblems(entry: EntryMeta, source: EntryMeta | undefined): string[] {
  const record = entry.translation;
  if (!record) return ['no translation record'];
  if (!source) return [`no ${record.from} entry to translate from`];
  const now = entryVersion(source);
  if (record.sourceVersion !== now && record.review !== 'outdated') {
    return [`the ${record.from} entry changed (version ${now}, translated from ${record.sourceVersion}): update the translation, or mark its review 'outdated'`];
  }
  if (record.sourceVersion === now && record.review === 'outdated') return [`marked outdated, but it translates the current ${record.from} entry`];
  return [];
}

/**
 * Pathology report codes a reader matches against their own report ("IHC 1+", "IHC 2+ with negative
 * ISH", "IHC 0"): the only digits the text may hold besides marker names such as HER2 or CDK4/6.
 */
const REPORT_CODE = /\bIHC [0-3]\+?/g;

/** Per language: telling the reader what medicine to take, and naming a dose. */
const DIRECTIVES: Record<'en' | 'es', { directive: RegExp; dose: RegExp }> = {
  en: { directive: /\byou should (take|have|get|use)\b/i, dose: /\b(mg|milligram|dose|dosage)\b/i },
  es: {
    directive: /\b(debe|deben|debería|deberían|tiene que|tienen que) (tomar|recibir|usar|ponerse|empezar)\b/i,
    dose: /\b(mg|miligramos?|dosis)\b/i,
  },
};

/** Wording the content must never use: directives to take medicine, doses, figures. */
export function wordingProblems(text: string, locale: 'en' | 'es' = 'en'): string[] {
  const problems: string[] = [];
  const plain = text.replace(REPORT_CODE, 'IHC');
  const { directive, dose } = DIRECTIVES[locale];
  if (directive.test(plain)) problems.push('tells the reader what to take');
  // Digits inside a marker's name (HER2, CDK4/6) are names, not figures.
  if (/(?<![A-Za-z\d/])\d|%/.test(plain)) problems.push('contains a figure (no doses, numbers or percentages)');
  if (dose.test(plain)) problems.push('mentions a dose');
  return problems;
}
