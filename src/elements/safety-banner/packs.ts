import { LANGUAGE_TAG } from '../../content/locales.js';
import type { SafetyPack, SafetyPackInput, SafetySection, Source } from '../../content/schema.js';
import { safetyState } from '../../internal/page-state.js';

/** A sponsor's pack names the page language it is for: `en` (the default) or another language tag. */
export type LocalizedPackInput = SafetyPackInput & { readonly locale?: string };
export type LocalizedPack = SafetyPack & { readonly locale?: string };

const PRODUCT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(problem: string): never {
  throw new TypeError(`registerSafetyContent: ${problem}`);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || !value.trim()) fail(`${where} must be a non-empty string.`);
  return value;
}

function texts(value: unknown, where: string): string[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(`${where} must be an array of strings.`);
  return value.map((item, i) => text(item, `${where}[${i}]`));
}

function source(value: unknown, i: number): Source {
  const where = `pack.sources[${i}]`;
  if (!isObject(value)) fail(`${where} must be an object with title and publisher.`);
  const url = value.url;
  if (url !== undefined && (typeof url !== 'string' || !/^https?:\/\//i.test(url))) {
    fail(`${where}.url must be an http: or https: URL when given.`);
  }
  return { title: text(value.title, `${where}.title`), publisher: text(value.publisher, `${where}.publisher`), ...(url ? { url } : {}) };
}

function section(value: unknown, i: number): SafetySection {
  const where = `pack.sections[${i}]`;
  if (!isObject(value)) fail(`${where} must be an object with a heading and paragraphs or items.`);
  const paragraphs = texts(value.paragraphs, `${where}.paragraphs`);
  const items = texts(value.items, `${where}.items`);
  if (!paragraphs?.length && !items?.length) fail(`${where} needs at least one paragraph or item.`);
  return { heading: text(value.heading, `${where}.heading`), ...(paragraphs ? { paragraphs } : {}), ...(items ? { items } : {}) };
}

function review(value: unknown): SafetyPack['clinicalReview'] {
  if (value === undefined) return { status: 'pending' };
  if (isObject(value) && value.status === 'pending') return { status: 'pending' };
  if (isObject(value) && value.status === 'approved') {
    const reviewer = text(value.reviewer, 'pack.clinicalReview.reviewer');
    const date = text(value.date, 'pack.clinicalReview.date');
    if (!ISO_DATE.test(date)) fail('pack.clinicalReview.date must be an ISO date (YYYY-MM-DD).');
    return { status: 'approved', reviewer, date };
  }
  return fail(`pack.clinicalReview must be { status: 'pending' } or { status: 'approved', reviewer, date }.`);
}

/**
 * Checks a sponsor's pack and returns a frozen copy (later changes to the object passed in do not
 * reach the page). Throws a TypeError naming the first problem.
 */
export function validatePack(input: unknown): LocalizedPack {
  if (!isObject(input)) fail('the pack must be an object.');
  const product = text(input.product, 'pack.product');
  if (!PRODUCT.test(product)) fail(`pack.product must be lowercase letters, digits and single hyphens (got "${product.slice(0, 40)}").`);
  const updated = text(input.updated, 'pack.updated');
  if (!ISO_DATE.test(updated) || Number.isNaN(Date.parse(updated))) fail('pack.updated must be an ISO date (YYYY-MM-DD).');
  const reviewBy = input.reviewBy === undefined ? yearAfter(updated) : text(input.reviewBy, 'pack.reviewBy');
  if (!ISO_DATE.test(reviewBy) || Number.isNaN(Date.parse(reviewBy)) || reviewBy <= updated) {
    fail('pack.reviewBy must be an ISO date (YYYY-MM-DD) after pack.updated.');
  }
  if (typeof input.complete !== 'boolean') fail('pack.complete must be true or false.');
  if (!Array.isArray(input.sources) || !input.sources.length) fail('pack.sources must be a non-empty array.');
  if (!Array.isArray(input.sections) || !input.sections.length) fail('pack.sections must be a non-empty array.');
  if (input.lang !== undefined && !LANGUAGE_TAG.test(text(input.lang, 'pack.lang'))) fail('pack.lang must be a language tag such as "en" or "es".');
  const locale = input.locale === undefined ? 'en' : text(input.locale, 'pack.locale');
  if (!LANGUAGE_TAG.test(locale)) fail(`pack.locale must be a language tag such as "en", "es" or "es-US" (got "${locale.slice(0, 40)}").`);
  const pack: LocalizedPack = {
    id: input.id === undefined ? product : text(input.id, 'pack.id'),
    product,
    name: text(input.name, 'pack.name'),
    version: text(input.version, 'pack.version'),
    approvalCode: text(input.approvalCode, 'pack.approvalCode'),
    complete: input.complete,
    keyRisk: text(input.keyRisk, 'pack.keyRisk'),
    sections: input.sections.map(section),
    updated,
    reviewBy,
    sources: input.sources.map(source),
    clinicalReview: review(input.clinicalReview),
    ...(input.lang ? { lang: input.lang as string } : {}),
    ...(input.locale === undefined ? {} : { locale }),
  };
  return deepFreeze(pack);
}

/** The same day a year later: a sponsor pack's default next review. */
function yearAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.toISOString().slice(0, 10);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/**
 * Registers a sponsor's approved Important Safety Information for `pack.product` in `pack.locale`
 * (default `en`), replacing the built-in pack of that product if there is one. Banners already on the
 * page show it at once. The text is regulated: it is shown exactly as given, as plain text, and never
 * translated: a page in another language shows the sponsor's pack for that language (`es` serves
 * `es-US`), else the English pack marked as English and introduced by one sentence in the page's language.
 *
 * Throws a TypeError that says what is wrong when the pack is not valid (nothing changes then).
 * Classic-script pages call it as `window.__mbcElements.registerSafetyContent(pack)`.
 */
export function registerSafetyContent(pack: LocalizedPackInput): LocalizedPack {
  const valid = validatePack(pack);
  const state = safetyState();
  const locale = (valid.locale ?? 'en').toLowerCase();
  if (locale === 'en') state.packs[valid.product] = valid;
  else ((state.localized ??= Object.create(null) as Record<string, Record<string, unknown>>)[locale] ??= Object.create(null))[valid.product] = valid;
  // Banners register under their product even while it is unknown, so those showing a fallback update too.
  for (const list of [state.trays, state.inline]) {
    for (const el of list[valid.product] ?? []) (el as HTMLElement & { requestUpdate?: () => void }).requestUpdate?.();
  }
  return valid;
}
