import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import '../src/locales/es.js';
import { catalogFor } from '../src/content/index.js';
import { TEMPLATES, registerLocale } from '../src/content/pack.js';
import { packTemplate } from '../src/content/pack-template.js';
import { registerSafetyContent } from '../src/elements/safety-banner/packs.js';
import { contentState, safetyState } from '../src/internal/page-state.js';
import { captureWarnings, shadow } from './helpers.js';
import { PSEUDO_RTL_TAG, pseudoRtlPack } from './fixtures/pseudo-rtl.js';

type El = HTMLElement & { updateComplete: Promise<unknown> };

/* ------------------------------------------------------------------ what counts as English */

/** Every string the English catalog says (labels and entries; template texts without their placeholders), but not the product ISI. */
function englishStrings(): Set<string> {
  const out = new Set<string>();
  const walk = (value: unknown, path: string) => {
    if (/(^|\.)(id|updated|reviewBy|url|sources|clinicalReview|scope|treatment)$/.test(path) || path === 'safety.packs') return;
    if (typeof value === 'string') out.add(value.trim());
    else if (typeof value === 'function') {
      const spec = TEMPLATES[path];
      const args = spec.args.map((name) => (['count', 'used', 'max', 'year', 'month', 'day'].includes(name) ? 3 : `{${name}}`));
      for (const part of String((value as (...a: unknown[]) => string)(...args)).split(/\{[a-z]+\}|\d+/i)) if (part.trim().length > 3) out.add(part.trim());
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, path));
    else if (value && typeof value === 'object') Object.entries(value).forEach(([key, child]) => walk(child, path ? `${path}.${key}` : key));
  };
  walk(catalogFor('en').catalog, '');
  return out;
}
const ENGLISH = englishStrings();
/** Brand names, abbreviations and codes written the same in Spanish. */
const SAME_IN_SPANISH = new Set(['HER2', 'ER', 'PR', 'HER2-low', 'FASLODEX (fulvestrant)', 'FASLODEX']);
const LONG_ENGLISH = [...ENGLISH].filter((text) => text.length >= 20 && !SAME_IN_SPANISH.has(text));
const ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription'];

/** Every text node and accessible-name attribute of an element's shadow tree and the shadow trees inside it. */
function texts(root: ShadowRoot): { text: string; node: Node }[] {
  const out: { text: string; node: Node }[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text && !(node.parentElement && ['STYLE', 'SCRIPT'].includes(node.parentElement.tagName))) out.push({ text, node });
      return;
    }
    if (node instanceof Element) {
      for (const name of ATTRIBUTES) if (node.getAttribute(name)?.trim()) out.push({ text: node.getAttribute(name)!.trim(), node });
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return out;
}

/** The closest `lang` of a node, across shadow roots. */
function langOf(node: Node): string | null {
  for (let el: Element | null = node instanceof Element ? node : node.parentElement; el; ) {
    if (el.hasAttribute('lang')) return el.getAttribute('lang');
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

/** Fails on any English string in a Spanish render, except text marked as English (a product's ISI) and source titles. */
function expectNoEnglish(el: Element, what: string) {
  const found = texts(shadow(el)).filter(({ text, node }) => {
    if (SAME_IN_SPANISH.has(text) || langOf(node)?.startsWith('en')) return false;
    if ((node instanceof Element ? node : node.parentElement)?.closest('details.sources li')) return false; // the cited page's own title
    return ENGLISH.has(text) || LONG_ENGLISH.some((english) => text.includes(english));
  });
  expect(found.map(({ text }) => text), `${what}: English left in a Spanish render`).to.deep.equal([]);
}

/** Every element child of the shadow root (what it renders, not its styles or slots) says the language it shows. */
function expectRootsMarked(el: Element, lang: string, dir = 'ltr') {
  const roots = [...shadow(el).children].filter((child) => !['STYLE', 'SLOT', 'LINK'].includes(child.tagName));
  expect(roots.length, `<${el.localName}> renders`).to.be.greaterThan(0);
  for (const root of roots) {
    expect(root.getAttribute('lang'), `<${el.localName}> root lang`).to.equal(lang);
    expect(root.getAttribute('dir'), `<${el.localName}> root dir`).to.equal(dir);
  }
}

const settle = async (el: Element) => {
  for (let i = 0; i < 3; i += 1) await (el as El).updateComplete;
  for (const inner of shadow(el).querySelectorAll('*')) if ((inner as El).updateComplete) await (inner as El).updateComplete;
};

/* ------------------------------------------------------------------ every element, every state, in Spanish */

const STATES: { what: string; make: () => ReturnType<typeof html> }[] = [
  ...['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'].flatMap((t) => [
    { what: `card ${t}`, make: () => html`<treatment-card treatment=${t} href="/more"></treatment-card>` },
    { what: `card ${t} compact`, make: () => html`<treatment-card treatment=${t} variant="compact" href="/more"></treatment-card>` },
  ]),
  { what: 'card collapsible, closed', make: () => html`<treatment-card treatment="targeted" collapsible></treatment-card>` },
  { what: 'card collapsible, open', make: () => html`<treatment-card treatment="targeted" collapsible open></treatment-card>` },
  { what: 'disclaimer', make: () => html`<safety-banner></safety-banner>` },
  { what: 'product ISI inline', make: () => html`<safety-banner product="faslodex" pi-href="/pi" more-href="/more"></safety-banner>` },
  { what: 'receptors unknown', make: () => html`<receptor-explainer></receptor-explainer>` },
  { what: 'receptors HR+ HER2-negative, after menopause', make: () => html`<receptor-explainer er="positive" pr="positive" her2="negative" menopause="post"></receptor-explainer>` },
  { what: 'receptors HR+ HER2-low, before menopause', make: () => html`<receptor-explainer er="positive" pr="negative" her2="low" menopause="pre"></receptor-explainer>` },
  { what: 'receptors HER2-positive', make: () => html`<receptor-explainer er="negative" pr="negative" her2="positive"></receptor-explainer>` },
  { what: 'receptors triple-negative', make: () => html`<receptor-explainer er="negative" pr="negative" her2="negative"></receptor-explainer>` },
  { what: 'receptors triple-negative HER2-low, interactive', make: () => html`<receptor-explainer interactive er="negative" pr="negative" her2="low"></receptor-explainer>` },
  { what: 'options by scope', make: () => html`<treatment-options></treatment-options>` },
  { what: 'options, no groups, collapsible', make: () => html`<treatment-options group-by="none" collapsible></treatment-options>` },
  { what: 'questions', make: () => html`<doctor-questions></doctor-questions>` },
];

describe('Spanish: every element in every state', () => {
  for (const { what, make } of STATES) {
    it(`${what}: Spanish only (but a product's ISI), every root marked, accessible`, async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="es-US">${make()}</div>`);
      const el = wrap.firstElementChild!;
      await settle(el);
      expectRootsMarked(el, 'es');
      expectNoEnglish(el, what);
      await expect(el).to.be.accessible();
    });
  }

  it('safety tray, collapsed and expanded: Spanish, with the English ISI marked and introduced in Spanish', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><safety-banner product="faslodex" mode="tray"></safety-banner></div>`);
    const el = wrap.firstElementChild as El;
    await settle(el);
    const tray = shadow(el).querySelector('.tray')!;
    expect(tray.getAttribute('lang')).to.equal('es');
    expect(tray.querySelector('.language-note')?.textContent?.trim()).to.equal(catalogFor('es').catalog.safety.ui.englishOnly);
    expect(tray.querySelector('.isi')?.getAttribute('lang')).to.equal('en');
    expectNoEnglish(el, 'tray collapsed');
    await expect(el).to.be.accessible();
    (shadow(el).querySelector('[part~="toggle"]') as HTMLButtonElement).click();
    await settle(el);
    expectNoEnglish(el, 'tray expanded');
    await expect(el).to.be.accessible();
  });

  it('doctor-questions after the reader adds, ticks and removes: status messages and counts in Spanish', async () => {
    const el = await fixture<El>(html`<doctor-questions lang="es-MX"></doctor-questions>`);
    const root = shadow(el);
    const input = root.querySelector<HTMLInputElement>('#add')!;
    input.value = '¿Puedo traer a alguien?';
    input.dispatchEvent(new Event('input'));
    root.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await settle(el);
    (root.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await settle(el);
    expect(root.querySelector('[part~="status"]')!.textContent!.trim()).to.equal(catalogFor('es').catalog.questions.ui.added);
    expect(root.querySelector('[part~="count"]')!.textContent!.trim()).to.equal(catalogFor('es').catalog.questions.ui.count(2));
    expectNoEnglish(el, 'questions with an own question');
    await expect(el).to.be.accessible();
    root.querySelector<HTMLFormElement>('form')!.requestSubmit(); // empty: "type a question first"
    await settle(el);
    expectNoEnglish(el, 'questions, empty submit');
    const doc = await (el as unknown as { printDocument(): Promise<Document> }).printDocument();
    expect(doc.documentElement.lang).to.equal('es');
  });

  it('dates read in Spanish words', async () => {
    const el = await fixture<El>(html`<treatment-card lang="es" treatment="hormonal"></treatment-card>`);
    expect(shadow(el).querySelector('time')!.textContent).to.match(/^\d{1,2} de [a-z]+ de \d{4}$/);
  });
});

/* ------------------------------------------------------------------ resolution */

describe('language resolution', () => {
  it('region and case variants of Spanish show Spanish: es-US, es-MX, es-419, ES', async () => {
    for (const lang of ['es-US', 'es-MX', 'es-419', 'ES']) {
      const el = await fixture<El>(html`<treatment-card lang=${lang} treatment="surgery"></treatment-card>`);
      expect(shadow(el).querySelector('.root')!.getAttribute('lang'), lang).to.equal('es');
      expect(shadow(el).querySelector('h3')!.textContent!.trim()).to.equal(catalogFor('es').catalog.treatments.entries.surgery.name);
    }
  });

  it('follows its own lang, then the closest ancestor across shadow roots, then <html lang>', async () => {
    const html0 = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'es');
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const inner = host.attachShadow({ mode: 'open' });
      inner.innerHTML = '<section lang="en"><treatment-card treatment="hormonal"></treatment-card></section><treatment-card treatment="hormonal"></treatment-card>';
      const [english, spanish] = [...inner.querySelectorAll('treatment-card')] as El[];
      await english.updateComplete;
      await spanish.updateComplete;
      expect(shadow(english).querySelector('.root')!.getAttribute('lang')).to.equal('en');
      expect(shadow(spanish).querySelector('.root')!.getAttribute('lang')).to.equal('es');
    } finally {
      if (html0 === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', html0);
    }
  });

  it('a language change at runtime re-renders: own lang, an ancestor and <html lang>', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en"><treatment-card treatment="radiation"></treatment-card></div>`);
    const el = wrap.firstElementChild as El;
    const name = () => shadow(el).querySelector('h3')!.textContent!.trim();
    expect(name()).to.equal('Radiation therapy');
    wrap.setAttribute('lang', 'es-419');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(name()).to.equal(catalogFor('es').catalog.treatments.entries.radiation.name);
    el.setAttribute('lang', 'en-GB');
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(name()).to.equal('Radiation therapy');
    expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('mixed pages: a Spanish element in an English page and the reverse, each marking its own root', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="en">
      <safety-banner lang="es"></safety-banner>
      <div lang="es"><safety-banner lang="en"></safety-banner></div>
    </div>`);
    const [es, en] = [...wrap.querySelectorAll('safety-banner')] as El[];
    await es.updateComplete;
    await en.updateComplete;
    expectRootsMarked(es, 'es');
    expectRootsMarked(en, 'en');
  });

  it('an unknown or malformed language tag shows English marked lang="en", without a warning', async () => {
    for (const lang of ['xx-nonsense', 'fr-CA', 'not a tag!', '12', 'x']) {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<El>(html`<treatment-card lang=${lang} treatment="hormonal"></treatment-card>`);
        expectRootsMarked(el, 'en');
        expect(shadow(el).querySelector('h3')!.textContent!.trim()).to.equal('Hormonal therapy');
      });
      expect(warnings, lang).to.deep.equal([]);
    }
  });
});

/* ------------------------------------------------------------------ partner packs */

describe('partner language packs (registerLocale)', () => {
  it('the template generated from English registers and shows the English text again', async () => {
    registerLocale('en-XA', packTemplate(catalogFor('en').catalog));
    for (const make of [
      () => html`<treatment-card treatment="targeted" href="/x"></treatment-card>`,
      () => html`<doctor-questions></doctor-questions>`,
      () => html`<receptor-explainer er="positive" her2="low"></receptor-explainer>`,
    ]) {
      const [en, xa] = [await fixture<El>(html`<div lang="en">${make()}</div>`), await fixture<El>(html`<div lang="en-XA">${make()}</div>`)].map(
        (wrap) => wrap.firstElementChild as El,
      );
      await settle(en);
      await settle(xa);
      expect(shadow(xa).querySelector('.root')!.getAttribute('lang')).to.equal('en-XA');
      // The same words, and the pack's translation records (review pending) say so in the review line.
      const pending = ` ${catalogFor('en').catalog.meta.translationPending}`;
      const xaTexts = texts(shadow(xa)).map(({ text }) => text);
      expect(xaTexts.some((text) => text.includes(pending)), 'translation review pending').to.equal(true);
      expect(xaTexts.map((text) => text.replace(pending, ''))).to.deep.equal(texts(shadow(en)).map(({ text }) => text));
    }
  });

  it('a pack registered after render re-renders the elements already on the page', async () => {
    const el = await fixture<El>(html`<treatment-card lang="qa-late" treatment="hormonal"></treatment-card>`);
    expectRootsMarked(el, 'en');
    const pack = packTemplate(catalogFor('en').catalog) as { treatments: { entries: { hormonal: { name: string } } } };
    pack.treatments.entries.hormonal.name = 'Late name';
    registerLocale('qa-late', pack);
    await el.updateComplete;
    expectRootsMarked(el, 'qa-late');
    expect(shadow(el).querySelector('h3')!.textContent!.trim()).to.equal('Late name');
  });

  it('a malformed pack throws one TypeError listing missing, extra and mistyped keys, and registers nothing', () => {
    const pack = packTemplate(catalogFor('en').catalog) as Record<string, Record<string, Record<string, unknown>>>;
    delete pack.treatments.ui.whatItIs;
    pack.treatments.ui.colour = 'blue';
    pack.meta.sources = 42 as never;
    pack.treatments.ui.learnMore = 'More about {medicine}';
    (pack.questions.ui as Record<string, unknown>).count = { one: 'one question' };
    const hormonal = (pack.treatments.entries as Record<string, Record<string, unknown>>).hormonal;
    (hormonal.sources as Record<string, unknown>[])[0].url = 'javascript:alert(1)';
    hormonal.translation = { from: 'en', sourceVersion: 'v1', review: 'done' };
    hormonal.scope = 'local';
    let error: unknown;
    try {
      registerLocale('qa-bad', pack);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(TypeError);
    const message = (error as Error).message;
    expect(message).to.contain('Missing: treatments.ui.whatItIs, questions.ui.count.other.');
    expect(message).to.contain('Extra: treatments.ui.colour.');
    expect(message).to.contain('meta.sources (expected a template string using {count}');
    expect(message).to.contain('treatments.ui.learnMore (unknown placeholder {medicine}');
    expect(message).to.contain('treatments.entries.hormonal.sources[0].url (expected an http: or https: URL)');
    expect(message).to.contain('treatments.entries.hormonal.translation (expected');
    expect(message).to.contain('treatments.entries.hormonal.scope (expected "systemic")');
    expect(() => registerLocale('qa-bad', 'not a pack')).to.throw(TypeError, /must be an object/);
    expect(() => registerLocale('not a tag', {})).to.throw(TypeError, /language tag/);
    expect(() => registerLocale('en', {})).to.throw(TypeError, /English is built in/);
    expect(() => registerLocale('qa-bad', { meta: pack.meta, safety: { packs: { x: {} } } })).to.throw(TypeError, /registerSafetyContent/);
    expect(catalogFor('qa-bad').locale).to.equal('en');
  });

  it('without the English catalog on the page (no main bundle), registering throws and registers nothing', () => {
    const state = contentState();
    const english = state.english;
    delete state.english;
    try {
      expect(() => registerLocale('qa-early', packTemplate(catalogFor('en').catalog))).to.throw(TypeError, /load the main mbc-elements script/);
    } finally {
      state.english = english;
    }
    expect(catalogFor('qa-early').locale).to.equal('en');
  });

  it('functions are templates: plural forms, month names, placeholders', () => {
    const pack = packTemplate(catalogFor('en').catalog) as Record<string, Record<string, Record<string, unknown>>>;
    pack.meta.date = { format: '{day}. {month} {year}', months: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'] };
    (pack.questions.ui as Record<string, unknown>).count = { '=0': 'Tom.', one: '{count} spørsmål.', other: '{count} spørsmål totalt.' };
    registerLocale('nb', pack);
    const { catalog } = catalogFor('nb-NO');
    expect(catalog.meta.date(2026, 12, 1)).to.equal('1. des 2026');
    expect([0, 1, 5].map((n) => catalog.questions.ui.count(n))).to.deep.equal(['Tom.', '1 spørsmål.', '5 spørsmål totalt.']);
    expect(catalog.treatments.ui.learnMore('X')).to.equal('More about x', '{name:lower}');
  });

  it('a pack without the overview: <treatment-options> speaks English, its cards still speak the pack, the links back stay English', async () => {
    const pack = pseudoRtlPack();
    delete pack.options;
    registerLocale('nl', pack);
    const el = await fixture<El>(html`<treatment-options lang="nl" treatments="hormonal"></treatment-options>`);
    await settle(el);
    expectRootsMarked(el, 'en');
    const card = shadow(el).querySelector('treatment-card')!;
    expect(card.getAttribute('lang')).to.equal('nl');
    expect(shadow(card).querySelector('.root')!.getAttribute('lang')).to.equal('nl');
    expect(card.querySelector('.back')!.getAttribute('lang')).to.equal('en');
    await expect(el).to.be.accessible();
  });

  it('what a pack leaves out falls back to English per entry, with that entry\'s labels, marked lang="en"', async () => {
    registerLocale(PSEUDO_RTL_TAG, pseudoRtlPack());
    const wrap = await fixture<HTMLDivElement>(html`<div lang=${PSEUDO_RTL_TAG}>
      <treatment-card treatment="surgery" href="/s"></treatment-card>
      <treatment-card treatment="hormonal" href="/h"></treatment-card>
      <receptor-explainer er="negative" pr="negative" her2="unknown"></receptor-explainer>
      <doctor-questions></doctor-questions>
    </div>`);
    const [surgery, hormonal, receptors, questions] = [...wrap.children] as El[];
    for (const el of [surgery, hormonal, receptors, questions]) await settle(el);
    // The surgery card is not in the pack: the whole card, labels and link included, is English.
    expectRootsMarked(surgery, 'en', 'ltr');
    expect(shadow(surgery).querySelector('[part~="link"]')!.textContent).to.equal('More about surgery');
    expectRootsMarked(hormonal, PSEUDO_RTL_TAG, 'rtl');
    // The HER2 marker is not in the pack: its sentence, with the English "ask" label, is marked English.
    expectRootsMarked(receptors, PSEUDO_RTL_TAG, 'rtl');
    const missing = [...shadow(receptors).querySelectorAll('ul.missing li')];
    const her2 = missing.find((li) => li.getAttribute('lang') === 'en')!;
    expect(her2.getAttribute('dir')).to.equal('ltr');
    expect(her2.textContent).to.contain(catalogFor('en').catalog.receptors.ui.ask);
    expect(her2.textContent).to.contain(catalogFor('en').catalog.receptors.markers.her2.question);
    // The questions about tests are not in the pack: that group is English, the rest is not.
    const tests = shadow(questions).querySelector('[data-topic="tests"]')!;
    expect([tests.getAttribute('lang'), tests.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(shadow(questions).querySelector('[data-topic="choosing"]')!.hasAttribute('lang')).to.equal(false);
    await expect(receptors).to.be.accessible();
    await expect(questions).to.be.accessible();
  });
});

/* ------------------------------------------------------------------ right to left */

describe('right to left', () => {
  before(() => registerLocale(PSEUDO_RTL_TAG, pseudoRtlPack()));

  it('a right-to-left pack renders dir="rtl"; the card edge, the open sign and the lists mirror', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="inline-size: 320px">
      <treatment-card lang=${PSEUDO_RTL_TAG} treatment="hormonal" collapsible></treatment-card>
      <treatment-card lang="en" treatment="hormonal" collapsible></treatment-card>
    </div>`);
    const [rtl, ltr] = [...wrap.children] as El[];
    await settle(rtl);
    expectRootsMarked(rtl, PSEUDO_RTL_TAG, 'rtl');
    const card = (el: El) => getComputedStyle(shadow(el).querySelector('.card')!);
    expect(parseFloat(card(rtl).borderRightWidth)).to.be.greaterThan(0);
    expect(parseFloat(card(rtl).borderLeftWidth)).to.be.lessThan(parseFloat(card(rtl).borderRightWidth));
    expect(parseFloat(card(ltr).borderLeftWidth)).to.be.greaterThan(parseFloat(card(ltr).borderRightWidth));
    // The plus/minus sign sits at the inline end of the button (a symmetric sign: nothing to turn).
    const button = (el: El) => shadow(el).querySelector('[part~="toggle"]')!.getBoundingClientRect();
    const icon = (el: El) => shadow(el).querySelector('.icon')!.getBoundingClientRect();
    expect(icon(rtl).left - button(rtl).left).to.be.lessThan(button(rtl).right - icon(rtl).right);
    expect(button(ltr).right - icon(ltr).right).to.be.lessThan(icon(ltr).left - button(ltr).left);
    await expect(rtl).to.be.accessible();
  });

  it('English or Spanish inside a right-to-left page renders left to right with its language marked', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="he" dir="rtl">
      <treatment-card treatment="hormonal"></treatment-card>
      <safety-banner lang="es" product="faslodex"></safety-banner>
    </div>`);
    const [card, banner] = [...wrap.children] as El[];
    await settle(card);
    await settle(banner);
    expectRootsMarked(card, 'en', 'ltr');
    expectRootsMarked(banner, 'es', 'ltr');
  });

  it('in a right-to-left pack the English ISI is marked lang="en" dir="ltr" and introduced in the pack\'s words', async () => {
    const el = await fixture<El>(html`<safety-banner lang=${PSEUDO_RTL_TAG} product="faslodex"></safety-banner>`);
    await settle(el);
    expectRootsMarked(el, PSEUDO_RTL_TAG, 'rtl');
    const isi = shadow(el).querySelector('.banner .isi')!;
    expect([isi.getAttribute('lang'), isi.getAttribute('dir')]).to.deep.equal(['en', 'ltr']);
    expect(shadow(el).querySelector('.language-note')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it("the element's own dir overrides the language's direction", async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <treatment-card lang=${PSEUDO_RTL_TAG} dir="ltr" treatment="hormonal"></treatment-card>
      <treatment-card lang="en" dir="rtl" treatment="hormonal"></treatment-card>
    </div>`);
    const [a, b] = [...wrap.children] as El[];
    await settle(a);
    await settle(b);
    expectRootsMarked(a, PSEUDO_RTL_TAG, 'ltr');
    expectRootsMarked(b, 'en', 'rtl');
    b.setAttribute('dir', 'ltr');
    await new Promise((resolve) => setTimeout(resolve));
    await b.updateComplete;
    expectRootsMarked(b, 'en', 'ltr');
  });

  it('the tray mirrors: its button sits at the inline end of the bar', async () => {
    const el = await fixture<El>(html`<safety-banner lang=${PSEUDO_RTL_TAG} product="faslodex" mode="tray"></safety-banner>`);
    await settle(el);
    const tray = shadow(el).querySelector('.tray')!;
    expect(tray.getAttribute('dir')).to.equal('rtl');
    const bar = tray.querySelector('.bar')!.getBoundingClientRect();
    const button = tray.querySelector('[part~="toggle"]')!.getBoundingClientRect();
    expect(button.left - bar.left).to.be.lessThan(bar.right - button.right);
    el.remove();
  });
});

/* ------------------------------------------------------------------ safety packs by locale */

const SPONSOR_ES = {
  product: 'testdrug',
  locale: 'es',
  name: 'TESTDRUG (testina)',
  version: '2026-ES-1',
  approvalCode: 'TD-ES-0001',
  complete: true,
  updated: '2026-11-01',
  keyRisk: 'Texto de prueba del patrocinador: riesgo principal.',
  sections: [{ heading: 'Advertencias de prueba', paragraphs: ['Texto de prueba del patrocinador.'] }],
  sources: [{ title: 'Etiqueta de prueba', publisher: 'Patrocinador de prueba' }],
};
const SPONSOR_EN = { ...SPONSOR_ES, locale: undefined, version: '2026-EN-1', approvalCode: 'TD-EN-0001', keyRisk: 'Sponsor test text: key risk.', sections: [{ heading: 'Test warnings', paragraphs: ['Sponsor test text.'] }] };

describe('safety packs by locale', () => {
  after(() => {
    const state = safetyState();
    delete state.packs.testdrug;
    delete state.localized?.es?.testdrug;
  });

  it('registerSafetyContent validates the locale', () => {
    expect(() => registerSafetyContent({ ...SPONSOR_ES, locale: 'espagnol!' })).to.throw(TypeError, /pack\.locale must be a language tag/);
    expect(() => registerSafetyContent({ ...SPONSOR_ES, locale: 7 as never })).to.throw(TypeError, /pack\.locale/);
  });

  it('a Spanish page shows the English pack marked lang="en" after one Spanish sentence, until the sponsor registers a Spanish pack', async () => {
    registerSafetyContent(SPONSOR_EN);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es-US"><safety-banner product="testdrug"></safety-banner></div>`);
    const el = wrap.firstElementChild as El;
    await settle(el);
    const isi = () => shadow(el).querySelector('.isi')!;
    expect(isi().getAttribute('lang')).to.equal('en');
    expect(shadow(el).querySelector('.language-note')!.textContent!.trim()).to.equal(catalogFor('es').catalog.safety.ui.englishOnly);
    expect(shadow(el).querySelector('.risk')!.textContent).to.equal(SPONSOR_EN.keyRisk);
    registerSafetyContent(SPONSOR_ES);
    await settle(el);
    expect(isi().hasAttribute('lang')).to.equal(false);
    expect(shadow(el).querySelector('.language-note')).to.equal(null);
    expect(shadow(el).querySelector('.risk')!.textContent).to.equal(SPONSOR_ES.keyRisk);
    expect(shadow(el).querySelector('.codes')!.textContent).to.contain('TD-ES-0001');
    expectNoEnglish(el, 'Spanish sponsor pack');
    await expect(el).to.be.accessible();
  });

  it('an English page keeps the English pack; one tray per product across locale variants', async () => {
    registerSafetyContent(SPONSOR_EN);
    registerSafetyContent(SPONSOR_ES);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <safety-banner lang="en" product="testdrug"></safety-banner>
      <safety-banner lang="es-MX" product="testdrug" mode="tray"></safety-banner>
      <safety-banner lang="es" product="testdrug" mode="tray"></safety-banner>
    </div>`);
    const [inline, tray, second] = [...wrap.children] as El[];
    for (const el of [inline, tray, second]) await settle(el);
    expect(shadow(inline).querySelector('.risk')!.textContent).to.equal(SPONSOR_EN.keyRisk);
    expect(shadow(tray).querySelector('.tray .risk')!.textContent).to.equal(SPONSOR_ES.keyRisk);
    expect(shadow(second).querySelector('.tray')).to.equal(null);
  });
});
