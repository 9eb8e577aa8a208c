// Content checks for the questions to ask the care team (<doctor-questions>): reading level,
// metadata, safe wording, stable unique ids. Run by scripts/test.mjs with node --test.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';
import { BRANDS } from '../scripts/readability.js';

const { catalog } = catalogFor('en');
const { intro, topics, ui } = catalog.questions;

/** Persisted lists store these ids: they must stay short, lower-case and never look like a reader's own id. */
const ID = /^[a-z0-9-]{1,64}$/;

describe('English content: questions for the care team', () => {
  it('has the four topics, keyed by their own ids, in the documented order', () => {
    assert.deepEqual(Object.keys(topics), ['tests', 'choosing', 'side-effects', 'next-steps']);
    for (const [key, topic] of Object.entries(topics)) assert.equal(topic.id, key);
  });

  for (const topic of Object.values(topics)) {
    const body = topic.questions.map((q) => q.text).join(' ');

    it(`${topic.id}: no brands, questions that are questions`, () => {
      assert.doesNotMatch(body, BRANDS);
      assert.ok(topic.questions.length >= 3 && topic.questions.length <= 8);
      for (const question of topic.questions) {
        assert.match(question.text, /\?$/, question.text);
        assert.ok(question.text.length <= 120, `too long: ${question.text}`);
      }
    });
  }

  it('question ids are unique, stable in shape, prefixed by their topic and never own-<n>', () => {
    const ids = Object.values(topics).flatMap((t) => t.questions.map((q) => ({ topic: t.id, id: q.id })));
    assert.equal(new Set(ids.map((x) => x.id)).size, ids.length);
    for (const { topic, id } of ids) {
      assert.match(id, ID);
      assert.ok(id.startsWith(`${topic}-`), id);
      assert.doesNotMatch(id, /^own-/);
    }
  });

  it('the topics cover what the sources suggest asking', () => {
    const all = Object.values(topics).flatMap((t) => t.questions.map((q) => q.text)).join(' ');
    for (const theme of [/hormone receptors/, /HER2/, /pathology report/, /second opinion/, /clinical trial/, /side effects/, /whole body/, /one part of the body/, /stops working/]) {
      assert.match(all, theme);
    }
  });

  it('speaks of people, never of women only, and claims nothing about results', () => {
    const all = [...intro.text, ...Object.values(topics).flatMap((t) => t.questions.map((q) => q.text))].join(' ');
    assert.doesNotMatch(all, /\bwom[ae]n\b/i);
    assert.doesNotMatch(all, /\b(cure|guarantee|proven)\b/i);
  });

  it('labels and messages are filled in, and the copy help names both keyboards', () => {
    for (const [key, value] of Object.entries(ui)) {
      const sample = typeof value === 'function' ? (value as (...a: unknown[]) => string)('x', 1) : value;
      assert.ok(typeof sample === 'string' && sample.trim().length > 0, key);
    }
    assert.match(ui.copyManual, /Ctrl\+C/);
    assert.match(ui.copyManual, /Command\+C/);
    assert.equal(ui.remove('Can I travel?'), 'Remove: Can I travel?');
    assert.equal(ui.count(1), 'Your list has 1 question.');
    assert.equal(ui.count(3), 'Your list has 3 questions.');
  });
});
