import type { Catalog } from './schema.js';
import { meta } from './en/meta.js';
import { treatments } from './en/treatments.js';
import { questions } from './en/questions.js';
import { safety } from './en/safety.js';
import { receptors } from './en/receptors.js';
import { options } from './en/options.js';

export type Locale = 'en';

const catalogs: Record<Locale, Catalog> = {
  en: { meta, treatments, questions, safety, receptors, options },
};

/**
 * The catalog for a language tag. A locale without content falls back to English; `locale` says
 * which one was used so the element can mark its text with the right `lang`.
 */
export function catalogFor(lang: string): { locale: Locale; catalog: Catalog } {
  const primary = lang.toLowerCase().split('-')[0];
  const locale: Locale = primary in catalogs ? (primary as Locale) : 'en';
  return { locale, catalog: catalogs[locale] };
}

/** Formats an ISO date (YYYY-MM-DD) for a locale, without time-zone drift. */
export function formatDate(iso: string, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}
