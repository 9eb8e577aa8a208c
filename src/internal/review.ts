import { entryVersion, keyOf } from '../content/entries.js';
import { formatDate } from '../content/index.js';
import { LANGUAGE_TAG, primaryLanguage } from '../content/locales.js';
import type { EntryMeta, MetaStrings } from '../content/schema.js';
import { today } from './clock.js';
import { contentState, pageState, type ApprovedEntry } from './page-state.js';
import { warnOnce } from './warn.js';

/** On `<html>`, makes every block show its entry keys, versions and dates (for reviewers' screenshots). */
export const REVIEW_MODE_ATTRIBUTE = 'data-mbc-review';

/** What `registerReview()` takes: who approved which entry versions, for which organization, and when. */
export interface ReviewInput {
  /** Name and role, e.g. "Dr. A. Smith, medical oncologist". */
  readonly reviewer: string;
  /** Whose site the review is for, e.g. "Riverside Cancer Center". */
  readonly organization: string;
  /** ISO date (YYYY-MM-DD) of the review: not in the future. */
  readonly date: string;
  /**
   * Language of the entries approved (its primary subtag counts: `es-US` is `es`). Default `en`. A
   * review covers the versions of that language's text only.
   */
  readonly locale?: string;
  /** Entry key → the version approved, as the content report lists them. */
  readonly entries: Readonly<Record<string, string>>;
}

const KEY = /^[a-z][a-z0-9-]*(?:\.[A-Za-z0-9-]+)+$/;
const VERSION = /^[0-9a-f]{12}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/*
 * Reviews are kept per language (the primary subtag, lowercase): a review approves the versions of
 * the text in its own language only, so a review of English entries never approves their Spanish
 * translations, which have versions of their own.
 */

function fail(problem: string): never {
  throw new TypeError(`registerReview: ${problem}`);
}

function text(value: unknown, name: string): string {
  if (typeof value !== 'string' || !value.trim() || value.length > 200) fail(`${name} must be a non-empty string of at most 200 characters.`);
  return value.trim();
}

/**
 * Records a partner clinician's approval of content entries for this page. Footers then name the
 * reviewer, the organization and the date. A review approves entry versions: an entry whose text
 * changed in a later release shows as not checked again (and the console names it), the others keep
 * the review. Throws a TypeError that says what is wrong; nothing changes then.
 *
 * Classic-script pages call it as `window.__mbcElements.registerReview(review)`.
 */
export function registerReview(review: ReviewInput): Readonly<ReviewInput> {
  if (typeof review !== 'object' || review === null || Array.isArray(review)) fail('the review must be an object.');
  const reviewer = text(review.reviewer, 'reviewer');
  const organization = text(review.organization, 'organization');
  const date = text(review.date, 'date');
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) fail(`date must be an ISO date (YYYY-MM-DD), got "${date.slice(0, 40)}".`);
  const now = today();
  if (now && date > now) fail(`date ${date} is in the future.`);
  const locale = review.locale === undefined ? 'en' : text(review.locale, 'locale');
  if (!LANGUAGE_TAG.test(locale)) fail(`locale must be a language tag such as "en" or "es", got "${locale.slice(0, 40)}".`);
  const entries = review.entries;
  if (typeof entries !== 'object' || entries === null || Array.isArray(entries) || !Object.keys(entries).length) {
    fail('entries must be an object of entry keys and versions, as the content report lists them.');
  }
  for (const [key, version] of Object.entries(entries)) {
    if (!KEY.test(key)) fail(`"${key.slice(0, 60)}" is not an entry key (for example "treatments.hormonal").`);
    if (typeof version !== 'string' || !VERSION.test(version)) fail(`the version of ${key} must be 12 hexadecimal digits, as the content report lists it.`);
  }

  const byKey = (contentState().reviews[primaryLanguage(locale)] ??= Object.create(null) as Record<string, ApprovedEntry>);
  for (const [key, version] of Object.entries(entries)) byKey[key] = Object.freeze({ version, reviewer, organization, date });
  contentState().hosts.forEach((host) => host.requestUpdate());
  return Object.freeze({ reviewer, organization, date, locale, entries: Object.freeze({ ...entries }) });
}

/** Turns review mode on or off for the page (the `data-mbc-review` attribute on `<html>`). */
export function setReviewMode(on: boolean): void {
  globalThis.document?.documentElement.toggleAttribute(REVIEW_MODE_ATTRIBUTE, Boolean(on));
}

/** Whether the page is in review mode. */
export const reviewMode = (): boolean => Boolean(globalThis.document?.documentElement?.hasAttribute(REVIEW_MODE_ATTRIBUTE));

/** Classic-script pages reach the functions through the page state. */
export function exposeReviewFunctions(): void {
  const state = pageState();
  state.registerReview ??= registerReview as (review: unknown) => unknown;
  state.setReviewMode ??= setReviewMode;
}

const warned = {};

/** The partner approval that covers this entry's current text, if any. */
function approvalOf(entry: EntryMeta, locale: string): ApprovedEntry | undefined {
  const key = keyOf(entry);
  const approved = contentState().reviews[primaryLanguage(locale)]?.[key];
  if (!approved) return undefined;
  const version = entryVersion(entry);
  if (approved.version === version) return approved;
  warnOnce(
    warned,
    `${key} has changed since ${approved.reviewer} approved version ${approved.version} for ${approved.organization} ` +
      `(it is now ${version}). It shows as not checked until a new review approves it.`,
  );
  return undefined;
}

/**
 * What the translation records of the entries say: nothing when none is a translation; else that one
 * is out of date, or not yet checked by a qualified medical translator, or who checked them.
 */
function translationChecks(entries: readonly EntryMeta[], ui: MetaStrings): { line: string; checked: boolean } {
  const records = entries.flatMap((entry) => (entry.translation ? [entry.translation.review] : []));
  if (!records.length) return { line: '', checked: true };
  if (records.includes('outdated')) return { line: ui.translationOutdated, checked: false };
  const checks = new Set<string>();
  for (const review of records) {
    if (typeof review !== 'object') return { line: ui.translationPending, checked: false };
    checks.add(ui.translationCheckedBy(review.translator, review.organization, formatDate(review.date, ui)));
  }
  return { line: [...checks].join(' '), checked: true };
}

/**
 * The one review line a widget shows for everything it shows: who checked it (a partner's clinician
 * for their site, or a review shipped with the content), else that no doctor has yet; whether a
 * review date has passed; and for translated text, the state of its translation review.
 */
export function reviewLine(entries: readonly EntryMeta[], locale: string, ui: MetaStrings): string {
  const day = today();
  const late = entries.filter((entry) => day && entry.reviewBy < day);
  for (const entry of late) {
    warnOnce(warned, `${keyOf(entry)} was due to be checked again by ${entry.reviewBy}. It is still shown, marked as possibly out of date.`);
  }
  const checks = new Set<string>();
  for (const entry of entries) {
    const approved = approvalOf(entry, locale);
    const shipped = entry.clinicalReview;
    if (approved) checks.add(ui.checkedFor(approved.reviewer, approved.organization, formatDate(approved.date, ui)));
    else if (shipped.status === 'approved') checks.add(ui.checkedBy(shipped.reviewer, formatDate(shipped.date, ui)));
    else {
      checks.clear();
      break;
    }
  }
  const checked = entries.length > 0 && checks.size > 0;
  const translation = translationChecks(entries, ui);
  const settled = checked && translation.checked && !late.length;
  return [late.length ? ui.outOfDate : '', ...(checked ? checks : [ui.notChecked]), translation.line, settled ? '' : ui.careTeam]
    .filter(Boolean)
    .join(' ');
}
