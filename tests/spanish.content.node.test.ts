// Content checks of the Spanish catalog (src/content/es), in Node: every entry translates the current
// English entry or says it is out of date, reads at INFLESZ 55 or more, follows the Spanish wording
// rules, and cites the Spanish page of its sources where one exists; every label is translated.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { entryText, entryVersion, keyedEntries } from '../src/content/entries.js';
import { catalogFor, formatDate } from '../src/content/index.js';
import * as enSources from '../src/content/en/sources.js';
import { es } from '../src/content/es/index.js';
import * as esSources from '../src/content/es/sources.js';
import type { EntryMeta, Source } from '../src/content/schema.js';
import { AIM_INFLESZ, entryInflesz, longSentences, MAX_SENTENCE_WORDS, MIN_INFLESZ } from '../scripts/inflesz.js';
import { BRANDS, entryParts, metaProblems, translationProblems, wordingProblems } from '../scripts/readability.js';

const en = catalogFor('en').catalog;
const english = new Map(keyedEntries(en));
const spanish = keyedEntries(es);
const text = (entry: EntryMeta) => entryText(entry).join(' ');
const catalogText = spanish.map(([, entry]) => text(entry)).join('\n');

/** Every string of a labels object, functions called with sample arguments, by path. */
function labels(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String(value('Nombre', 3, 12))]];
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, child]) => labels(child, path ? `${path}.${key}` : key));
  return [];
}

/** The informal "tú" and its forms: the content speaks to the reader as "usted". */
const INFORMAL = /(?<!\p{L})(tú|tu|tus|te|ti|contigo)(?!\p{L})/iu;

/** Labels that are the same in both languages: a marker's name. */
const SAME_IN_BOTH = new Set(['receptors.legends.her2']);

describe('Spanish content: the catalog', () => {
  it('has every English entry, by the same keys, except product safety packs (never translated)', () => {
    const keys = spanish.map(([key]) => key);
    assert.deepEqual(keys, [...english.keys()].filter((key) => !key.startsWith('safety.packs.')));
    assert.deepEqual(es.safety.packs, {});
  });

  it('every label of every element is translated, and functions take the same arguments', () => {
    const topics = ['treatments', 'questions', 'safety', 'receptors', 'options'] as const;
    const pairs = [
      ...labels(es.meta).map(([path, value], i) => [`meta.${path}`, value, labels(en.meta)[i]] as const),
      ...topics.flatMap((topic) => labels(es[topic].ui).map(([path, value], i) => [`${topic}.${path}`, value, labels(en[topic].ui)[i]] as const)),
    ];
    const enCount = labels(en.meta).length + topics.reduce((n, topic) => n + labels(en[topic].ui).length, 0);
    assert.equal(pairs.length, enCount);
    for (const [path, value, [enPath, enValue]] of pairs) {
      assert.equal(path.split('.').slice(1).join('.'), enPath, 'labels in the same order as the English ones');
      if (SAME_IN_BOTH.has(path)) assert.equal(value, enValue);
      else assert.notEqual(value, enValue, `${path} is not translated`);
      assert.doesNotMatch(value, /\b(the|your|and|of|to|with)\b/, `${path} has English words: ${value}`);
      assert.doesNotMatch(value, INFORMAL, `${path} speaks to the reader as "usted"`);
    }
    const fns = (o: object) => Object.values(o).filter((v) => typeof v === 'function').map((f: (...a: never[]) => unknown) => f.length);
    assert.deepEqual(fns(es.meta), fns(en.meta));
  });

  it('dates read as "1 de diciembre de 2026": day, month in lowercase, year, joined by "de"', () => {
    assert.equal(formatDate('2026-12-01', es.meta), '1 de diciembre de 2026');
    assert.equal(formatDate('2027-01-31', es.meta), '31 de enero de 2027');
    assert.equal(es.meta.checkedBy('Dra. A. Ruiz', formatDate('2026-11-27', es.meta)), 'Revisado por Dra. A. Ruiz el 27 de noviembre de 2026.');
  });

  it('counts agree with the number', () => {
    assert.equal(es.questions.ui.count(0), 'Su lista está vacía.');
    assert.equal(es.questions.ui.count(1), 'Su lista tiene 1 pregunta.');
    assert.equal(es.questions.ui.count(4), 'Su lista tiene 4 preguntas.');
    assert.equal(es.meta.sources(1), 'Fuentes (1)');
  });

  it('safety: the general disclaimer is translated; a product ISI is introduced as available in English only', () => {
    assert.match(es.safety.disclaimer.paragraphs.join(' '), /No reemplaza los consejos de su equipo de atención médica/);
    assert.equal(es.safety.ui.englishOnly, 'La información de seguridad de este medicamento solo está disponible en inglés.');
    assert.ok(en.safety.ui.englishOnly, 'English has the same label, for the shape');
  });
});

describe('Spanish content: every entry', () => {
  for (const [key, entry] of spanish) {
    it(`${key}: translates the current English entry (or is marked out of date), INFLESZ ${MIN_INFLESZ} or more, short sentences, metadata, safe wording`, () => {
      assert.deepEqual(translationProblems(entry, english.get(key)), []);
      assert.equal(entry.translation?.from, 'en');
      assert.notEqual(entryVersion(entry), entryVersion(english.get(key)!), 'a Spanish entry has a version of its own');
      const score = entryInflesz(entry);
      assert.ok(score >= MIN_INFLESZ, `INFLESZ ${score.toFixed(1)} is below ${MIN_INFLESZ}`);
      assert.deepEqual(longSentences(entryParts(entry).prose), [], `sentences of more than ${MAX_SENTENCE_WORDS} words`);
      assert.deepEqual(metaProblems(entry), []);
      assert.deepEqual(wordingProblems(entryParts(entry).prose.join(' '), 'es'), []);
      assert.equal(entry.clinicalReview.status, 'pending', 'no clinician has reviewed the Spanish content');
      assert.equal(entry.translation?.review, 'pending', 'no medical translator has reviewed it yet');
      assert.equal(entry.updated, '2026-12-01');
    });

    it(`${key}: "usted", never "tú"; "cáncer de seno (mama)" at the first mention of the breast, then "seno"`, () => {
      const words = text(entry);
      assert.doesNotMatch(words, INFORMAL, 'speaks to the reader as "usted"');
      const mentions = [...words.matchAll(/(?<!\p{L})(seno|mama)(?!\p{L})( \(mama\))?/giu)];
      if (mentions.length) {
        assert.equal(mentions[0][0].toLowerCase(), 'seno (mama)', 'the first mention names both terms');
        assert.ok(
          mentions.slice(1).every((m) => m[0].toLowerCase() === 'seno'),
          'then one term throughout',
        );
      }
      assert.doesNotMatch(words, /\bhormonoterapia\b|\bestadio\b/i, 'the glossary terms: terapia hormonal, etapa');
    });

    it(`${key}: cites the Spanish page of each English source where there is one, else the English page, marked English`, () => {
      const enEntry = english.get(key)!;
      const nameOf = (source: Source, from: Record<string, unknown>) => Object.keys(from).find((name) => from[name] === source);
      const expected = enEntry.sources.map((source) => {
        const name = nameOf(source, enSources);
        assert.ok(name, `${source.title} is one of the English sources`);
        const counterpart = (esSources as unknown as Record<string, Source>)[name];
        assert.ok(counterpart, `es/sources.ts has ${name}`);
        return counterpart;
      });
      assert.deepEqual(entry.sources, expected);
      for (const source of entry.sources) {
        assert.ok(source.url?.startsWith('https://'), `${source.title}: https`);
        if (source.lang === 'en') assert.equal(source.title, enEntry.sources.find((s) => s.url === source.url)?.title);
        else assert.match(source.url!, /\/es\/|\/espanol\//, `${source.title}: a Spanish page`);
      }
      assert.doesNotMatch(text(entry), BRANDS);
    });
  }

  it(`at most three entries under the aim of ${AIM_INFLESZ} (a ratchet: lower it as entries get simpler)`, () => {
    const under = spanish.filter(([, entry]) => entryInflesz(entry) < AIM_INFLESZ).map(([key]) => key);
    assert.ok(under.length <= 3, `under ${AIM_INFLESZ}: ${under.join(', ')}`);
  });
});

describe('Spanish content: translation records', () => {
  const entry = es.treatments.entries.hormonal;
  const source = en.treatments.entries.hormonal;

  it('an English change fails the check until the translation is updated or marked out of date', () => {
    const changed = { ...source, summary: `${source.summary} More.` };
    assert.match(translationProblems(entry, changed).join(' '), /changed .* mark its review 'outdated'/);
    const marked = { ...entry, translation: { ...entry.translation!, review: 'outdated' as const } };
    assert.deepEqual(translationProblems(marked, changed), []);
    assert.match(translationProblems(marked, source).join(' '), /marked outdated, but it translates the current/);
  });

  it('a date change in English is not a change of its words', () => {
    assert.deepEqual(translationProblems(entry, { ...source, updated: '2027-01-01', reviewBy: '2028-01-01' }), []);
  });

  it('an entry without a record, or without an English entry, is reported', () => {
    assert.deepEqual(translationProblems({ ...entry, translation: undefined }, source), ['no translation record']);
    assert.deepEqual(translationProblems(entry, undefined), ['no en entry to translate from']);
  });
});

describe('Spanish content: the corrected English facts carry over', () => {
  const r = es.receptors;
  it('HER2-low: one targeted drug, carrying a chemotherapy drug; the report codes a reader can match', () => {
    for (const id of ['her2-low', 'her2-low-hormone-positive'] as const) {
      assert.match(r.reasons[id].text, /un medicamento de terapia dirigida|otro que está aprobado/);
      assert.match(r.reasons[id].text, /Lleva un medicamento de quimioterapia a las células del cáncer/);
    }
    assert.match(r.markers.her2.results.low!, /"HER2 negativo, IHC 1\+"/);
    assert.match(r.markers.her2.results.low!, /"IHC 2\+ con ISH negativo"/);
    assert.match(r.markers.her2.results.negative, /"IHC 0 con tinción débil"/);
    assert.match(r.markers.her2.results.negative, /HER2 ultrabajo/);
  });

  it('menopause: also before it, together with treatment that stops the ovaries', () => {
    assert.match(r.menopause.post.text.join(' '), /Se usan después de la menopausia\. También se usan antes, junto con un tratamiento/);
    assert.match(r.menopause.pre.text.join(' '), /solo se usan antes de la menopausia si también se hace esto/);
    assert.doesNotMatch(catalogText, /solo después de la menopausia/i);
  });

  it('combinations "se puede(n) dar junto con", never "a menudo"; testing also uses blood samples', () => {
    assert.doesNotMatch(catalogText, /a menudo se (da|dan)|suele(n)? darse/i);
    assert.match(r.testing.text.join(' '), /muestra de sangre/);
    assert.match(r.tripleNegativeTests.text.join(' '), /PD-L1 o de BRCA/);
    assert.doesNotMatch(catalogText, /pembrolizumab|olaparib|sacituzumab|talazoparib|trastuzumab|fulvestrant/i);
  });

  it('no question about life expectancy, and no battle words', () => {
    assert.doesNotMatch(catalogText, /cuánto tiempo (me queda|de vida)|esperanza de vida/i);
    assert.doesNotMatch(catalogText, /(?<!\p{L})(lucha\p{L}*|batalla\p{L}*|guerr\p{L}*|vencer|combat\p{L}*)(?!\p{L})/iu);
  });

  it('people with metastatic breast cancer, men included', () => {
    assert.match(r.menopause['not-applicable'].text.join(' '), /a los hombres con cáncer de seno \(mama\)/);
    assert.match(es.options.overview.intro.join(' '), /Las personas con cáncer de seno metastásico/);
  });
});
