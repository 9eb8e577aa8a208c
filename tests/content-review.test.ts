// The review state every widget shows (one line per widget), partner review with registerReview(),
// review dates, review mode, and the sources disclosure in the footers. Runs in all three engines.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../src/all.js';
import { entryVersion, keyedEntries } from '../src/content/entries.js';
import { catalogFor } from '../src/content/index.js';
import { registerReview, setReviewMode } from '../src/internal/review.js';
import { contentState, pageState } from '../src/internal/page-state.js';
import { captureWarnings, press, shadow, underMedia } from './helpers.js';

const { catalog } = catalogFor('en');
const NOT_CHECKED = 'This information has not yet been checked by a doctor.';
const CARE_TEAM = 'Talk with your care team about your own care.';
const REVIEWER = { reviewer: 'Dr. A. Smith, medical oncologist', organization: 'Riverside Cancer Center', date: '2026-11-30' };

type Lit = HTMLElement & { updateComplete: Promise<boolean> };

/** Every element's shadow root under `root`, nested ones included (the cards inside <treatment-options>). */
function roots(root: Element): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const walk = (node: Element) => {
    if (node.shadowRoot) {
      found.push(node.shadowRoot);
      node.shadowRoot.querySelectorAll('*').forEach(walk);
    }
  };
  walk(root);
  return found;
}
const reviewLines = (el: Element) => roots(el).flatMap((r) => [...r.querySelectorAll('[part~="review"]')].map((n) => n.textContent!.trim()));

async function settle(el: Element) {
  await (el as Lit).updateComplete;
  for (const r of roots(el)) await ((r.host as Lit).updateComplete ?? Promise.resolve());
}

/** Every entry of the catalog approved at its current version, for one organization. */
function approveAll(date = REVIEWER.date) {
  const entries = Object.fromEntries(keyedEntries(catalog).map(([key, entry]) => [key, entryVersion(entry)]));
  return registerReview({ ...REVIEWER, date, entries });
}

const ELEMENTS = [
  html`<treatment-card treatment="hormonal"></treatment-card>`,
  html`<treatment-card treatment="surgery" variant="compact"></treatment-card>`,
  html`<receptor-explainer er="negative" pr="negative" her2="low"></receptor-explainer>`,
  html`<treatment-options></treatment-options>`,
  html`<doctor-questions></doctor-questions>`,
  html`<safety-banner product="faslodex"></safety-banner>`,
  html`<safety-banner></safety-banner>`,
];

describe('review state', () => {
  afterEach(() => {
    const reviews = contentState().reviews;
    for (const locale of Object.keys(reviews)) delete reviews[locale];
    setReviewMode(false);
    fixtureCleanup();
  });

  it('each widget says once that no doctor has checked it, in words a patient can read calmly', async () => {
    for (const template of ELEMENTS) {
      const el = await fixture(template);
      await settle(el);
      expect(reviewLines(el), el.outerHTML).to.deep.equal([`${NOT_CHECKED} ${CARE_TEAM}`]);
      expect(roots(el).map((r) => r.textContent).join(' ')).not.to.match(/Clinical review|pending/i);
      fixtureCleanup();
    }
  });

  it('<treatment-options> says it once for the whole widget, not per card', async () => {
    const el = await fixture(html`<treatment-options></treatment-options>`);
    await settle(el);
    const cards = shadow(el).querySelectorAll('treatment-card');
    expect(cards).to.have.length(5);
    for (const card of cards) {
      expect(shadow(card).querySelector('[part~="footer"]')).to.exist;
      expect(shadow(card).querySelector('[part~="review"]')).to.equal(null);
    }
    expect(reviewLines(el)).to.have.length(1);
  });

  it('a partner review names the reviewer, the organization and the date in every footer', async () => {
    approveAll();
    for (const template of ELEMENTS) {
      const el = await fixture(template);
      await settle(el);
      expect(reviewLines(el), el.localName).to.deep.equal([
        'Checked for Riverside Cancer Center on November 30, 2026 by Dr. A. Smith, medical oncologist.',
      ]);
      fixtureCleanup();
    }
  });

  it('elements already on the page show a review registered after they rendered', async () => {
    const el = await fixture(html`<treatment-card treatment="chemotherapy"></treatment-card>`);
    await settle(el);
    expect(reviewLines(el)[0]).to.contain(NOT_CHECKED);
    approveAll();
    await settle(el);
    expect(reviewLines(el)[0]).to.match(/^Checked for Riverside Cancer Center/);
  });

  it('a review approves versions: a changed entry lapses alone, back to the unreviewed words, and the console names it', async () => {
    approveAll();
    const stale = entryVersion(catalog.treatments.entries.radiation) === '000000000000' ? '111111111111' : '000000000000';
    registerReview({ ...REVIEWER, entries: { 'treatments.radiation': stale } });
    let card!: Element;
    const warnings = await captureWarnings(async () => {
      card = await fixture(html`<treatment-card treatment="radiation"></treatment-card>`);
      await settle(card);
    });
    expect(reviewLines(card)).to.deep.equal([`${NOT_CHECKED} ${CARE_TEAM}`]);
    expect(warnings.some((w) => w.includes('treatments.radiation has changed since Dr. A. Smith'))).to.equal(true);
    const other = await fixture(html`<treatment-card treatment="surgery"></treatment-card>`);
    await settle(other);
    expect(reviewLines(other)[0]).to.match(/^Checked for Riverside/);
  });

  it('bad calls throw a TypeError that says what is wrong, and change nothing', () => {
    const entries = { 'treatments.hormonal': entryVersion(catalog.treatments.entries.hormonal) };
    const cases: [string, unknown, RegExp][] = [
      ['not an object', 'Dr. Smith', /the review must be an object/],
      ['no reviewer', { ...REVIEWER, reviewer: ' ', entries }, /reviewer must be a non-empty string/],
      ['no organization', { ...REVIEWER, organization: undefined, entries }, /organization must be/],
      ['bad date', { ...REVIEWER, date: '30/11/2026', entries }, /date must be an ISO date/],
      ['future date', { ...REVIEWER, date: '2099-01-01', entries }, /date 2099-01-01 is in the future/],
      ['bad locale', { ...REVIEWER, locale: 'english!', entries }, /locale must be a language tag/],
      ['no entries', { ...REVIEWER, entries: {} }, /entries must be an object/],
      ['bad key', { ...REVIEWER, entries: { 'Hormonal therapy': 'abc' } }, /is not an entry key/],
      ['bad version', { ...REVIEWER, entries: { 'treatments.hormonal': 'v1' } }, /must be 12 hexadecimal digits/],
    ];
    for (const [name, input, message] of cases) {
      expect(() => registerReview(input as never), name).to.throw(TypeError, message);
    }
    expect(Object.keys(contentState().reviews)).to.deep.equal([]);
  });

  it('classic-script pages reach registerReview and setReviewMode on the page-wide global', () => {
    expect(pageState().registerReview).to.be.a('function');
    expect(pageState().setReviewMode).to.be.a('function');
    expect(Object.keys(window)).not.to.include('__mbcElements');
  });

  it('past its review date an entry keeps its text, says it may be out of date, and warns once', async () => {
    const realNow = Date.now;
    Date.now = () => Date.parse('2028-01-15T12:00:00Z');
    try {
      let el!: Element;
      const warnings = await captureWarnings(async () => {
        el = await fixture(html`<div><treatment-card treatment="targeted"></treatment-card><treatment-card treatment="targeted"></treatment-card></div>`);
        for (const card of el.children) await settle(card);
      });
      const first = el.children[0];
      expect(reviewLines(first)).to.deep.equal([`This information may be out of date. ${NOT_CHECKED} ${CARE_TEAM}`]);
      expect(shadow(first).textContent).to.contain(catalog.treatments.entries.targeted.summary);
      expect(warnings.filter((w) => w.includes('treatments.targeted was due to be checked again by 2027-12-01'))).to.have.length(1);
    } finally {
      Date.now = realNow;
    }
  });

  it('review mode shows every block\'s entry keys, versions and dates, and goes when turned off', async () => {
    const el = await fixture(html`<receptor-explainer er="positive" pr="positive" her2="negative" menopause="post"></receptor-explainer>`);
    await settle(el);
    expect(shadow(el).querySelector('[part~="review-info"]')).to.equal(null);
    setReviewMode(true);
    expect(document.documentElement.hasAttribute('data-mbc-review')).to.equal(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(el);
    const info = [...shadow(el).querySelectorAll('[part~="review-info"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    const subtype = catalog.receptors.subtypes['hr-positive-her2-negative'];
    expect(info).to.include(`receptors.subtypes.hr-positive-her2-negative version ${entryVersion(subtype)}, updated 2026-12-01, review by 2027-12-01`);
    expect(info.some((line) => line.startsWith('receptors.menopause.post '))).to.equal(true);
    document.documentElement.removeAttribute('data-mbc-review');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await settle(el);
    expect(shadow(el).querySelector('[part~="review-info"]')).to.equal(null);
  });
});

describe('sources disclosure', () => {
  afterEach(() => fixtureCleanup());

  it('sources sit behind one "Sources (n)" control that is one Tab stop, and show when opened', async () => {
    const el = await fixture(html`<div><button id="before">before</button><treatment-card treatment="hormonal" variant="compact"></treatment-card><button id="after">after</button></div>`);
    const card = el.querySelector('treatment-card')!;
    await settle(card);
    const details = shadow(card).querySelector<HTMLDetailsElement>('details[part~="sources"]')!;
    const summary = details.querySelector('summary')!;
    const links = details.querySelectorAll('a');
    expect(summary.textContent).to.equal(`Sources (${links.length})`);
    expect(details.open).to.equal(false);
    for (const link of links) expect(link.checkVisibility()).to.equal(false);
    // Tab from the summary leaves the card: the closed list adds no Tab stops.
    summary.focus();
    expect(shadow(card).activeElement).to.equal(summary);
    await press('Tab');
    expect(document.activeElement?.id).to.equal('after');
    summary.click();
    expect(details.open).to.equal(true);
    for (const link of links) expect(link.checkVisibility()).to.equal(true);
    await expect(card).to.be.accessible();
  });

  it('prints open', async () => {
    const el = await fixture(html`<treatment-card treatment="radiation"></treatment-card>`);
    await settle(el);
    const link = shadow(el).querySelector('details[part~="sources"] a')!;
    expect(link.checkVisibility()).to.equal(false);
    await underMedia('print', () => {
      expect(link.checkVisibility()).to.equal(true);
    });
  });
});
