/**
 * Text size floors on real host styles: five CSS frameworks from npm (Bootstrap, Tailwind's preflight,
 * USWDS, NHS.UK frontend, GOV.UK Frontend), each with the common `html { font-size: 62.5% }` on top.
 * Inside every element, body text renders at least 16px and no text below 14px; a host whose root is
 * larger (a reader's zoom or default font size, `font-size: 125%`) still makes the text larger.
 */
import { expect } from '@open-wc/testing';
import { elementsIn, nextFrames } from './helpers.js';

const FRAMEWORKS: [name: string, href: string, htmlClass: string, bodyClass: string][] = [
  ['Bootstrap', '/node_modules/bootstrap/dist/css/bootstrap.min.css', '', ''],
  ["Tailwind's preflight", '/node_modules/tailwindcss/preflight.css', '', ''],
  ['USWDS', '/node_modules/@uswds/uswds/dist/css/uswds.min.css', '', 'usa-prose'],
  ['NHS.UK frontend', '/node_modules/nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css', '', 'js-enabled'],
  ['GOV.UK Frontend', '/node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css', 'govuk-template', 'govuk-template__body govuk-body'],
];

const ELEMENTS = `
  <treatment-card treatment="hormonal" href="/hormonal"></treatment-card>
  <treatment-card treatment="chemotherapy" variant="compact"></treatment-card>
  <receptor-explainer interactive er="positive"></receptor-explainer>
  <treatment-options treatments="surgery"><safety-banner slot="safety"></safety-banner></treatment-options>
  <doctor-questions></doctor-questions>
  <safety-banner product="faslodex" pi-href="/pi"></safety-banner>`;

async function hostPage(head: string, htmlClass = '', bodyClass = '') {
  const frame = document.createElement('iframe');
  frame.title = 'host page';
  frame.style.cssText = 'width:800px;height:600px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en" class="${htmlClass}"><head>${head}<script type="module" src="/src/all.ts"></script></head>
    <body class="${bodyClass}"><main>${ELEMENTS}</main></body></html>`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await Promise.all(['treatment-card', 'receptor-explainer', 'treatment-options', 'doctor-questions', 'safety-banner'].map((tag) => win.customElements.whenDefined(tag)));
  for (const el of elementsIn(doc)) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  for (const el of elementsIn(doc)) for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  await nextFrames(win);
  return { frame, win, doc };
}

/** The font size of every piece of visible text inside the elements' shadow roots, with where it is. */
function textSizes(win: Window, doc: Document): { where: string; size: number; body: boolean }[] {
  const found: { where: string; size: number; body: boolean }[] = [];
  for (const host of elementsIn(doc)) {
    const root = host.shadowRoot;
    if (!root) continue;
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent!.trim() || !parent.getClientRects().length || parent.closest('style')) continue;
      // Body text: paragraphs and list items of the content, not the footer, the codes line, the character count or the tray's bar (secondary text: 14px floor).
      const body = Boolean(parent.closest('p, li')) && !parent.closest('.meta, .codes, .tray, .chars');
      found.push({ where: `<${host.localName}> ${parent.localName} "${node.textContent!.trim().slice(0, 24)}"`, size: parseFloat(win.getComputedStyle(parent).fontSize), body });
    }
  }
  return found;
}

describe('text size floors on framework host pages', () => {
  for (const [name, href, htmlClass, bodyClass] of FRAMEWORKS) {
    it(`${name} with html { font-size: 62.5% }: body text at least 16px, nothing below 14px`, async () => {
      const { frame, win, doc } = await hostPage(`<link rel="stylesheet" href="${href}"><style>html { font-size: 62.5%; }</style>`, htmlClass, bodyClass);
      try {
        expect(doc.styleSheets[0].cssRules.length, `${name} loaded`).to.be.greaterThan(10);
        expect(parseFloat(win.getComputedStyle(doc.documentElement).fontSize), 'the host root is 10px').to.equal(10);
        const sizes = textSizes(win, doc);
        expect(sizes.length).to.be.greaterThan(50);
        expect(sizes.filter((t) => t.body && t.size < 16).map((t) => `${t.where}: ${t.size}px`), 'body text under 16px').to.deep.equal([]);
        expect(sizes.filter((t) => t.size < 14).map((t) => `${t.where}: ${t.size}px`), 'text under 14px').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  for (const [what, rule] of [['root font-size 20px', 'html { font-size: 20px; }'], ['root font-size 125%', 'html { font-size: 125%; }']] as const) {
    it(`a larger host text size still scales the text up (${what})`, async () => {
      const small = await hostPage('<style>html { font-size: 62.5%; }</style>');
      const large = await hostPage(`<style>${rule}</style>`);
      try {
        const before = textSizes(small.win, small.doc);
        const after = textSizes(large.win, large.doc);
        expect(after.length).to.equal(before.length);
        const footer = (list: typeof before) => list.find((t) => t.where.includes('time'))!.size;
        expect(Math.min(...after.filter((t) => t.body).map((t) => t.size)), 'smallest body text').to.be.at.least(20);
        expect(footer(after), 'footer').to.be.greaterThan(footer(before));
      } finally {
        small.frame.remove();
        large.frame.remove();
      }
    });
  }
});
