import { keyedEntries } from './entries.js';
import type { Catalog, MetaStrings } from './schema.js';
import { meta as enMeta } from './en/meta.js';
import { treatments as enTreatments } from './en/treatments.js';
import { questions as enQuestions } from './en/questions.js';
import { safety as enSafety } from './en/safety.js';
import { receptors as enReceptors } from './en/receptors.js';
import { options as enOptions } from './en/options.js';

export type Locale = 'en';
export const LOCALES: readonly Locale[] = ['en'];

type ByLocale<K extends keyof Catalog> = Readonly<Record<Locale, Catalog[K]>>;

/*
 * One record per topic, by locale. An element asks for the topics it shows (`contentFor`), so a bundler
 * that builds a single element leaves the other topics' text out.
 */
export const meta: ByLocale<'meta'> = { en: enMeta };
export const treatments: ByLocale<'treatments'> = { en: enTreatments };
export const questions: ByLocale<'questions'> = { en: enQuestions };
export const safety: ByLocale<'safety'> = { en: enSafety };
export const receptors: ByLocale<'receptors'> = { en: enReceptors };
export const options: ByLocale<'options'> = { en: enOptions };

/** The content locale for a language tag: its primary language where there is content for it, else English. */
export function localeFor(lang: string): Locale {
  const primary = lang.toLowerCase().split('-')[0];
  return (LOCALES as readonly string[]).includes(primary) ? (primary as Locale) : 'en';
}

/**
 * The given topics in the locale for `lang`. `locale` says which one was used (English when the language
 * has no content), so the element can mark its text with the right `lang`.
 */
export function contentFor<T extends Partial<{ [K in keyof Catalog]: ByLocale<K> }>>(
  lang: string,
  topics: T,
): { locale: Locale; catalog: { [K in keyof T]: T[K] extends Readonly<Record<Locale, infer C>> ? C : never } } {
  const locale = localeFor(lang);
  let byLocale = built.get(topics);
  if (!byLocale) built.set(topics, (byLocale = {}));
  let catalog = byLocale[locale];
  if (!catalog) {
    catalog = byLocale[locale] = Object.fromEntries(Object.entries(topics).map(([key, topic]) => [key, topic[locale]]));
    keyedEntries(catalog); // gives each entry its key (keyOf) for reviews and review mode
  }
  return { locale, catalog: catalog as never };
}

/** Catalogs already put together, per topics object (each element passes the same one on every render). */
const built = new WeakMap<object, Partial<Record<Locale, object>>>();
const ALL = { meta, treatments, questions, safety, receptors, options };

/** Every topic for a language tag (tests and tools; elements use `contentFor` with their own topics). */
export function catalogFor(lang: string): { locale: Locale; catalog: Catalog } {
  return contentFor(lang, ALL);
}

/**
 * Formats an ISO date (YYYY-MM-DD) with the locale's own words (`meta.date`). No `Intl`: building the
 * first date formatter costs a page tens of milliseconds, more than everything else on first render.
 * A malformed date is shown as written.
 */
export function formatDate(iso: string, ui: MetaStrings): string {
  const [year, month, day] = (/^(\d{4})-(\d\d)-(\d\d)$/.exec(iso) ?? []).slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ui.date(year, month, day) : iso;
}
