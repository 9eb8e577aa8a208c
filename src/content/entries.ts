import type { EntryMeta } from './schema.js';

/**
 * Content entries as a reviewer sees them: each has a key (its path in the catalog) and a version
 * derived from its words and sources, so a version can never be forgotten or left stale by hand.
 */

/** Fields that describe an entry rather than say something: they do not change its version. */
const META_FIELDS = new Set(['updated', 'reviewBy', 'clinicalReview', 'translation']);

/** A content entry: anything with an `updated` date and `sources` (labels and groups of entries are not). */
export const isEntry = (value: unknown): value is EntryMeta =>
  typeof value === 'object' && value !== null && typeof (value as EntryMeta).updated === 'string' && Array.isArray((value as EntryMeta).sources);

const keys = new WeakMap<object, string>();

/**
 * Every entry under `value` with its key: the path from the catalog root, leaving out `entries`
 * (`treatments.hormonal`, `receptors.subtypes.triple-negative`, `safety.disclaimer`). Labels (`ui`)
 * and the footer words (`meta`) are not entries.
 */
export function keyedEntries(value: unknown, path: readonly string[] = []): [string, EntryMeta][] {
  if (isEntry(value)) {
    const key = path.join('.');
    keys.set(value, key);
    return [[key, value]];
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([name, child]) =>
    name === 'ui' || (name === 'meta' && !path.length) ? [] : keyedEntries(child, name === 'entries' ? path : [...path, name]),
  );
}

/** The key of an entry of a catalog put together by `contentFor`, else its `id` (a sponsor's safety pack). */
export const keyOf = (entry: EntryMeta): string => keys.get(entry) ?? entry.id;

/** Two 32-bit FNV-1a lanes with different offsets and multipliers, written as 12 hex digits. */
function hash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + ((b >>> 0) & 0xffff).toString(16).padStart(4, '0');
}

/** JSON with sorted keys and without the meta fields, so the same words always give the same text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.keys(value)
      .filter((name) => !META_FIELDS.has(name))
      .sort()
      .map((name) => `${JSON.stringify(name)}:${canonical((value as Record<string, unknown>)[name])}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Fields that hold ids and references, not words the reader sees. */
const NOT_WORDS = new Set(['sources', 'id', 'product', 'scope', 'treatment']);

const versions = new WeakMap<object, string>();

/** The version of an entry: a hash of its text and sources (not its dates or review state). */
export function entryVersion(entry: EntryMeta): string {
  let version = versions.get(entry);
  if (!version) versions.set(entry, (version = hash(canonical(entry))));
  return version;
}

/** The version of a whole catalog: a hash of every entry's key and version. */
export function catalogVersion(catalog: unknown): string {
  return hash(
    keyedEntries(catalog)
      .map(([key, entry]) => `${key}=${entryVersion(entry)}`)
      .sort()
      .join('\n'),
  );
}

/** Every string an entry says, in order, with the field it is in (no ids, dates, sources or review state). */
export function entryStrings(entry: EntryMeta): { field: string; text: string }[] {
  const out: { field: string; text: string }[] = [];
  const walk = (value: unknown, field: string) => {
    if (META_FIELDS.has(field) || NOT_WORDS.has(field)) return;
    if (typeof value === 'string') out.push({ field, text: value });
    else if (Array.isArray(value)) value.forEach((item) => walk(item, field));
    else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([key, child]) => walk(child, key));
  };
  walk(entry, '');
  return out;
}

/** Every string an entry says, in order. */
export const entryText = (entry: EntryMeta): string[] => entryStrings(entry).map(({ text }) => text);
