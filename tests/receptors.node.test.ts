// The status-to-explanation function over every combination of results, and the receptor content's
// reading grade, metadata and wording. Runs in Node: scripts/test.mjs bundles it with esbuild.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';
import {
  explainReceptors,
  HER2_VALUES,
  MENOPAUSE_VALUES,
  RECEPTOR_VALUES,
  type ReceptorExplanation,
  type ReceptorStatus,
} from '../src/elements/receptor-explainer/explain.js';
import { BRANDS, wordingProblems } from '../scripts/readability.js';

const { catalog } = catalogFor('en');
const content = catalog.receptors;


const ALL: ReceptorStatus[] = RECEPTOR_VALUES.flatMap((er) =>
  RECEPTOR_VALUES.flatMap((pr) =>
    HER2_VALUES.flatMap((her2) => MENOPAUSE_VALUES.map((menopause) => ({ er, pr, her2, menopause }))),
  ),
);

/** Every sentence the element shows for an explanation (the same lookups it makes), minus the interface labels. */
function explanationText(result: ReceptorExplanation): string {
  const parts: string[] = [];
  const subtype = content.subtypes[result.subtype];
  parts.push(subtype.name, subtype.summary);
  if (result.her2Low) parts.push(...content.her2Low.text);
  if (result.tripleNegative) parts.push(...content.tripleNegativeTests.text);
  parts.push(...content.careTeam.text);
  for (const option of result.options) {
    parts.push(catalog.treatments.entries[option.treatment].name, content.reasons[option.reason].text);
  }
  if (result.menopause) parts.push(...content.menopause[result.menopause].text);
  for (const marker of result.missing) parts.push(content.markers[marker].missing, content.markers[marker].question);
  for (const { marker, value } of result.markers) {
    const entry = content.markers[marker];
    parts.push((entry.results as Record<string, string | undefined>)[value] ?? '', entry.whatItIs);
  }
  parts.push(...content.testing.text);
  return parts.join(' ');
}

const label = (s: ReceptorStatus) => `er=${s.er} pr=${s.pr} her2=${s.her2} menopause=${s.menopause}`;

describe('explainReceptors: all 144 combinations', () => {
  it('covers 3 x 3 x 4 x 4 distinct combinations', () => {
    assert.equal(new Set(ALL.map(label)).size, 144);
  });

  for (const status of ALL) {
    it(label(status), () => {
      const result = explainReceptors(status);
      const text = explanationText(result);
      const treatments = result.options.map((o) => o.treatment);
      const hrPositive = status.er === 'positive' || status.pr === 'positive';
      const tripleNegative = status.er === 'negative' && status.pr === 'negative' && (status.her2 === 'negative' || status.her2 === 'low');

      assert.deepEqual(result.status, status);
      const hrNegative = status.er === 'negative' && status.pr === 'negative';
      const reasons = result.options.map((o) => o.reason);
      // Hormonal therapy: a main option exactly when ER or PR is positive; with ER/PR not known, an option that depends on them.
      assert.equal(result.options.some((o) => o.treatment === 'hormonal' && o.main), hrPositive);
      assert.equal(reasons.includes('hormonal-if-positive'), !hrPositive && !hrNegative);
      assert.equal(treatments.includes('hormonal'), !hrNegative);
      assert.equal(result.hormoneReceptor === 'positive', hrPositive);
      // HER2-targeted therapy as a main option exactly when HER2 is positive.
      assert.equal(result.options.some((o) => o.treatment === 'targeted' && o.main), status.her2 === 'positive');
      assert.equal(reasons.includes('her2-targeted'), status.her2 === 'positive');
      // HER2-low: the report codes, and the one approved targeted drug, whatever the hormone receptor status.
      assert.equal(result.her2Low, status.her2 === 'low');
      assert.equal(text.includes(content.her2Low.text[0]), status.her2 === 'low');
      assert.equal(reasons.includes('her2-low') || reasons.includes('her2-low-hormone-positive'), status.her2 === 'low');
      assert.equal(reasons.includes('her2-low-hormone-positive'), status.her2 === 'low' && hrPositive);
      // Nothing on the screen says targeted drugs do not help.
      assert.doesNotMatch(text, /targeted drugs? (do|does) not help/i);
      // "Triple-negative" exactly when ER and PR are negative and HER2 is negative or low, with the other tests to ask about.
      assert.equal(result.tripleNegative, tripleNegative);
      assert.equal(/triple-negative/i.test(text), tripleNegative);
      assert.equal(/PD-L1/.test(text), tripleNegative);
      // Chemotherapy is always listed once, and is a main option exactly when both hormone receptors are negative
      // (with HER2-targeted drugs when HER2-positive), as the chemotherapy card says.
      assert.equal(treatments.filter((t) => t === 'chemotherapy').length, 1);
      assert.equal(result.options.some((o) => o.treatment === 'chemotherapy' && o.main), hrNegative);
      if (hrNegative && status.her2 === 'positive') assert.ok(reasons.includes('chemotherapy-with-her2'));
      // Menopause is mentioned only when hormonal therapy is a main option.
      assert.equal(result.menopause, hrPositive ? status.menopause : null);
      assert.equal(/menopaus/i.test(text), hrPositive);
      // Radiation and surgery are always there as local options, never main.
      for (const local of ['radiation', 'surgery'] as const) {
        assert.ok(result.options.some((o) => o.treatment === local && !o.main), `${local} listed`);
      }
      // Each family at most once; main options first; every reason belongs to its family.
      assert.equal(new Set(treatments).size, treatments.length, treatments.join());
      const firstOther = result.options.findIndex((o) => !o.main);
      assert.ok(result.options.slice(firstOther).every((o) => !o.main), 'main options come first');
      for (const option of result.options) assert.equal(content.reasons[option.reason].treatment, option.treatment);
      // What is missing: exactly the markers without a result, each with a question.
      assert.deepEqual(result.missing, (['er', 'pr', 'her2'] as const).filter((m) => status[m] === 'unknown'));
      // The name of the combination says what is known.
      const name = content.subtypes[result.subtype].name;
      assert.equal(/hormone receptor-positive/i.test(name), hrPositive);
      assert.equal(/HER2-positive/.test(name), status.her2 === 'positive');
      assert.equal(/HER2-low/.test(name), status.her2 === 'low');
      // Safe wording everywhere.
      assert.deepEqual(wordingProblems(text), []);
      assert.doesNotMatch(text, BRANDS);
      assert.doesNotMatch(text, /\bwomen\b/i);
    });
  }

  it('treats missing fields as unknown and does not change its input', () => {
    const input = Object.freeze({ her2: 'positive' as const });
    assert.deepEqual(explainReceptors(input).status, { er: 'unknown', pr: 'unknown', her2: 'positive', menopause: 'unknown' });
    assert.deepEqual(explainReceptors(), explainReceptors({ er: 'unknown', pr: 'unknown', her2: 'unknown', menopause: 'unknown' }));
  });

  it('names the combination classes the issue lists', () => {
    const subtype = (s: Partial<ReceptorStatus>) => explainReceptors(s).subtype;
    assert.equal(subtype({ er: 'positive', pr: 'positive', her2: 'negative' }), 'hr-positive-her2-negative');
    assert.equal(subtype({ er: 'negative', pr: 'positive', her2: 'positive' }), 'hr-positive-her2-positive');
    assert.equal(subtype({ er: 'negative', pr: 'negative', her2: 'positive' }), 'hr-negative-her2-positive');
    assert.equal(subtype({ er: 'negative', pr: 'negative', her2: 'negative' }), 'triple-negative');
    assert.equal(subtype({ er: 'negative', pr: 'negative', her2: 'low' }), 'triple-negative-her2-low');
    assert.equal(subtype({ er: 'positive', pr: 'negative', her2: 'low' }), 'hr-positive-her2-low');
    assert.equal(subtype({ er: 'negative', pr: 'unknown', her2: 'negative' }), 'hr-unknown-her2-negative');
    assert.equal(subtype({}), 'hr-unknown-her2-unknown');
  });

  it('uses every subtype and reason at least once (no dead content)', () => {
    const results = ALL.map((s) => explainReceptors(s));
    assert.deepEqual(new Set(results.map((r) => r.subtype)), new Set(Object.keys(content.subtypes)));
    assert.deepEqual(new Set(results.flatMap((r) => r.options.map((o) => o.reason))), new Set(Object.keys(content.reasons)));
  });
});

describe('English content: receptors', () => {
  // Reading grade, metadata, sources and wording of every entry: tests/content.node.test.ts.
  it('menopause text speaks of people, and not-applicable covers men', () => {
    const all = Object.values(content.menopause).flatMap((e) => e.text).join(' ');
    assert.doesNotMatch(all, /\bwom[ae]n\b/i);
    assert.match(content.menopause['not-applicable'].text.join(' '), /\bmen\b/);
    assert.match(content.menopause.pre.text.join(' '), /Before menopause, the ovaries make estrogen/);
  });

  it('the care-team note says the care team decides with the patient', () => {
    assert.match(content.careTeam.text.join(' '), /care team decides with you/);
  });

  it('every radio value has a label', () => {
    for (const v of RECEPTOR_VALUES) assert.ok(content.ui.values.er[v] && content.ui.values.pr[v]);
    for (const v of HER2_VALUES) assert.ok(content.ui.values.her2[v]);
    for (const v of MENOPAUSE_VALUES) assert.ok(content.ui.values.menopause[v]);
  });
});
