import { safeUrl } from './safe-url.js';
import { warnOnce } from './warn.js';

/** An attribute value as quoted in a warning: long values are cut, so a warning stays one line. */
export const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/**
 * Reads an enumerated attribute the way HTML does: trimmed and ASCII case-insensitive.
 * Returns the matching allowed value, or `undefined` (after one warning naming the valid values)
 * when the attribute is present but not valid. An absent attribute returns `undefined` silently.
 */
export function readEnum<T extends string>(
  host: Element,
  attribute: string,
  value: string | null | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value == null) return undefined;
  const normalised = value.trim().toLowerCase();
  const match = allowed.find((option) => option === normalised);
  if (!match) {
    warnOnce(
      host,
      `<${host.localName}> ${attribute}="${shorten(value)}" is not valid. Valid values: ${allowed.join(', ')}.`,
    );
  }
  return match;
}

/**
 * Reads a comma-separated list of allowed names (subset and order), trimmed and case-insensitive.
 * Duplicates are dropped and unknown names skipped, with one warning. An absent attribute, or a list
 * with no known name (after one warning), gives every allowed name.
 */
export function readNames<T extends string>(host: Element, attribute: string, value: unknown, allowed: readonly T[]): T[] {
  if (value == null) return [...allowed];
  const raw = String(value);
  const chosen: T[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(',')) {
    const name = part.trim().toLowerCase();
    const match = allowed.find((option) => option === name);
    if (!match) {
      if (name) unknown.push(`"${shorten(part.trim())}"`);
    } else if (!chosen.includes(match)) chosen.push(match);
  }
  const tag = `<${host.localName}> ${attribute}`;
  const valid = `Valid values: ${allowed.join(', ')}.`;
  if (!chosen.length) {
    warnOnce(host, `${tag}="${shorten(raw)}" names nothing known, so all are shown. ${valid}`);
    return [...allowed];
  }
  if (unknown.length) warnOnce(host, `${tag}: skipped unknown ${unknown.join(', ')}. ${valid}`);
  return chosen;
}

/**
 * Reads a link attribute through the URL allow-list. `given` says the attribute was set: a refused URL
 * (one warning) keeps its text on screen without the link.
 */
export function readUrl(host: Element, attribute: string, value: string | null | undefined) {
  const href = safeUrl(value);
  if (value != null && !href) {
    warnOnce(host, `<${host.localName}> ${attribute} is not an allowed URL (use https:, http:, a relative URL, mailto: or tel:); its text is shown without a link.`);
  }
  return { href, given: value != null };
}

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/** `heading-level`: 1 to 6; anything else uses the element's default after one warning. */
export function readHeadingLevel(host: Element, value: unknown, fallback: HeadingLevel): HeadingLevel {
  const level = readEnum(host, 'heading-level', value == null ? value : String(value), LEVELS);
  return level ? (Number(level) as HeadingLevel) : fallback;
}

/** The level for headings inside an element whose top heading has `level`; never deeper than 6. */
export const innerLevel = (level: HeadingLevel, depth = 1): HeadingLevel =>
  Math.min(6, level + depth) as HeadingLevel;

export const COLOR_SCHEMES = ['auto', 'light', 'dark'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/**
 * `color-scheme`: auto (follow the page's colour scheme), light or dark. The styles act on the
 * attribute itself (so it works before script runs); this only warns about an unknown value.
 */
export function readColorScheme(host: Element, value: string | null | undefined): ColorScheme {
  return readEnum(host, 'color-scheme', value, COLOR_SCHEMES) ?? 'auto';
}
