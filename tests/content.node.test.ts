// Content checks run in Node (they test data, not browser behaviour): scripts/test.mjs bundles this
// file with esbuild and runs it with node --test.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { catalogFor, formatDate } from '../src/content/index.js';
import { VERSION } from '../src/internal/version.js';
import { MAX_GRADE, metaProblems, readingGrade, wordingProblems } from './readability.js';

const { catalog } = catalogFor('en');

/** Brand names of medicines: the cards name drug classes, never brands. */
const BRANDS = /\b(faslodex|herceptin|perjeta|enhertu|kadcyla|ibrance|kisqali|verzenio|piqray|truqap|afinitor|nolvadex|arimidex|femara|aromasin|xeloda|lynparza|talzenna)\b/i;

const treatmentText = (id: keyof typeof catalog.treatments.entries) => {
  const entry = catalog.treatments.entries[id];
  return [entry.summary, ...entry.whatItIs, ...entry.howUsed, ...entry.questions].join(' ');
};

describe('English content: treatments', () => {
  for (const entry of Object.values(catalog.treatments.entries)) {
    it(`${entry.id}: reads at grade ${MAX_GRADE} or below`, () => {
      const grade = readingGrade(treatmentText(entry.id));
      console.log(`reading grade treatments.${entry.id}: ${grade.toFixed(1)}`);
      assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
    });

    it(`${entry.id}: carries updated date, sources and review state, and safe wording`, () => {
      assert.deepEqual(metaProblems(entry), []);
      assert.deepEqual(wordingProblems(treatmentText(entry.id)), []);
      assert.doesNotMatch(treatmentText(entry.id), BRANDS);
      assert.ok(entry.questions.length >= 2 && entry.questions.length <= 3);
      assert.equal(entry.clinicalReview.status, 'pending');
    });
  }

  for (const scope of Object.values(catalog.treatments.scopes)) {
    it(`scope ${scope.id}: one plain line with metadata`, () => {
      const grade = readingGrade(scope.meaning);
      console.log(`reading grade scopes.${scope.id}: ${grade.toFixed(1)}`);
      assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
      assert.deepEqual(metaProblems(scope), []);
    });
  }

  it('systemic and local match the source page (radiation and surgery are local)', () => {
    const scopes = Object.fromEntries(Object.values(catalog.treatments.entries).map((t) => [t.id, t.scope]));
    assert.deepEqual(scopes, { hormonal: 'systemic', chemotherapy: 'systemic', targeted: 'systemic', radiation: 'local', surgery: 'local' });
  });

  it('an unknown locale falls back to English and says so', () => {
    assert.equal(catalogFor('fr-CA').locale, 'en');
    assert.equal(catalogFor('EN-gb').locale, 'en');
  });

  it('dates read in words from the content strings, and a malformed date shows as written', () => {
    assert.equal(formatDate('2026-11-27', catalog.meta), 'November 27, 2026');
    assert.equal(formatDate('2026-01-05', catalog.meta), 'January 5, 2026');
    for (const bad of ['2026-13-01', '2026-00-10', '2026-11-32', '27/11/2026', '', '2026-11-27T00:00:00Z']) assert.equal(formatDate(bad, catalog.meta), bad);
  });
});

describe('package', () => {
  it('VERSION matches package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.equal(VERSION, pkg.version);
  });
});
