import { entryVersion, isEntry } from './entries.js';
import { TEMPLATES } from './pack.js';
import type { Catalog } from './schema.js';

/**
 * A complete language pack in JSON, written from a catalog (the English one): what a partner's
 * translators start from. `npm run build` writes it to dist/locales/template.json. Every entry
 * carries the translation record its translation needs (`sourceVersion`: the English entry's version).
 * Not part of the elements' bundles.
 */

/** Arguments that are numbers; the others are words (names, dates already written out). */
const NUMERIC = new Set(['count', 'used', 'max', 'year', 'month', 'day']);
/** Numbers that do not otherwise occur in the text, standing for the arguments. */
const STAND_INS = [7341, 8352, 9463];

/**
 * The template string of a function: called with stand-ins, which then become `{name}`. Word
 * stand-ins are upper case, so a function that lowers a word's case shows as `{name:lower}`.
 */
function templateOf(fn: (...args: never[]) => string, args: readonly string[], values: readonly unknown[] = []): string {
  const inputs = args.map((name, i) => values[i] ?? (NUMERIC.has(name) ? STAND_INS[i] : `{${name.toUpperCase()}}`));
  let text = fn(...(inputs as never[]));
  args.forEach((name, i) => {
    if (values[i] !== undefined) return;
    if (NUMERIC.has(name)) text = text.split(String(STAND_INS[i])).join(`{${name}}`);
    else text = text.split(`{${name.toLowerCase()}}`).join(`{${name}:lower}`).split(`{${name.toUpperCase()}}`).join(`{${name}}`);
  });
  return text;
}

function dateTemplate(fn: (year: number, month: number, day: number) => string) {
  const texts = Array.from({ length: 12 }, (_, i) => fn(STAND_INS[0], i + 1, 28));
  let start = 0;
  while (texts.every((t) => t[start] === texts[0][start])) start += 1;
  let end = 0;
  while (texts.every((t) => t[t.length - 1 - end] === texts[0][texts[0].length - 1 - end])) end += 1;
  const months = texts.map((t) => t.slice(start, t.length - end));
  const format = `${texts[0].slice(0, start)}{month}${texts[0].slice(texts[0].length - end)}`;
  return { format: format.replace(String(STAND_INS[0]), '{year}').replace('28', '{day}'), months };
}

function walk(value: unknown, path: string): unknown {
  if (typeof value === 'function') {
    const spec = TEMPLATES[path];
    if (!spec) throw new Error(`${path} is a function without a template in TEMPLATES (src/content/pack.ts).`);
    if (spec.months) return dateTemplate(value as (year: number, month: number, day: number) => string);
    const other = templateOf(value as () => string, spec.args);
    if (!spec.count) return other;
    // Exact forms only where the count's own wording differs ("Your list is empty.").
    const at = spec.args.indexOf(spec.count);
    const forms: Record<string, string> = {};
    for (const n of [0, 1]) {
      const exact = templateOf(value as () => string, spec.args, spec.args.map((_, i) => (i === at ? n : undefined)));
      if (exact !== other.split(`{${spec.count}}`).join(String(n))) forms[`=${n}`] = exact;
    }
    return Object.keys(forms).length ? { ...forms, other } : other;
  }
  if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    out[key] = at === 'safety.packs' ? {} : walk(child, at);
  }
  if (isEntry(value)) {
    out.clinicalReview = { status: 'pending' };
    out.translation = { from: 'en', sourceVersion: entryVersion(value), review: 'pending' };
  }
  return out;
}

/** The JSON pack for a catalog: registerLocale(tag, packTemplate(catalog)) shows the same text. */
export function packTemplate(catalog: Catalog): Record<string, unknown> {
  return walk(catalog, '') as Record<string, unknown>;
}
