import { catalogVersion, keyedEntries, keyOf } from '../content/entries.js';
import { contentFor } from '../content/index.js';
import { primaryLanguage } from '../content/locales.js';
import type { EntryMeta, SafetyPack } from '../content/schema.js';
import { today } from './clock.js';
import { contentState, registeredPack, registeredProducts } from './page-state.js';
import { VERSION } from './version.js';

/** The attribute a prerendered snippet carries its render inputs on (JSON). */
export const RENDER_ATTRIBUTE = 'data-mbc-render';

/**
 * Everything an element's first render depends on besides its markup: what a prerendered snippet
 * records, and what the page must still have for the browser to keep the snippet's nodes. Computed by
 * the same function on the server (the snippets package imports it from `dist/`) and in the page.
 */
export interface RenderInputs {
  /** The package version. */
  readonly version: string;
  /** Version of the text the element can show: its topics in its language (see `catalogVersion`). */
  readonly catalog: string;
  /** The language the text is in (English when the page has not registered the one asked for). */
  readonly locale: string;
  /** `product@version` of each safety pack the element can show (none for elements without safety text). */
  readonly packs: readonly string[];
  /** Partner approvals of that text: `key@version date reviewer, organization`. */
  readonly reviews: readonly string[];
  /** Keys of the entries whose review-by date has passed (they show as possibly out of date). */
  readonly late: readonly string[];
  /** The element's own attributes that its render reads, by name (a boolean attribute is ''). */
  readonly attributes: Readonly<Record<string, string>>;
}

type Topics = Record<string, unknown>;

/** The safety packs an element with the safety topic shows: a sponsor's registered pack, else the built-in one. */
function packsOf(catalog: Topics, lang: string): SafetyPack[] {
  const builtIn = (catalog.safety as { packs?: Record<string, SafetyPack> } | undefined)?.packs;
  if (!builtIn) return [];
  const products = [...new Set([...Object.keys(builtIn), ...registeredProducts()])].sort();
  return products.flatMap((product) => registeredPack(product, lang) ?? builtIn[product] ?? []);
}

/** The render inputs of an element that shows `topics`, in `lang`, with these attributes. */
export function renderInputs(topics: object, lang: string, attributes: Readonly<Record<string, string>>): RenderInputs {
  const { locale, catalog } = contentFor(lang, topics as Topics);
  const packs = packsOf(catalog as Topics, lang);
  const entries = new Map<string, EntryMeta>(keyedEntries(catalog));
  for (const pack of packs) entries.set(keyOf(pack), pack);
  const approved = contentState().reviews[primaryLanguage(locale)] ?? {};
  const day = today();
  const keys = [...entries.keys()].sort();
  return {
    version: VERSION,
    catalog: catalogVersion(catalog),
    locale,
    packs: packs.map((pack) => `${pack.product}@${pack.version}`),
    reviews: keys.flatMap((key) => {
      const review = approved[key];
      return review ? [`${key}@${review.version} ${review.date} ${review.reviewer}, ${review.organization}`] : [];
    }),
    late: keys.filter((key) => day && entries.get(key)!.reviewBy < day),
    attributes: Object.fromEntries(Object.entries(attributes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}

/**
 * The first input that differs between a snippet's record (the attribute's text) and the page's,
 * as a short phrase for the console; '' when they match.
 */
export function differingInput(recorded: string | null, current: RenderInputs): string {
  if (recorded == null) return `it has no ${RENDER_ATTRIBUTE} record`;
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(recorded) as Record<string, unknown>;
  } catch {
    return `its ${RENDER_ATTRIBUTE} record is not valid JSON`;
  }
  if (typeof record !== 'object' || record === null) return `its ${RENDER_ATTRIBUTE} record is not an object`;
  const shorten = (value: unknown) => {
    const text = JSON.stringify(value) ?? 'nothing';
    return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  };
  for (const [field, value] of Object.entries(current)) {
    if (JSON.stringify(record[field]) !== JSON.stringify(value)) {
      return `its ${field} differs (snippet: ${shorten(record[field])}, page: ${shorten(value)})`;
    }
  }
  return '';
}
