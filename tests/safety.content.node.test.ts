// Content checks for <safety-banner>: the built-in FASLODEX pack and the general disclaimer.
// Sponsor packs registered at run time are regulated text and are exempt from the reading grade.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { catalogFor } from '../src/content/index.js';
import { validatePack } from '../src/elements/safety-banner/packs.js';

const { catalog } = catalogFor('en');
const { packs, disclaimer, ui } = catalog.safety;
const faslodex = packs.faslodex;

const packText = [faslodex.keyRisk, ...faslodex.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.items ?? [])])].join(' ');

// Reading grade, metadata, sources and wording of every entry: tests/content.node.test.ts.
describe('English content: safety', () => {
  it('the disclaimer says it does not replace advice from the care team', () => {
    assert.match(disclaimer.paragraphs.join(' '), /does not replace advice from your care team/);
  });

  it('FASLODEX pack: a sample, incomplete, citing the product website it was written from (without URL)', () => {
    assert.equal(faslodex.product, 'faslodex');
    assert.equal(faslodex.name, 'FASLODEX (fulvestrant)');
    assert.equal(faslodex.sample, true);
    assert.match(faslodex.version, /sample/);
    assert.equal(faslodex.complete, false);
    assert.ok(faslodex.version);
    assert.equal(faslodex.clinicalReview.status, 'pending');
    assert.deepEqual(faslodex.sources, [{ title: 'Metastatic Breast Cancer Treatment Options (FASLODEX patient website)', publisher: 'AstraZeneca' }]);
    // The built-in pack passes the same validation sponsor packs do, except that only it may be a sample.
    const { sample, ...rest } = faslodex;
    assert.ok(sample);
    assert.deepEqual(validatePack({ ...rest, approvalCode: 'none' }), { ...rest, approvalCode: 'none' });
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
