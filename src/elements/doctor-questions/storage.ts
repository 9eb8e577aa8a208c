/** The reader's own question: an id (`own-<n>`) and the text they typed. */
export interface OwnQuestion {
  readonly id: string;
  readonly text: string;
}

/** What a saved list holds: ids of the ticked questions and the reader's own questions. Nothing else. */
export interface SavedList {
  readonly selected: readonly string[];
  readonly own: readonly OwnQuestion[];
}

export const STORAGE_PREFIX = 'mbc-doctor-questions:';
export const DEFAULT_LIST = 'default';
/** Longest question a reader can add. */
export const MAX_QUESTION_LENGTH = 500;
/** More than this many own questions in storage is not plausible; the rest is ignored. */
const MAX_OWN = 200;
const LIST_NAME = /^[a-z0-9_-]{1,64}$/;
const OWN_ID = /^own-\d{1,9}$/;
const QUESTION_ID = /^[a-z0-9-]{1,64}$/;

/**
 * The list name a `persist` value asks for: trimmed and lower-cased, empty means `default`.
 * Returns `undefined` when the name is not 1-64 of a-z, 0-9, `-` and `_`.
 */
export function listName(value: string): string | undefined {
  const name = value.trim().toLowerCase() || DEFAULT_LIST;
  return LIST_NAME.test(name) ? name : undefined;
}

export type ReadResult =
  | { readonly list: SavedList; readonly problem?: undefined }
  | { readonly list?: undefined; readonly problem?: 'unavailable' | 'corrupt' };

/** Keeps only well-formed parts of stored data; `undefined` when nothing in it has the right shape. */
export function sanitise(data: unknown): SavedList | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { selected, own } = data as { selected?: unknown; own?: unknown };
  if (!Array.isArray(selected) && !Array.isArray(own)) return undefined;
  const ids = Array.isArray(selected) ? selected.filter((id): id is string => typeof id === 'string' && QUESTION_ID.test(id)) : [];
  const questions: OwnQuestion[] = [];
  for (const item of Array.isArray(own) ? own.slice(0, MAX_OWN) : []) {
    if (typeof item !== 'object' || item === null) continue;
    const { id, text } = item as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' || !OWN_ID.test(id) || typeof text !== 'string') continue;
    const trimmed = text.trim().slice(0, MAX_QUESTION_LENGTH);
    if (trimmed && !questions.some((q) => q.id === id)) questions.push({ id, text: trimmed });
  }
  return { selected: [...new Set(ids)], own: questions };
}

/** Reads a list. Storage that throws or holds something unreadable is reported, never thrown. */
export function readList(key: string): ReadResult {
  let raw: string | null;
  try {
    raw = globalThis.localStorage.getItem(key);
  } catch {
    return { problem: 'unavailable' };
  }
  if (raw == null) return {};
  try {
    const list = sanitise(JSON.parse(raw));
    return list ? { list } : { problem: 'corrupt' };
  } catch {
    return { problem: 'corrupt' };
  }
}

/** Writes a list; `false` when storage refused (private mode, blocked storage, full quota). */
export function writeList(key: string, list: SavedList): boolean {
  try {
    globalThis.localStorage.setItem(key, JSON.stringify({ v: 1, selected: list.selected, own: list.own }));
    return true;
  } catch {
    return false;
  }
}
