import type { Catalog, MetaStrings } from './schema.js';
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

/**
 * Formats an ISO date (YYYY-MM-DD) with the locale's own words (`meta.date`). No `Intl`: building the
 * first date formatter costs a page tens of milliseconds, more than everything else on first render.
 * A malformed date is shown as written.
 */
export function formatDate(iso: string, ui: MetaStrings): string {
  const [year, month, day] = (/^(\d{4})-(\d\d)-(\d\d)$/.exec(iso) ?? []).slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? ui.date(year, month, day) : iso;
}
