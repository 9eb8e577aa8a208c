// The footer of translated text (src/internal/meta.ts), rendered in each engine: dates in Spanish,
// the review line with both review states, and each source marked with the language of its page.
// Whole Spanish elements are tested in languages.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { keyedEntries } from '../src/content/entries.js';
import { es } from '../src/content/es/index.js';
import { renderMeta } from '../src/internal/meta.js';

keyedEntries(es);
const testing = es.receptors.testing;

describe('footer of translated entries', () => {
  it('reads in Spanish, says both review states, and marks the English pages among its sources', async () => {
    const el = await fixture(html`<div lang="es">${renderMeta(testing, es.meta, { locale: 'es', review: [testing] })}</div>`);
    const text = el.querySelector('footer > p')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(text).to.equal(
      'Actualizado: 1 de diciembre de 2026. Un médico todavía no ha revisado esta información. ' +
        'Un traductor médico calificado todavía no ha revisado esta traducción. Hable con su equipo de atención médica sobre su propia atención.',
    );
    expect(el.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01');
    expect(el.querySelector('summary')!.textContent!.trim()).to.equal(`Fuentes (${testing.sources.length})`);
    const items = [...el.querySelectorAll<HTMLLIElement>('details li')];
    expect(items.map((li) => li.getAttribute('lang'))).to.deep.equal(testing.sources.map((source) => source.lang ?? null));
    expect(items.filter((li) => li.lang === 'en').length, 'some sources have no Spanish page').to.be.greaterThan(0);
    expect(items.filter((li) => !li.hasAttribute('lang')).length, 'the others are cited in Spanish').to.be.greaterThan(0);
    for (const li of items) expect(li.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\//);
    await expect(el).to.be.accessible();
  });

  it('a translation marked out of date says so in the review line', async () => {
    const outdated = { ...testing, translation: { ...testing.translation!, review: 'outdated' as const } };
    const el = await fixture(html`<div lang="es">${renderMeta(outdated, es.meta, { locale: 'es', review: [outdated] })}</div>`);
    expect(el.querySelector('[part~="review"]')!.textContent).to.contain(es.meta.translationOutdated);
    expect(el.querySelector('[part~="review"]')!.textContent).not.to.contain(es.meta.translationPending);
  });
});
