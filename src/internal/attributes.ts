import { warnOnce } from './warn.js';

const shorten = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

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

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/** `heading-level`: 1 to 6; anything else uses the element's default after one warning. */
export function readHeadingLevel(host: Element, value: string | null | undefined, fallback: HeadingLevel): HeadingLevel {
  const level = readEnum(host, 'heading-level', value, LEVELS);
  return level ? (Number(level) as HeadingLevel) : fallback;
}

/** The level for headings inside an element whose top heading has `level`; never deeper than 6. */
export const innerLevel = (level: HeadingLevel, depth = 1): HeadingLevel =>
  Math.min(6, level + depth) as HeadingLevel;
