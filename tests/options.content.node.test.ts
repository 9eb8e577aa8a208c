// Content checks for <treatment-options> run in Node (data, not browser behaviour); see
// tests/content.node.test.ts for how scripts/test.mjs runs them.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';
import { MAX_GRADE, metaProblems, readingGrade, wordingProblems } from './readability.js';

const { catalog } = catalogFor('en');
const { overview, ui } = catalog.options;

/** Brand names of medicines: the overview names drug classes, never brands. */
const BRANDS = /\b(faslodex|herceptin|perjeta|enhertu|kadcyla|ibrance|kisqali|verzenio|piqray|truqap|afinitor|nolvadex|arimidex|femara|aromasin|xeloda|lynparza|talzenna)\b/i;

const pieces: [string, string][] = [
  ['options.intro', overview.intro.join(' ')],
  ['options.groups.systemic', overview.groups.systemic.intro],
  ['options.groups.local', overview.groups.local.intro],
];

describe('English content: treatment options overview', () => {
  for (const [name, text] of pieces) {
    it(`${name}: reads at grade ${MAX_GRADE} or below, with safe wording`, () => {
      const grade = readingGrade(text);
      console.log(`reading grade ${name}: ${grade.toFixed(1)}`);
      assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
      assert.deepEqual(wordingProblems(text), []);
      assert.doesNotMatch(text, BRANDS);
    });
  }

  it('carries updated date, sources (the source page first) and a pending review', () => {
    assert.deepEqual(metaProblems(overview), []);
    assert.equal(overview.updated, '2026-11-27');
    assert.equal(overview.sources[0].title, 'Metastatic Breast Cancer Treatment Options');
    assert.equal(overview.clinicalReview.status, 'pending');
  });

  it('speaks of people, not only women (men get breast cancer too)', () => {
    const all = [overview.title, ...pieces.map(([, text]) => text)].join(' ');
    assert.doesNotMatch(all, /\bwom[ae]n\b/i);
    assert.match(overview.intro[0], /\bpeople\b/i);
  });

  it('the introduction names what the choice depends on', () => {
    const intro = overview.intro.join(' ').toLowerCase();
    for (const factor of ['your own cancer', 'test results', 'pathology report', 'treatments you have had before']) {
      assert.ok(intro.includes(factor), `intro does not mention ${factor}`);
    }
  });

  it('each group sentence says what its word means, matching the cards\' scopes', () => {
    assert.match(overview.groups.systemic.intro, /blood/);
    assert.match(overview.groups.systemic.intro, /all through the body/);
    assert.match(overview.groups.local.intro, /one part of the body/);
    const scopes = new Set(Object.values(catalog.treatments.entries).map((entry) => entry.scope));
    assert.deepEqual([...scopes].sort(), Object.keys(overview.groups).sort());
  });

  it('has every label of the element, short and non-empty', () => {
    for (const [key, label] of Object.entries(ui)) {
      assert.ok(typeof label === 'string' && label.trim().length > 0 && label.length <= 40, `ui.${key}`);
    }
    assert.ok(overview.title.length > 0 && overview.groups.systemic.heading && overview.groups.local.heading);
  });
});
