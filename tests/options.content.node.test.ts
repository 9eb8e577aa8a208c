// Content checks for <treatment-options> run in Node (data, not browser behaviour); see
// tests/content.node.test.ts for how scripts/test.mjs runs them.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';

const { catalog } = catalogFor('en');
const { overview, ui } = catalog.options;

const pieces: [string, string][] = [
  ['options.intro', overview.intro.join(' ')],
  ['options.groups.systemic', overview.groups.systemic.intro],
  ['options.groups.local', overview.groups.local.intro],
];

// Reading grade, metadata, sources and wording of every entry: tests/content.node.test.ts.
describe('English content: treatment options overview', () => {
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
