// The Spanish readability score (scripts/inflesz.ts): the syllable counter on words whose syllables
// are known, codes such as HER2, and the Szigriszt-Pazos formula on the INFLESZ scale.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { inflesz, infleszBand, syllables, wordsOf } from '../scripts/inflesz.js';

/** Words with their syllables as the Spanish orthography splits them. */
const WORDS: Record<string, number> = {
  // hiatus: two strong vowels, or a stressed í or ú
  día: 2, leer: 2, país: 2, río: 2, oído: 3, creer: 2, poeta: 3, aéreo: 4, reúne: 3, Raúl: 2, aún: 2, zoológico: 5, chiita: 3, maíz: 2, baúl: 2,
  // diphthongs and triphthongs: a weak vowel joins its neighbour
  cuidado: 3, tiene: 2, buey: 1, ciudad: 2, huevo: 2, aire: 2, causa: 2, estudiáis: 3, Paraguay: 3, cuídate: 3, náuseas: 3, quimioterapia: 5, radioterapia: 5,
  // qu, gu, gü: a silent u, and a sounded one
  que: 1, quien: 1, quién: 1, guerra: 2, guía: 2, pingüino: 3, averigüéis: 4, agua: 2, seguir: 2, lingüística: 4,
  // y: a vowel at the end of a word or alone, else a consonant
  hoy: 1, muy: 1, y: 1, ayuda: 3, leyes: 2, rey: 1, yo: 1, hay: 1,
  // h does not separate vowels
  ahora: 3, ahumado: 3, hierba: 2, deshacer: 3, búho: 2,
  // accented vowels and plain words of the content
  cáncer: 2, células: 3, sistémica: 4, metastásico: 5, estrógeno: 4, progesterona: 5, cirugía: 4, menopausia: 4, patología: 5, médico: 3, atención: 3,
  // a word without vowels still takes a syllable
  Ctrl: 1,
};

/**
 * Codes as they are said: a run of capitals that sounds as one syllable as a word (HER), any other
 * letter by letter and digit by digit, by the Spanish names of letters and digits.
 */
const CODES: Record<string, number> = {
  HER2: 2, // her, dos
  CDK4: 5, // ce, de, ka, cua-tro
  IHC: 4, // i, ha-che, ce
  ER: 3, // e, e-rre
  PR: 3, // pe, e-rre
  ISH: 5, // i, e-se, ha-che
  BRCA: 5, // be, e-rre, ce, a
  'PD-L1': 6, // pe, de, e-le, u-no
  '0': 2, // ce-ro
  '1+': 2, // u-no (the + is not read)
  '2+': 1, // dos
};

describe('INFLESZ: the Spanish syllable counter', () => {
  for (const [word, count] of Object.entries(WORDS)) {
    it(`${word}: ${count}`, () => assert.equal(syllables(word), count));
  }
  for (const [code, count] of Object.entries(CODES)) {
    it(`${code} (a code, read aloud): ${count}`, () => assert.equal(syllables(code), count));
  }

  it('capitals do not make an ordinary word a code, and a hyphenated word counts each part', () => {
    assert.equal(syllables('CÁNCER'), 2);
    assert.equal(syllables('AVISO'), 3);
    assert.equal(syllables('Quimioterapia'), 5);
    assert.equal(syllables('Ctrl+C'), 2);
    assert.equal(syllables('triple-negativo'), 6);
  });

  it('words are letters and digits, with codes and "1+" kept whole, and no punctuation', () => {
    assert.deepEqual(wordsOf('¿Qué mostró la prueba? "HER2 negativo, IHC 1+" o PD-L1.'), ['Qué', 'mostró', 'la', 'prueba', 'HER2', 'negativo', 'IHC', '1+', 'o', 'PD-L1']);
  });
});

describe('INFLESZ: the score and its scale', () => {
  it('is 206.835 − 62.3 × syllables / words − words / sentences', () => {
    // 6 words, 10 syllables (el, ga-to, co-me, el, pe-rro, duer-me), 2 sentences.
    assert.equal(inflesz(['El gato come. El perro duerme.']).toFixed(3), (206.835 - (62.3 * 10) / 6 - 6 / 2).toFixed(3));
    // Each piece ends a sentence, even without a full stop.
    assert.equal(inflesz(['El gato come', 'El perro duerme']).toFixed(3), inflesz(['El gato come. El perro duerme.']).toFixed(3));
  });

  it('longer words and longer sentences score lower', () => {
    const short = inflesz(['Su equipo le ayuda. Usted decide.']);
    const long = inflesz(['Su equipo de atención médica le proporcionará información complementaria sobre los tratamientos disponibles.']);
    assert.ok(short > long, `${short} > ${long}`);
  });

  it('no words, no score', () => assert.equal(inflesz(['']), 0));

  it('bands: below 40 muy difícil, 40-55 algo difícil, 55-65 normal, 65-80 bastante fácil, above 80 muy fácil', () => {
    assert.deepEqual([39.9, 40, 54.9, 55, 64.9, 65, 80, 80.1].map(infleszBand), [
      'muy difícil',
      'algo difícil',
      'algo difícil',
      'normal',
      'normal',
      'bastante fácil',
      'bastante fácil',
      'muy fácil',
    ]);
  });
});
