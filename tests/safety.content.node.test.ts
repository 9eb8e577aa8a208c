// Content checks for <safety-banner>: the built-in FASLODEX pack and the general disclaimer.
// Sponsor packs registered at run time are regulated text and are exempt from the reading grade.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';
import { validatePack } from '../src/elements/safety-banner/packs.js';
import { MAX_GRADE, metaProblems, readingGrade, wordingProblems } from './readability.js';

const { catalog } = catalogFor('en');
const { packs, disclaimer, ui } = catalog.safety;
const faslodex = packs.faslodex;

// List items are read one at a time, so each counts as a sentence.
const packText = [faslodex.keyRisk, ...faslodex.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.items ?? []).map((item) => `${item}.`)])].join(' ');

describe('English content: safety', () => {
  it(`FASLODEX pack: reads at grade ${MAX_GRADE} or below`, () => {
    const grade = readingGrade(packText);
    console.log(`reading grade safety.packs.faslodex: ${grade.toFixed(1)}`);
    assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
  });

  it(`general disclaimer: reads at grade ${MAX_GRADE} or below`, () => {
    const grade = readingGrade(disclaimer.paragraphs.join(' '));
    console.log(`reading grade safety.disclaimer: ${grade.toFixed(1)}`);
    assert.ok(grade <= MAX_GRADE, `grade ${grade.toFixed(1)} is above ${MAX_GRADE}`);
  });

  it('the disclaimer says it does not replace advice from the care team', () => {
    assert.match(disclaimer.paragraphs.join(' '), /does not replace advice from your care team/);
    assert.deepEqual(metaProblems(disclaimer), []);
    assert.deepEqual(wordingProblems(disclaimer.paragraphs.join(' ')), []);
  });

  it('FASLODEX pack: metadata, SAMPLE approval code, incomplete, source page cited without URL', () => {
    assert.deepEqual(metaProblems(faslodex), []);
    assert.deepEqual(wordingProblems(packText), []);
    assert.equal(faslodex.product, 'faslodex');
    assert.equal(faslodex.name, 'FASLODEX (fulvestrant)');
    assert.match(faslodex.approvalCode, /SAMPLE/);
    assert.equal(faslodex.complete, false);
    assert.ok(faslodex.version);
    assert.equal(faslodex.clinicalReview.status, 'pending');
    assert.deepEqual(faslodex.sources, [{ title: 'Metastatic Breast Cancer Treatment Options', publisher: 'FASLODEX patient website' }]);
    // The built-in pack passes the same validation sponsor packs do.
    assert.deepEqual(validatePack(faslodex), faslodex);
  });

  it('FASLODEX pack: only the source page facts (indication, who should not receive it, allergy signs)', () => {
    assert.match(faslodex.keyRisk, /allergic reaction to any of the ingredients/);
    assert.match(faslodex.keyRisk, /should not receive/);
    const items = faslodex.sections.flatMap((s) => s.items ?? []).join(' | ').toLowerCase();
    for (const sign of ['itching', 'face', 'lips', 'tongue', 'throat', 'trouble breathing']) assert.ok(items.includes(sign), sign);
    assert.match(packText, /prescription medicine/);
    assert.match(packText, /hormone receptor-positive/);
    assert.match(packText, /menopause/);
    assert.match(packText, /antiestrogen/);
    assert.match(packText, /tamoxifen/);
    // Nothing from outside the source material: no other risks, doses or efficacy claims.
    assert.doesNotMatch(packText, /bleed|liver|pregnan|injection|nausea|works|effective|survival/i);
  });

  it('labels: the title and the incomplete line', () => {
    assert.equal(ui.title, 'Important Safety Information');
    assert.match(ui.incomplete('X'), /not all the safety information/);
    assert.match(ui.readPi, /Prescribing Information/);
  });
});
