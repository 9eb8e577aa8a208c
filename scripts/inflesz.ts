// Readability of Spanish text: the Szigriszt-Pazos perspicuity on the INFLESZ scale,
//   206.835 − 62.3 × syllables / words − words / sentences,
// with a syllable counter of our own. Used by the content tests and the content report.
import { entryParts, sentencesOf } from './readability.js';
import type { EntryMeta } from '../src/content/schema.js';

/** Lowest INFLESZ score of an entry's running text ("normal" starts at 55). */
export const MIN_INFLESZ = 55;
/** The aim: "bastante fácil". */
export const AIM_INFLESZ = 65;
/** Longest sentence, in words: Spanish runs longer than English, and a long sentence is hard in any language. */
export const MAX_SENTENCE_WORDS = 20;

/** The INFLESZ band of a score, in the scale's own words. */
export function infleszBand(score: number): string {
  if (score < 40) return 'muy difícil';
  if (score < 55) return 'algo difícil';
  if (score < 65) return 'normal';
  if (score <= 80) return 'bastante fácil';
  return 'muy fácil';
}

/*
 * Codes are counted as they are said aloud: a run of capitals that already sounds as one syllable
 * (consonants, one vowel, consonants: the HER of HER2) as a word; any other run letter by letter, and
 * digits one by one, by the Spanish names of letters and digits ("IHC": i-ha-che-ce; "HER2": her-dos).
 * Symbols such as "+" are not counted.
 */
const LETTER_NAMES: Record<string, number> = {
  a: 1, b: 1, c: 1, d: 1, e: 1, f: 2, g: 1, h: 2, i: 1, j: 2, k: 1, l: 2, m: 2,
  n: 2, ñ: 2, o: 1, p: 1, q: 1, r: 2, s: 2, t: 1, u: 1, v: 2, w: 4, x: 2, y: 1, z: 2,
};
const DIGIT_NAMES = [2, 2, 1, 1, 2, 2, 1, 2, 2, 2]; // cero, uno, dos, tres, cuatro, cinco, seis, siete, ocho, nueve

/**
 * A code: a part with a digit (HER2, L1), or of two to four capital letters (ER, IHC, BRCA). A longer
 * word in capitals (AVISO) is a word. An abbreviation with a full stop would end a sentence: the
 * content writes none.
 */
const isCode = (part: string): boolean => /\d/.test(part) || /^\p{Lu}{2,4}$/u.test(part);

const SAID_AS_WORD = /^[bcdfghjklmnñpqrstvwxz]+[aeiou][bcdfghjklmnñpqrstvwxz]+$/;

const spelled = (part: string): number =>
  (part.toLowerCase().match(/\p{L}+|\d/gu) ?? []).reduce(
    (sum, run) =>
      sum +
      (/\d/.test(run)
        ? DIGIT_NAMES[Number(run)]
        : SAID_AS_WORD.test(run)
          ? 1
          : [...run].reduce((letters, char) => letters + (LETTER_NAMES[char.normalize('NFD')[0]] ?? 0), 0)),
    0,
  );

const STRONG = new Set('aeoáéóíú'); // í and ú carry the stress, so they never join a neighbour
const VOWELS = new Set('aeiouáéíóúü');

/**
 * Syllables of one Spanish word: its vowel nuclei. Two strong vowels (a, e, o), or a stressed í or ú
 * beside any vowel, are in hiatus (two syllables: "le-er", "dí-a", "o-í-do"); a weak vowel (i, u, ü)
 * joins its neighbour in a diphthong or triphthong ("cui-da-do", "buey"), as does y at the end of a
 * word or before a consonant ("hoy", "muy"); elsewhere y is a consonant ("a-yu-da"). The u of que,
 * qui, gue, gui is silent; h does not separate vowels ("ahu-ma-do"). At least one syllable.
 */
function wordSyllables(word: string): number {
  const letters = word
    .toLowerCase()
    .normalize('NFC')
    .replace(/(?<=[qg])u(?=[eiéí])/g, '')
    .replace(/h/g, '')
    .replace(/y(?=[^aeiouáéíóúü]|$)/g, 'i');
  let count = 0;
  let previous = '';
  for (const char of letters) {
    if (!VOWELS.has(char)) {
      previous = '';
      continue;
    }
    const hiatus = previous && ((STRONG.has(previous) && STRONG.has(char)) || previous === char);
    if (!previous || hiatus) count += 1;
    previous = char;
  }
  return Math.max(1, count);
}

/** Syllables of a token as it is read: words by their vowels, codes letter by letter (see above). */
export function syllables(token: string): number {
  return token
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .reduce((sum, part) => sum + (isCode(part) ? spelled(part) : wordSyllables(part)), 0);
}

/** Words: letters and digits, joined by hyphens, apostrophes or "+" into one token ("PD-L1", "Ctrl+C"). */
const WORD = /[\p{L}\p{N}]+(?:[-'’+][\p{L}\p{N}]+)*\+?/gu;

export const wordsOf = (text: string): string[] => text.match(WORD) ?? [];

/** The INFLESZ score of text pieces: each piece (a paragraph, list item or question) ends a sentence. */
export function inflesz(pieces: readonly string[]): number {
  const sentences = pieces.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  if (!words.length) return 0;
  const count = words.reduce((sum, word) => sum + syllables(word), 0);
  return 206.835 - (62.3 * count) / words.length - words.length / Math.max(1, sentences.length);
}

/** The INFLESZ score of an entry's running text (names and headings are not sentences and are left out). */
export const entryInflesz = (entry: EntryMeta): number => inflesz(entryParts(entry).prose);

/** Sentences of more than MAX_SENTENCE_WORDS words. */
export const longSentences = (pieces: readonly string[]): string[] =>
  pieces.flatMap(sentencesOf).filter((sentence) => wordsOf(sentence).length > MAX_SENTENCE_WORDS);
