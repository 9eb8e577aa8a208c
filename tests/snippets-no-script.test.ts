// The prerendered snippets (dist/snippets, written by the build) with JavaScript off: a same-origin
// iframe without allow-scripts, so the page parses the declarative shadow roots and runs nothing.
import { expect } from '@open-wc/testing';
import { underMedia } from './helpers.js';

/** A page made of the given snippets, loaded with scripts off (or with the CDN bundle, `script`). */
async function noScript(files: string[], lang = 'en', script = false): Promise<Document> {
  const snippets = await Promise.all(
    files.map(async (file) => {
      const response = await fetch(`/dist/snippets/${file}.html`);
      if (!response.ok) throw new Error(`dist/snippets/${file}.html is missing: run npm run build`);
      return response.text();
    }),
  );
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', script ? 'allow-same-origin allow-scripts' : 'allow-same-origin');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snippets</title>${script ? '<script type="module" src="/dist/cdn/mbc-elements.js"></script>' : ''}</head><body>${snippets.join('\n')}</body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const shown = (el: Element | null | undefined) => Boolean(el && el.getClientRects().length && (el as HTMLElement).offsetHeight > 0);
const words = (el: Element | null | undefined) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();

describe('snippets without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('show each element styled from its shadow root, and hide the fallback text', async () => {
    const doc = await noScript(['en/treatment-card/hormonal-full', 'en/receptor-explainer/triple-negative', 'en/safety-banner/faslodex-inline', 'en/doctor-questions/all', 'en/treatment-options/all']);
    expect(doc.defaultView!.customElements.get('treatment-card')).to.equal(undefined, 'no script ran');
    const elements = [...doc.body.children];
    expect(elements.map((el) => el.localName)).to.deep.equal(['treatment-card', 'receptor-explainer', 'safety-banner', 'doctor-questions', 'treatment-options']);
    for (const el of elements) {
      const root = el.shadowRoot!;
      expect(root, `${el.localName} has its declarative shadow root`).to.exist;
      const heading = root.querySelector('[part~="heading"]');
      expect(shown(heading), `${el.localName}: heading on screen`).to.equal(true);
      expect(words(heading).length).to.be.greaterThan(3);
      // The element's own styles apply: the box and headings are laid out as designed, not as plain HTML.
      const box = root.querySelector('.root') as HTMLElement;
      expect(getComputedStyle(box).boxSizing, el.localName).to.equal('border-box');
      expect(getComputedStyle(heading!).lineHeight).not.to.equal('normal');
      // The light-DOM fallback is there (for a page that strips templates) but not on screen twice.
      const fallback = el.querySelector('h1, h2, h3, h4, h5, h6');
      expect(fallback, `${el.localName} carries fallback text`).to.exist;
      expect(fallback!.assignedSlot).to.equal(null);
      expect(shown(fallback)).to.equal(false);
    }
    const card = doc.querySelector('treatment-card')!;
    expect(words(card.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Hormonal therapy');
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="badge"]')!).fontWeight).to.equal('700');
  });

  it('a tray snippet shows the whole ISI in the flow', async () => {
    const doc = await noScript(['en/safety-banner/faslodex-tray']);
    const root = doc.querySelector('safety-banner')!.shadowRoot!;
    const isi = root.querySelector('.isi') as HTMLElement;
    expect(shown(isi)).to.equal(true);
    expect(getComputedStyle(root.querySelector('.root')!).position).to.equal('static');
    expect(root.querySelector('[popover], [hidden]')).to.equal(null, 'nothing collapsed or waiting for a popover');
    for (const sub of root.querySelectorAll('[part~="subheading"]')) expect(shown(sub), words(sub)).to.equal(true);
    expect(words(isi)).to.contain('People who have had an allergic reaction to any of the ingredients in FASLODEX should not receive it.');
  });

  it('an interactive explainer snippet shows the explanation for its attributes, its answers ticked', async () => {
    const doc = await noScript(['en/receptor-explainer/interactive-hr-positive-her2-negative']);
    const root = doc.querySelector('receptor-explainer')!.shadowRoot!;
    expect(words(root.querySelector('[part~="subtype"]'))).to.contain('Hormone receptor-positive, HER2-negative.');
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((input) => input.checked).map((input) => `${input.name}=${input.value}`);
    expect(ticked.sort()).to.deep.equal(['er=positive', 'her2=negative', 'menopause=post', 'pr=positive']);
  });

  it('a collapsible card snippet shows open, in Spanish too', async () => {
    const doc = await noScript(['es/treatment-card/targeted-collapsible'], 'es');
    const root = doc.querySelector('treatment-card')!.shadowRoot!;
    const details = root.querySelector('[part~="details"]')!;
    expect(details.hasAttribute('hidden')).to.equal(false);
    expect(shown(details.querySelector('ul'))).to.equal(true);
    expect(root.querySelector('button[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(root.querySelector('.root')!.getAttribute('lang')).to.equal('es');
  });

  it('a collapsible options page shows every card open, and the question list hides what needs script', async () => {
    const doc = await noScript(['en/treatment-options/collapsible', 'en/doctor-questions/all']);
    const cards = [...doc.querySelector('treatment-options')!.shadowRoot!.querySelectorAll('treatment-card')];
    expect(cards.length).to.equal(5);
    for (const card of cards) expect(shown(card.shadowRoot!.querySelector('[part~="details"] ul')), words(card.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal(true);
    const questions = doc.querySelector('doctor-questions')!.shadowRoot!;
    for (const selector of ['[part~="print"]', '[part~="copy"]', '[part~="add-form"]']) {
      expect(getComputedStyle(questions.querySelector(selector)!).visibility, selector).to.equal('hidden');
    }
    const boxes = [...questions.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.length).to.be.greaterThan(5);
    expect(boxes.every((box) => shown(box) && !box.checked)).to.equal(true, 'every question has an empty box to tick');
  });

  it('the question list prints without script: every question with an empty box, no controls, no blank space', async () => {
    const doc = await noScript(['es/doctor-questions/all'], 'es');
    const root = doc.querySelector('doctor-questions')!.shadowRoot!;
    await underMedia('print', () => {
      for (const selector of ['[data-topic="own"]', '.actions', '[part~="print"]', '[part~="add-form"]']) {
        expect(getComputedStyle(root.querySelector(selector)!).display, selector).to.equal('none');
      }
      const questions = [...root.querySelectorAll('[part~="question"]')];
      expect(questions.length).to.be.greaterThan(5);
      for (const question of questions) {
        expect(shown(question) && getComputedStyle(question).visibility === 'visible', words(question)).to.equal(true);
        expect(shown(question.querySelector('input[type="checkbox"]')), words(question)).to.equal(true);
      }
    });
  });

  it('with the script, each element renders over its snippet once, and the fallback stays hidden', async () => {
    const doc = await noScript(['en/treatment-card/hormonal-collapsible', 'en/safety-banner/faslodex-inline', 'en/receptor-explainer/interactive'], 'en', true);
    const win = doc.defaultView!;
    await win.customElements.whenDefined('receptor-explainer');
    const elements = [...doc.body.children] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      expect(el.shadowRoot!.querySelectorAll('.root').length, el.localName).to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('[part~="heading"]').length, el.localName).to.equal(1);
      expect(shown(el.querySelector('h1, h2, h3, h4, h5, h6'))).to.equal(false);
    }
    // The collapsible card works: it was prerendered open, and its toggle closes it.
    const toggle = elements[0].shadowRoot!.querySelector<HTMLButtonElement>('button[part~="toggle"]')!;
    toggle.click();
    await elements[0].updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
  });
});

/**
 * The demo pages made only of snippets (dist/snippets/pages, served by tests/robustness/middleware.mjs),
 * read with JavaScript off at a desktop and a phone width.
 */
describe('snippet pages without JavaScript', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  const TAGS = 'safety-banner, treatment-card, receptor-explainer, treatment-options, doctor-questions';
  /** Every element on the page, with those inside other elements' shadow roots. */
  const all = (root: Document | ShadowRoot): Element[] => [...root.querySelectorAll(TAGS)].flatMap((el) => [el, ...all(el.shadowRoot!)]);
  const visible = (el: Element) => shown(el) && getComputedStyle(el).visibility === 'visible';
  /** Text that waits on purpose: a closed sources disclosure, and the question list's controls that need script. */
  const waits = (el: Element) => Boolean(el.closest('details:not([open]) > :not(summary), [data-topic="own"], .actions, [part~="status"]'));

  async function page(path: string, width: number): Promise<Document> {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = `width:${width}px;height:600px;border:0;display:block`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = `/snippet-pages/${path}?script=off`;
    document.body.append(frame);
    await loaded;
    return frame.contentDocument!;
  }

  for (const [language, path] of [['English', 'index.html'], ['Spanish', 'es/index.html']]) {
    for (const width of [1280, 320]) {
      it(`${language} at ${width} px: every element reads in full, styled, nothing clipped, no fallback twice`, async () => {
        const doc = await page(path, width);
        expect(doc.defaultView!.customElements.get('treatment-card')).to.equal(undefined, 'no script ran');
        const elements = all(doc);
        expect(elements.length).to.be.at.least(8);
        const problems: string[] = [];
        for (const el of elements) {
          const root = el.shadowRoot;
          const box = root?.querySelector('.root');
          if (!root || !box) {
            problems.push(`<${el.localName}> has no prerendered shadow root`);
            continue;
          }
          const name = `<${el.localName}> ${words(root.querySelector('[part~="heading"]')).slice(0, 30)}`;
          if (getComputedStyle(box).boxSizing !== 'border-box') problems.push(`${name}: unstyled`);
          if (!visible(root.querySelector('[part~="heading"]')!)) problems.push(`${name}: heading not on screen`);
          for (const text of root.querySelectorAll('h1, h2, h3, h4, h5, h6, p, li, legend, label, summary')) {
            if (!text.textContent!.trim()) continue;
            if (!waits(text) && !visible(text)) problems.push(`${name}: "${text.textContent!.trim().slice(0, 40)}" not on screen`);
          }
          // Nothing cut off inside the element (the page as a whole is checked below).
          if (box.scrollWidth > box.clientWidth + 1) problems.push(`${name}: content ${box.scrollWidth} px wide in a ${box.clientWidth} px box`);
          // The snippet's own fallback stays out of sight; the partner's slotted children show once, in their slot.
          for (const child of el.children) {
            if (child.assignedSlot) continue;
            if (child.hasAttribute('slot')) problems.push(`${name}: slotted <${child.localName}> has no slot`);
            else if (shown(child)) problems.push(`${name}: fallback <${child.localName}> "${words(child).slice(0, 30)}" on screen`);
          }
        }
        if (doc.documentElement.scrollWidth > width) problems.push(`the page scrolls sideways: ${doc.documentElement.scrollWidth} px at ${width} px`);
        // The tray's ISI in full, in the flow.
        const tray = doc.querySelector('safety-banner[mode="tray"]')!.shadowRoot!;
        if (getComputedStyle(tray.querySelector('.root')!).position !== 'static') problems.push('the tray is not in the flow');
        const isi = [...tray.querySelectorAll('.risk, .sections p, .sections li')];
        if (isi.length < 5 || !isi.every(visible)) problems.push('the tray snippet does not show its whole ISI');
        expect(problems, problems.join('\n')).to.deep.equal([]);
      });
    }
  }
});
