// Content checks over every entry of every locale, in Node (data, not browser behaviour):
// scripts/test.mjs bundles this file with esbuild and runs it with node --test, on the shared test clock.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogVersion, entryText, entryVersion, keyedEntries } from '../src/content/entries.js';
import { catalogFor, formatDate, LOCALES } from '../src/content/index.js';
import type { EntryMeta, Source } from '../src/content/schema.js';
import { VERSION } from '../src/internal/version.js';
import { BRANDS, entryParts, entryReadability, MAX_GRADE, MAX_SENTENCE_GRADE, metaProblems, wordingProblems } from '../scripts/readability.js';

const { catalog } = catalogFor('en');
const all = keyedEntries(catalog);
const educational = all.filter(([key]) => !key.startsWith('safety.packs.'));
const packs = all.filter(([key]) => key.startsWith('safety.packs.'));
const text = (entry: EntryMeta) => entryText(entry).join(' ');
const catalogText = all.map(([, entry]) => text(entry)).join('\n');

/** Makers of medicines and their product sites: cited only by that product's own safety pack. */
const PRODUCT_SITES = /astrazeneca|faslodex|pfizer|novartis|genentech|roche|lilly|daiichi|gilead|merck|\bpatient website\b/i;
const sourceText = (s: Source) => `${s.title} ${s.publisher} ${s.url ?? ''}`;

describe('English content: every entry', () => {
  it('has unique keys, and a version that is a hash of its words and sources', () => {
    const keys = all.map(([key]) => key);
    assert.equal(new Set(keys).size, keys.length);
    assert.ok(keys.includes('treatments.hormonal') && keys.includes('receptors.subtypes.triple-negative') && keys.includes('safety.disclaimer'));
    for (const [, entry] of all) assert.match(entryVersion(entry), /^[0-9a-f]{12}$/);
    const [, first] = all[0];
    assert.equal(entryVersion({ ...first, updated: '2020-01-01', reviewBy: '2020-06-01' }), entryVersion(first), 'dates do not change a version');
    assert.notEqual(entryVersion({ ...first, sources: [] }), entryVersion(first), 'sources change a version');
    assert.notEqual(entryVersion({ ...first, id: `${first.id}x` } as EntryMeta), entryVersion(first));
    assert.match(catalogVersion(catalog), /^[0-9a-f]{12}$/);
  });

  for (const [key, entry] of all) {
    it(`${key}: grade ${MAX_GRADE} or below, no long sentence above grade ${MAX_SENTENCE_GRADE}, metadata, safe wording`, () => {
      const { grade, hard } = entryReadability(entry);
      assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
      assert.deepEqual(hard, [], 'sentences of eight words or more above the sentence limit');
      assert.deepEqual(metaProblems(entry), []);
      assert.deepEqual(wordingProblems(entryParts(entry).prose.join(' ')), []);
      assert.equal(entry.clinicalReview.status, 'pending', 'no clinician has reviewed the shipped content');
      assert.equal(entry.updated, '2026-12-01');
    });
  }

  for (const [key, entry] of educational) {
    it(`${key}: cites only neutral public sources, over https, and names no brand`, () => {
      assert.ok(entry.sources.length >= 1);
      for (const source of entry.sources) {
        assert.doesNotMatch(sourceText(source), PRODUCT_SITES, `a product website is cited: ${source.title}`);
        assert.ok(source.url?.startsWith('https://'), `${source.title}: every educational source has an https address`);
      }
      assert.doesNotMatch(text(entry), BRANDS);
    });
  }

  it('a product website is cited by its own safety pack only', () => {
    const packSources = new Set(packs.flatMap(([, pack]) => pack.sources.map(sourceText)));
    for (const [, entry] of educational) for (const source of entry.sources) assert.ok(!packSources.has(sourceText(source)));
  });

  it('the pancreatic cancer charity page is credited to its publisher, not to NCCN', () => {
    for (const [, entry] of all) {
      for (const source of entry.sources) {
        if (source.url?.includes('pancreatic.org')) assert.match(source.publisher, /PanCAN/);
        if (/NCCN/.test(source.publisher)) assert.ok(source.url?.includes('nccn.org'));
      }
    }
  });
});

describe('English content: corrections', () => {
  const receptors = catalog.receptors;
  it('HER2-low: nothing says HER2-targeted drugs do not help, and one targeted drug is named for HER2-low', () => {
    assert.doesNotMatch(catalogText, /HER2-targeted drugs do not help/i);
    assert.doesNotMatch(catalogText, /some targeted drugs are now used for some HER2-low/i);
    for (const id of ['her2-low', 'her2-low-hormone-positive'] as const) {
      assert.match(receptors.reasons[id].text, /One targeted drug is approved for HER2-low cancer/);
      assert.match(receptors.reasons[id].text, /carries a chemotherapy drug/);
    }
    assert.ok(receptors.reasons['her2-low-hormone-positive'].sources.some((s) => s.url?.includes('fda.gov')), 'the hormone receptor-positive case cites the FDA approval');
  });

  it('HER2-low and ultralow: the report codes a reader can match', () => {
    assert.match(receptors.markers.her2.results.low!, /"HER2-negative, IHC 1\+"/);
    assert.match(receptors.markers.her2.results.low!, /"IHC 2\+ with negative ISH"/);
    assert.match(receptors.markers.her2.results.negative, /"IHC 0 with faint staining"/);
    assert.match(receptors.markers.her2.results.negative, /HER2-ultralow/);
  });

  it('menopause: never "only after menopause"; before it, together with treatment that stops the ovaries', () => {
    assert.doesNotMatch(catalogText, /used only for people who have been through menopause/i);
    assert.match(receptors.menopause.post.text.join(' '), /used after menopause\. They are also used before it, together with treatment that stops the ovaries/);
    assert.match(receptors.menopause.pre.text.join(' '), /used before menopause only when this is done too/);
  });

  it('combinations are "may be given with", never "often given with"; chemotherapy "can shrink tumors" and no more', () => {
    assert.doesNotMatch(catalogText, /often given with/i);
    assert.doesNotMatch(catalogText, /shrink tumors all through the body/i);
    assert.match(catalog.treatments.entries.chemotherapy.howUsed.join(' '), /It can shrink tumors\./);
  });

  it('triple-negative: other tests such as PD-L1 or BRCA, without naming drugs', () => {
    const tests = receptors.tripleNegativeTests.text.join(' ');
    assert.match(tests, /PD-L1/);
    assert.match(tests, /BRCA/);
    assert.doesNotMatch(tests, BRANDS);
    assert.doesNotMatch(tests, /pembrolizumab|olaparib|sacituzumab|talazoparib/i);
  });

  it('testing: results do not come only from tumor samples', () => {
    const testing = receptors.testing.text.join(' ');
    assert.match(testing, /blood sample/);
    assert.doesNotMatch(testing, /A pathologist tests a sample of the tumor, taken in a biopsy or in surgery\./);
  });

  it('the safety pack: signs "may include"; the medicine "is used to treat"; no approval code shown to patients', () => {
    const pack = catalog.safety.packs.faslodex;
    const words = text(pack);
    assert.match(words, /Signs of an allergic reaction to FASLODEX may include:/);
    assert.match(words, /It is used to treat hormone receptor-positive breast cancer/);
    assert.doesNotMatch(words, /\bIt treats\b/);
    assert.equal(pack.sample, true);
    assert.doesNotMatch(JSON.stringify(catalog.safety), /SAMPLE-NOT-FOR-USE/);
    assert.match(catalog.safety.ui.sample, /not the maker's approved safety text/);
  });

  it('questions: no question reads as one about life expectancy; US wording', () => {
    assert.doesNotMatch(catalogText, /how much time do I have/i);
    const questionsUi = Object.values(catalog.questions.ui).map((v) => (typeof v === 'function' ? (v as (...a: unknown[]) => string)('x', 1) : v));
    assert.doesNotMatch([catalogText, ...questionsUi].join(' '), /\btick|\bcentre\b|\bcolour\b|feeling sick(?! to your stomach)/i);
    assert.match(catalog.questions.intro.text.join(' '), /Check the questions/);
  });
});

describe('English content: dates and package', () => {
  it('an unknown locale falls back to English and says so', () => {
    assert.equal(catalogFor('fr-CA').locale, 'en');
    assert.equal(catalogFor('EN-gb').locale, 'en');
    assert.deepEqual(LOCALES, ['en']);
  });

  it('dates read in words from the content strings, and a malformed date shows as written', () => {
    assert.equal(formatDate('2026-11-27', catalog.meta), 'November 27, 2026');
    assert.equal(formatDate('2026-01-05', catalog.meta), 'January 5, 2026');
    for (const bad of ['2026-13-01', '2026-00-10', '2026-11-32', '27/11/2026', '', '2026-11-27T00:00:00Z']) assert.equal(formatDate(bad, catalog.meta), bad);
  });

  it('runs on the shared test clock', () => {
    assert.equal(new Date(Date.now()).toISOString().slice(0, 10), '2026-12-01');
  });

  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(VERSION, pkg.version);
  });

  it('the README reading-grade table is current', () => {
    execFileSync(process.execPath, ['scripts/content-report.mjs', '--check-readme'], { stdio: 'pipe' });
  });

  it('the 0.1.0 snapshot lets a reviewer see what changed since that release', () => {
    const snapshot = JSON.parse(readFileSync('src/content/releases/0.1.0.json', 'utf8'));
    const old = snapshot.locales.en.entries;
    assert.ok(old['treatments.hormonal'].text.join(' ').includes('often given with'));
    assert.notEqual(old['treatments.hormonal'].version, entryVersion(catalog.treatments.entries.hormonal));
  });
});
