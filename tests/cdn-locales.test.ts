import { expect } from '@open-wc/testing';

// The built locale files in plain pages, as a partner writes them: the documented second script tag
// (classic and module), the automatic load when it is missing (with its SRI hash), a changed file that
// the browser refuses, and an English page that downloads no Spanish bytes; and the partner language
// file (locales/register.js), which the main bundles do not carry. Needs `npm run build`.

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
type PageApi = { __mbcElements: Record<string, unknown>; partnerRegisterLocale?: unknown };

async function loadPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  await frame.contentWindow!.customElements.whenDefined('treatment-card');
  return frame.contentDocument!;
}

const heading = (doc: Document) => doc.querySelector('treatment-card')!.shadowRoot?.querySelector('h3')?.textContent?.trim();
const rootLang = (el: Element) => el.shadowRoot?.querySelector('.root')?.getAttribute('lang');

async function until(check: () => boolean, what: string, ms = 8000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Spanish everywhere it should be: the card, the disclaimer, and a product's English ISI introduced in Spanish. */
async function expectSpanish(doc: Document) {
  await until(() => heading(doc) === 'Terapia hormonal', 'the Spanish card');
  const elements = [...doc.querySelectorAll('treatment-card, safety-banner')] as Updatable[];
  await Promise.all(elements.map((el) => el.updateComplete));
  for (const el of elements) expect(rootLang(el), `<${el.localName}> root`).to.equal('es');
  const product = doc.querySelector('safety-banner[product]');
  if (product) {
    expect(product.shadowRoot!.querySelector('.isi')!.getAttribute('lang')).to.equal('en');
    expect(product.shadowRoot!.querySelector('.language-note')!.textContent).to.match(/inglés/);
  }
  // The partner's fallback is not shown once the card speaks Spanish.
  expect(doc.querySelector('treatment-card p')!.assignedSlot).to.equal(null);
}

const integrity = async () => (await (await fetch('/dist/cdn/integrity.json')).json()) as Record<string, string>;

describe('the built Spanish file in plain pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('classic scripts: the main script and locales/es.iife.js beside it', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-es-classic.html');
    await expectSpanish(doc);
    expect(doc.querySelectorAll('script[src*="/locales/"]').length, 'no second copy loaded').to.equal(1);
  });

  it('modules: mbc-elements.js and locales/es.js beside it', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-es-module.html');
    await expectSpanish(doc);
    expect(doc.querySelectorAll('script[src*="/locales/"]').length, 'no second copy loaded').to.equal(1);
  });

  it('the Spanish file first, then two versions of the package: every copy sees the one registration', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-es-first.html');
    await expectSpanish(doc);
    expect(doc.querySelectorAll('script[src*="/locales/"]').length, 'nothing loaded again').to.equal(1);
  });

  for (const [kind, file] of [['module', 'locales/es.js'], ['classic', 'locales/es.iife.js']] as const) {
    it(`${kind}: without the second tag, the file loads itself from beside the main script, with its SRI hash`, async () => {
      const doc = await loadPage(`/tests/fixtures/cdn-es-auto-${kind}.html`);
      await expectSpanish(doc);
      const scripts = [...doc.querySelectorAll<HTMLScriptElement>('script[src*="/locales/"]')];
      expect(scripts.length).to.equal(1);
      expect(new URL(scripts[0].src).pathname).to.equal(`/dist/cdn/${file}`);
      expect(scripts[0].integrity).to.equal((await integrity())[file]);
      expect(scripts[0].crossOrigin).to.equal('anonymous');
      expect(scripts[0].type).to.equal(kind === 'module' ? 'module' : '');
    });
  }

  it('a Spanish file changed on the server is refused by its hash: the page stays readable in English', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-es-tampered.html');
    await until(() => Boolean(doc.querySelector('script[src*="/locales/"]')), 'the automatic load');
    const card = doc.querySelector('treatment-card') as Updatable;
    await until(() => heading(doc) === 'Hormonal therapy', 'English after the refused file', 8000);
    expect(rootLang(card)).to.equal('en');
    expect(card.shadowRoot!.querySelector('.root')!.textContent).to.not.contain('Terapia');
  });

  it('an English page downloads no Spanish bytes', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-module.html');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const resources = doc.defaultView!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.some((name) => name.includes('/dist/cdn/mbc-elements.js'))).to.equal(true);
    expect(resources.filter((name) => name.includes('/locales/'))).to.deep.equal([]);
    expect(doc.querySelectorAll('script[src*="/locales/"]').length).to.equal(0);
    const main = await (await fetch('/dist/cdn/mbc-elements.js')).text();
    expect(main).to.not.contain('Terapia hormonal');
  });
});

describe('the built partner language file in plain pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const kind of ['classic', 'module'] as const) {
    it(`${kind}: the main script, then locales/register${kind === 'classic' ? '.iife' : ''}.js; a partner pack renders`, async () => {
      const doc = await loadPage(`/tests/fixtures/cdn-register-${kind}.html`);
      await until(() => heading(doc) === 'Hormonioterapia', 'the partner pack on the card');
      const card = doc.querySelector('treatment-card') as Updatable;
      await card.updateComplete;
      expect(rootLang(card)).to.equal('pt-BR');
      expect(doc.querySelector('treatment-card p')!.assignedSlot, 'the fallback is not shown').to.equal(null);
      const win = doc.defaultView as unknown as PageApi;
      expect(typeof win.__mbcElements.registerLocale).to.equal('function');
      if (kind === 'module') expect(win.partnerRegisterLocale, 'the module exports what the page state has').to.equal(win.__mbcElements.registerLocale);
    });
  }

  it('without the main script, registering throws a TypeError that says to load it, and nothing is registered', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/fixtures/cdn-register-alone.html';
    document.body.append(frame);
    await loaded;
    const state = (frame.contentWindow as unknown as PageApi).__mbcElements as { registerLocale: (tag: string, pack: unknown) => unknown; content?: { locales?: object } };
    const pack = await (await fetch('/dist/locales/template.json')).json();
    let error: Error | undefined;
    try {
      state.registerLocale('pt-BR', pack);
    } catch (e) {
      error = e as Error;
    }
    expect(error?.name).to.equal('TypeError');
    expect(error?.message).to.match(/load the main mbc-elements script before registering a language/);
    expect(state.content?.locales ?? {}).to.deep.equal({});
  });

  it('the main bundles carry no pack checker; the register file carries no English text', async () => {
    const text = async (file: string) => (await fetch(`/dist/cdn/${file}`)).text();
    for (const file of ['mbc-elements.js', 'mbc-elements.iife.js']) expect(await text(file), file).to.not.contain('does not match the English catalog');
    for (const file of ['locales/register.js', 'locales/register.iife.js']) {
      const code = await text(file);
      expect(code, file).to.contain('does not match the English catalog');
      expect(code, file).to.not.contain('Hormonal therapy');
    }
  });
});
