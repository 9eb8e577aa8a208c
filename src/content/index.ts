import { isEntry, keyedEntries } from './entries.js';
import { registeredFor, type RegisteredLocale } from './locales.js';
import type { Catalog, MetaStrings } from './schema.js';
import { meta as enMeta } from './en/meta.js';
import { treatments as enTreatments } from './en/treatments.js';
import { questions as enQuestions } from './en/questions.js';
import { safety as enSafety } from './en/safety.js';
import { receptors as enReceptors } from './en/receptors.js';
import { options as enOptions } from './en/options.js';

/** A language tag of the content shown: `en`, or a registered language's tag as registered. */
export type Locale = string;
/** The languages built into every bundle. Others register on the page: Spanish by its own file (`locales/es.js`). */
export const LOCALES: readonly Locale[] = ['en'];

type ByLocale<K extends keyof Catalog> = Readonly<Record<'en', Catalog[K]>>;

/*
 * One record per topic, with the built-in English. An element asks for the topics it shows
 * (`contentFor`), so a bundler that builds a single element leaves the other topics' text out.
 * Every other language comes from the page-wide registry (locales.ts).
 */
export const meta: ByLocale<'meta'> = { en: enMeta };
export const treatments: ByLocale<'treatments'> = { en: enTreatments };
export const questions: ByLocale<'questions'> = { en: enQuestions };
export const safety: ByLocale<'safety'> = { en: enSafety };
export const receptors: ByLocale<'receptors'> = { en: enReceptors };
export const options: ByLocale<'options'> = { en: enOptions };

/** Where each object of a put-together catalog came from (entries, labels): its language tag. English is not recorded. */
const origins = new WeakMap<object, RegisteredLocale>();

type Part = { readonly locale: RegisteredLocale; readonly value: unknown };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Entries are chosen one by one, so a group of them (`entries`, `subtypes`) and a topic holding any are walked into. */
const holdsEntries = (value: unknown): boolean =>
  isObject(value) && !isEntry(value) && Object.values(value).some((child) => isEntry(child) || holdsEntries(child));

/**
 * A topic in the first language of `parts` that has each piece, else English: per entry, and per
 * object of labels (`ui`, the footer words), which a pack gives whole. What comes from a registered
 * language is recorded in `origins`, so the element can mark it.
 */
function merge(english: unknown, parts: readonly Part[]): unknown {
  if (holdsEntries(english)) {
    return Object.fromEntries(
      Object.entries(english as Record<string, unknown>).map(([key, child]) => [
        key,
        merge(child, parts.map(({ locale, value }) => ({ locale, value: isObject(value) ? value[key] : undefined }))),
      ]),
    );
  }
  const found = parts.find(({ value }) => isObject(value));
  if (!found) return english;
  origins.set(found.value as object, found.locale);
  return found.value;
}

/** The language an object of a catalog from `contentFor` is in: its registered language, else English. */
export function languageOf(value: object): { readonly tag: string; readonly dir: 'ltr' | 'rtl' } {
  return origins.get(value) ?? ENGLISH;
}
const ENGLISH = { tag: 'en', dir: 'ltr' } as const;

type TopicsOf<T> = { [K in keyof T]: T[K] extends Readonly<Record<'en', infer C>> ? C : never };

export interface Content<C> {
  /** The language the element's root shows (`en` or a registered tag): mark the root with it. */
  readonly locale: Locale;
  readonly dir: 'ltr' | 'rtl';
  readonly catalog: C;
}

/** Catalogs already put together, per topics object (each element passes the same one on every render) and languages. */
const built = new WeakMap<object, Map<string, { parts: readonly RegisteredLocale[]; content: Content<unknown> }>>();

/**
 * The given topics in the language for `lang`: a registered language that matches it (most specific
 * first, each filling in what the other leaves out), else English. `root` picks the object that decides
 * the element's language (its entry, or its labels): when no registered language has it, the whole
 * element shows English, so a label never wraps text in another language. `locale` and `dir` say what
 * the root shows; `languageOf` says it for each entry inside.
 */
export function contentFor<T extends Partial<{ [K in keyof Catalog]: ByLocale<K> }>>(
  lang: string,
  topics: T,
  root?: (catalog: TopicsOf<T>) => object | undefined,
): Content<TopicsOf<T>> {
  const parts = registeredFor(lang);
  const key = parts.map((part) => part.tag).join(' ');
  let cache = built.get(topics);
  if (!cache) built.set(topics, (cache = new Map()));
  let hit = cache.get(key);
  if (!hit || hit.parts.some((part, i) => part !== parts[i])) {
    const catalog = Object.fromEntries(
      Object.entries(topics).map(([name, topic]) => [
        name,
        merge((topic as Record<'en', unknown>).en, parts.map((locale) => ({ locale, value: locale.catalog[name] }))),
      ]),
    );
    keyedEntries(catalog); // gives each entry its key (keyOf) for reviews and review mode
    const first = parts[0];
    cache.set(key, (hit = { parts, content: { locale: first?.tag ?? 'en', dir: first?.dir ?? 'ltr', catalog } }));
  }
  const content = hit.content as Content<TopicsOf<T>>;
  if (!parts.length || !root) return content;
  const shown = root(content.catalog);
  const language = shown ? languageOf(shown) : ENGLISH;
  if (language.tag === content.locale) return content;
  return language === ENGLISH ? contentFor('en', topics) : { ...content, locale: language.tag, dir: language.dir };
}

const ALL = { meta, treatments, questions, safety, receptors, options };

/** Every topic for a language tag (tests and tools; elements use `contentFor` with their own topics). */
export function catalogFor(lang: string): Content<Catalog> {
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
