import { expect } from '@open-wc/testing';
import '../src/all.js';
import { captureWarnings } from './helpers.js';

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

/** Rendered text (innerText: laid-out words, block breaks) of an element's shadow root, whitespace runs collapsed. */
const shadowText = (el: Element) =>
  [...(el.shadowRoot?.children ?? [])]
    .map((child) => (child as HTMLElement).innerText ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Loads a plain HTML page (as a partner would write it) into an iframe and waits for the cards. */
async function loadPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('treatment-card');
  const elements = [...frame.contentDocument!.querySelectorAll('*')].filter((el) => el.localName.includes('-')) as Updatable[];
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  return frame.contentDocument!;
}

function expectCards(doc: Document) {
  const names = [...doc.querySelectorAll('treatment-card')].map((card) => card.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim());
  expect(names).to.deep.equal(['Hormonal therapy', 'Chemotherapy', 'Targeted therapy', 'Radiation therapy', 'Surgery']);
  const first = doc.querySelector('treatment-card')!;
  // The pasted fallback is not slotted once the card renders its own content.
  const fallback = first.querySelector('p')!;
  expect(fallback.assignedSlot).to.equal(null);
  expect(fallback.getClientRects().length).to.equal(0);
}

describe('built CDN bundles in a plain page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the ES module bundle registers and renders every card', async () => {
    expectCards(await loadPage('/tests/fixtures/cdn-module.html'));
  });

  it('the minified bundle renders the same text as the source, element by element', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-module.html');
    const built = [...doc.querySelectorAll('body > *, #others > *')].filter((el) => el.localName.includes('-'));
    expect(built.length).to.be.greaterThan(8);
    for (const el of built) {
      const fromSource = document.importNode(el, false) as Updatable;
      document.body.append(fromSource);
      await fromSource.updateComplete;
      expect(shadowText(el), `<${el.localName}> text`).to.equal(shadowText(fromSource));
      expect(shadowText(el).length, `<${el.localName}> renders text`).to.be.greaterThan(20);
      fromSource.remove();
    }
  });

  it('the classic-script bundle registers and renders every card, adding no global of its own', async () => {
    const doc = await loadPage('/tests/fixtures/cdn-classic.html');
    expectCards(doc);
    const win = doc.defaultView as unknown as Record<string, unknown>;
    expect(Object.keys(win).filter((key) => /mbc/i.test(key))).to.deep.equal([]);
  });

  it('loading the bundle twice (module twice plus the classic script) leaves every card working', async () => {
    const warnings = await captureWarnings(async () => {
      const doc = await loadPage('/tests/fixtures/cdn-twice.html');
      expectCards(doc);
      const card = doc.querySelector('treatment-card[collapsible]')!;
      (card.shadowRoot!.querySelector('button') as HTMLButtonElement).click();
      await (card as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(card.hasAttribute('open')).to.equal(true);
    });
    expect(warnings.filter((w) => w.includes('already defined'))).to.deep.equal([]);
  });
});
