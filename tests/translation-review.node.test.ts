// The footer's review line for translated text (src/internal/review.ts), in Node: clinical review and
// translation review side by side, and partner reviews kept per language, so a review of the English
// entries never approves their Spanish translations. The rendered footers are tested in the browsers.
import { strict as assert } from 'node:assert';
import { afterEach, describe, it, mock } from 'node:test';
import { entryVersion, keyedEntries } from '../src/content/entries.js';
import { catalogFor } from '../src/content/index.js';
import { es } from '../src/content/es/index.js';
import type { EntryMeta } from '../src/content/schema.js';
import { contentState } from '../src/internal/page-state.js';
import { registerReview, reviewLine } from '../src/internal/review.js';

const en = catalogFor('en').catalog;
keyedEntries(es); // gives the Spanish entries their keys, as contentFor does for a Spanish render
const REVIEWER = { reviewer: 'Dra. A. Ruiz, oncóloga', organization: 'Hospital Riverside', date: '2026-11-30' };
const hormonal = es.treatments.entries.hormonal;
const surgery = es.treatments.entries.surgery;
/** What registerReview() takes: entry keys and the versions approved. */
const versions = (entries: Record<string, EntryMeta>) => Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, entryVersion(entry)]));

const NOT_CHECKED = es.meta.notChecked;
const PENDING = es.meta.translationPending;
const CARE_TEAM = es.meta.careTeam;

describe('review line: translated entries', () => {
  afterEach(() => {
    const reviews = contentState().reviews;
    for (const locale of Object.keys(reviews)) delete reviews[locale];
    mock.restoreAll();
  });

  it('says both states: no doctor has checked it, and no qualified medical translator has', () => {
    assert.equal(reviewLine([hormonal, surgery], 'es', es.meta), `${NOT_CHECKED} ${PENDING} ${CARE_TEAM}`);
    assert.equal(PENDING, 'Un traductor médico calificado todavía no ha revisado esta traducción.');
  });

  it('English text has no translation state, as before', () => {
    const line = reviewLine([en.treatments.entries.hormonal], 'en', en.meta);
    assert.equal(line, `${en.meta.notChecked} ${en.meta.careTeam}`);
  });

  it('a translation marked out of date says so, whatever the others say', () => {
    const outdated = { ...surgery, translation: { ...surgery.translation!, review: 'outdated' as const } };
    assert.equal(reviewLine([hormonal, outdated], 'es', es.meta), `${NOT_CHECKED} ${es.meta.translationOutdated} ${CARE_TEAM}`);
    assert.match(es.meta.translationOutdated, /El texto en inglés cambió/);
  });

  it('approved by a clinician and by a medical translator: both named, dates in Spanish, no closing advice', () => {
    const approved = (entry: EntryMeta): EntryMeta => ({
      ...entry,
      clinicalReview: { status: 'approved', reviewer: 'Dra. B. Soto', date: '2026-11-02' },
      translation: { ...entry.translation!, review: { status: 'approved', translator: 'C. Díaz, CHI-Spanish', organization: 'Hospital Riverside', date: '2026-11-03' } },
    });
    assert.equal(
      reviewLine([approved(hormonal), approved(surgery)], 'es', es.meta),
      'Revisado por Dra. B. Soto el 2 de noviembre de 2026. Traducción revisada para Hospital Riverside el 3 de noviembre de 2026 por C. Díaz, CHI-Spanish.',
    );
    const half = { ...approved(surgery), translation: surgery.translation };
    assert.equal(reviewLine([approved(hormonal), half], 'es', es.meta), `Revisado por Dra. B. Soto el 2 de noviembre de 2026. ${PENDING} ${CARE_TEAM}`);
  });

  it("a partner's review of the Spanish versions approves the Spanish text (the translation review stays pending)", () => {
    registerReview({ ...REVIEWER, locale: 'es-US', entries: versions({ 'treatments.hormonal': hormonal, 'treatments.surgery': surgery }) });
    assert.equal(reviewLine([hormonal, surgery], 'es', es.meta), `Revisado para Hospital Riverside el 30 de noviembre de 2026 por Dra. A. Ruiz, oncóloga. ${PENDING} ${CARE_TEAM}`);
  });

  it('a review of the English versions does not approve the Spanish text, under either language', () => {
    const warn = mock.method(console, 'warn', () => undefined);
    const english = versions({ 'treatments.hormonal': en.treatments.entries.hormonal, 'treatments.surgery': en.treatments.entries.surgery });
    registerReview({ ...REVIEWER, entries: english });
    assert.equal(reviewLine([hormonal, surgery], 'es', es.meta), `${NOT_CHECKED} ${PENDING} ${CARE_TEAM}`, 'a review for English');
    assert.match(reviewLine([en.treatments.entries.hormonal], 'en', en.meta), /^Checked for Hospital Riverside/, 'it approves the English text');
    registerReview({ ...REVIEWER, locale: 'es', entries: english });
    assert.equal(reviewLine([hormonal, surgery], 'es', es.meta), `${NOT_CHECKED} ${PENDING} ${CARE_TEAM}`, 'English versions under Spanish');
    assert.ok(warn.mock.calls.some((call) => /treatments\.hormonal has changed since Dra\. A\. Ruiz/.test(String(call.arguments[0]))), 'the console names the entry');
  });

  it('a review for a language without content approves nothing in English', () => {
    registerReview({ ...REVIEWER, locale: 'fr', entries: versions({ 'treatments.hormonal': en.treatments.entries.hormonal }) });
    assert.equal(reviewLine([en.treatments.entries.hormonal], 'en', en.meta), `${en.meta.notChecked} ${en.meta.careTeam}`);
  });
});
