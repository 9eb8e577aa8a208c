/**
 * The tray on a whole page: the hospital demo (demo/index.html, loaded from its source with the
 * package's src/ instead of the built CDN bundle) in fixed-size frames, so every engine renders the
 * same small viewport (400% zoom of 1280x1024 is 320x256 CSS px).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/safety-banner/define.js';
import type { SafetyBanner } from '../src/index.js';
import { demoFrame, engine, exempt, nextFrames, press } from './helpers.js';

/** The element that has focus, through shadow roots. */
export function deepActive(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** How far the focus outline reaches outside the element's border box, in px. */
export function ringReach(el: Element): number {
  const style = getComputedStyle(el);
  if (style.outlineStyle === 'none') return 0;
  const width = parseFloat(style.outlineWidth) || 0;
  return Math.max(0, (style.outlineStyle === 'auto' ? Math.max(width, 2) : width) + (parseFloat(style.outlineOffset) || 0));
}

/** The showing tray's box in the frame, or null while it steps aside. */
export function trayBox(doc: Document): DOMRect | null {
  for (const host of doc.querySelectorAll('safety-banner')) {
    const tray = host.shadowRoot?.querySelector<HTMLElement>('.tray');
    if (tray && !tray.hidden && tray.getClientRects().length) return tray.getBoundingClientRect();
  }
  return null;
}

const inTray = (el: Element) => Boolean(el.closest('.tray'));

describe('<safety-banner> tray on the demo page', () => {
  for (const [width, height] of [[320, 640], [320, 256]] as const) {
    it(`${width}x${height}: a full Tab walk never puts the focused element or its outline under the tray`, async () => {
      const { frame, win, doc } = await demoFrame(width, height);
      try {
        const name = await engine();
        win.focus();
        doc.body.focus();
        const seen: Element[] = [];
        const problems: string[] = [];
        let checked = 0;
        for (let i = 0; i < 120; i += 1) {
          await press('Tab');
          await nextFrames(win);
          const el = deepActive(doc);
          if (!el || el === doc.body || document.activeElement !== frame) break; // left the page
          if (seen.includes(el)) break;
          seen.push(el);
          const tray = trayBox(doc);
          if (!tray || inTray(el)) continue;
          checked += 1;
          const box = el.getBoundingClientRect();
          const reach = ringReach(el);
          const label = `${el.localName}${el.textContent ? ` "${el.textContent.trim().slice(0, 30)}"` : ''}`;
                    if (box.bottom + reach > tray.top + 0.5) problems.push(`${label}: bottom ${box.bottom.toFixed(1)} + ring ${reach} > tray top ${tray.top.toFixed(1)}`);
        }
        if (seen.length < 5) {
          exempt('Tab walk', name, `Tab reached only ${seen.length} elements in a frame`);
          return;
        }
        console.log(`${name} ${width}x${height}: Tab reached ${seen.length} elements, ${checked} checked against the tray`);
        expect(problems, problems.join('\n')).to.deep.equal([]);
        // The end of the page scrolls clear of the tray, too.
        win.scrollTo(0, doc.documentElement.scrollHeight);
        await nextFrames(win);
        const tray = trayBox(doc);
        const footer = doc.querySelector('.site-footer')!.getBoundingClientRect();
        if (tray) expect(footer.bottom, 'footer bottom vs tray top').to.be.at.most(tray.top + 0.5);
      } finally {
        frame.remove();
      }
    });
  }
});

const trayOf = (doc: Document) => doc.querySelector<SafetyBanner>('safety-banner[mode="tray"]')!;
const inShadow = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

describe('<safety-banner> expanded tray at 400% zoom', () => {
  it('320x256: a reading view with at least six lines of ISI at once and the collapse button on screen', async () => {
    const { frame, win, doc } = await demoFrame(320, 256);
    try {
      const el = trayOf(doc);
      inShadow<HTMLButtonElement>(el, '[part~="toggle"]').click();
      await el.updateComplete;
      await nextFrames(win);
      const panel = inShadow(el, '.panel');
      const line = parseFloat(getComputedStyle(panel.querySelector('p')!).lineHeight);
      const lines = panel.clientHeight / line;
      console.log(`expanded tray at 320x256: ${Math.round(inShadow(el, '.tray').getBoundingClientRect().height)}px, ${lines.toFixed(1)} lines of ${line}px in view`);
      expect(lines).to.be.at.least(6);
      const toggle = inShadow(el, '[part~="toggle"]').getBoundingClientRect();
      expect(toggle.top).to.be.at.least(0);
      expect(toggle.bottom).to.be.at.most(256);
      // Scrolled to its end, the button is still there.
      panel.scrollTop = panel.scrollHeight;
      await nextFrames(win);
      expect(inShadow(el, '[part~="toggle"]').getBoundingClientRect().top).to.be.closeTo(toggle.top, 0.5);
    } finally {
      frame.remove();
    }
  });

  it('the scrolling text is a named group with its own focus ring drawn inside it', async () => {
    const { frame, win, doc } = await demoFrame(320, 256);
    try {
      const el = trayOf(doc);
      const toggle = inShadow<HTMLButtonElement>(el, '[part~="toggle"]');
      toggle.click();
      await el.updateComplete;
      const panel = inShadow(el, '.panel');
      expect(panel.getAttribute('role')).to.equal('group');
      expect(panel.getAttribute('aria-label')).to.equal('Important Safety Information text');
      win.focus();
      toggle.focus();
      await press('Tab');
      await nextFrames(win);
      expect(el.shadowRoot!.activeElement).to.equal(panel);
      const style = getComputedStyle(panel);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth)).to.be.at.most(0);
    } finally {
      frame.remove();
    }
  });

  it('Escape from anywhere on the page collapses it, but not while focus is in an open dialog', async () => {
    const { frame, win, doc } = await demoFrame(320, 640);
    try {
      const el = trayOf(doc);
      el.expanded = true;
      await el.updateComplete;
      win.focus();
      const pageLink = doc.querySelector<HTMLAnchorElement>('.breadcrumbs a')!;
      pageLink.focus();
      await press('Escape');
      await el.updateComplete;
      expect(el.expanded, 'Escape on a page link').to.equal(false);
      expect(doc.activeElement).to.equal(pageLink);

      // A native modal dialog: one Escape closes the dialog only.
      el.expanded = true;
      await el.updateComplete;
      const dialog = doc.createElement('dialog');
      dialog.append(Object.assign(doc.createElement('button'), { textContent: 'OK' }));
      doc.body.append(dialog);
      dialog.showModal();
      dialog.querySelector('button')!.focus();
      await press('Escape');
      await nextFrames(win);
      expect(dialog.open, 'the dialog closed').to.equal(false);
      expect(el.expanded, 'the tray stays expanded').to.equal(true);
      dialog.remove();

      // A host's ARIA dialog that closes on Escape without preventDefault.
      const custom = doc.createElement('div');
      custom.setAttribute('role', 'dialog');
      custom.setAttribute('aria-label', 'Host dialog');
      custom.append(Object.assign(doc.createElement('button'), { textContent: 'Close' }));
      custom.addEventListener('keydown', (event) => event.key === 'Escape' && custom.remove());
      doc.body.prepend(custom);
      custom.querySelector('button')!.focus();
      await press('Escape');
      await el.updateComplete;
      expect(custom.isConnected, 'the host dialog closed').to.equal(false);
      expect(el.expanded, 'the tray stays expanded').to.equal(true);
    } finally {
      frame.remove();
    }
  });
});

/** What assistive technology gets of an element: false when it or an ancestor (flat tree) is aria-hidden, inert or not rendered. */
function exposed(el: Element): boolean {
  const view = el.ownerDocument.defaultView!;
  for (let node: Element | null = el; node; ) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return false;
    const root = node.getRootNode();
    node = node.assignedSlot ?? node.parentElement ?? (root instanceof view.ShadowRoot ? root.host : null);
  }
  return true;
}

describe('<safety-banner> one safety landmark, one outline', () => {
  it('with an inline banner exposed, the tray is no second landmark and does not repeat the text; hidden, the tray exposes it all again', async () => {
    const { frame, win, doc } = await demoFrame(320, 640);
    try {
      const el = trayOf(doc);
      el.expanded = true;
      await el.updateComplete;
      await nextFrames(win);
      const section = inShadow(el, '.tray');
      const sectionsText = inShadow(el, '.tray .sections');
      expect(section.hasAttribute('aria-labelledby'), 'tray is not a second region').to.equal(false);
      expect(exposed(sectionsText), 'full text not repeated').to.equal(false);
      for (const part of ['[part~="heading"]', '.risk', '.to-inline a']) expect(exposed(inShadow(el, `.tray ${part}`)), part).to.equal(true);
      // The partner hides the inline banner (a closed tab panel): the tray takes the text back.
      const inline = doc.querySelector('safety-banner:not([mode])')!;
      inline.setAttribute('hidden', '');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      await nextFrames(win);
      expect(inShadow(el, '.tray').getAttribute('aria-labelledby')).to.equal('t-title');
      expect(exposed(inShadow(el, '.tray .sections')), 'full text back').to.equal(true);
      expect(el.shadowRoot!.querySelector('.to-inline')).to.equal(null);
      // In a closed accordion, or under aria-hidden, it counts as hidden too.
      inline.removeAttribute('hidden');
      const details = doc.createElement('details');
      inline.before(details);
      details.append(Object.assign(doc.createElement('summary'), { textContent: 'Safety' }), inline);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(exposed(inShadow(el, '.tray .sections')), 'inline in a closed details').to.equal(true);
      details.open = true;
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(exposed(inShadow(el, '.tray .sections')), 'inline in an open details').to.equal(false);
      details.setAttribute('aria-hidden', 'true');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await el.updateComplete;
      expect(exposed(inShadow(el, '.tray .sections')), 'inline under aria-hidden').to.equal(true);
    } finally {
      frame.remove();
    }
  });

  it('the tray link to the inline ISI moves focus there without changing location.hash', async () => {
    const { frame, win, doc } = await demoFrame(320, 640);
    try {
      const el = trayOf(doc);
      await nextFrames(win);
      const hash = win.location.hash;
      inShadow<HTMLAnchorElement>(el, '.to-inline a').click();
      await nextFrames(win);
      const inline = doc.querySelector('safety-banner:not([mode])')!;
      expect(doc.activeElement).to.equal(inline);
      expect(inline.shadowRoot!.activeElement).to.equal(inline.shadowRoot!.querySelector('.banner'));
      expect(win.location.hash).to.equal(hash);
    } finally {
      frame.remove();
    }
  });

  it('the tray heading goes one below the heading before it, so it never takes in the page\'s following headings', async () => {
    const { frame, doc } = await demoFrame(320, 640);
    try {
      const el = trayOf(doc);
      const before = el.closest('section')!.querySelector('h3')!;
      expect(before.textContent).to.contain('FASLODEX');
      expect(inShadow(el, '.tray [part~="heading"]').localName).to.equal('h4');
      el.setAttribute('heading-level', '2');
      await el.updateComplete;
      expect(inShadow(el, '.tray [part~="heading"]').localName, 'heading-level still wins').to.equal('h2');
    } finally {
      frame.remove();
    }
  });

  it('axe: a tray and an inline banner for one product give one safety landmark', async () => {
    const wrapper = await fixture<HTMLElement>(html`<main>
      <h1>Page</h1>
      <section aria-labelledby="s"><h2 id="s">A section</h2><safety-banner mode="tray" product="faslodex"></safety-banner></section>
      <div style="height: 3000px"></div>
      <safety-banner product="faslodex"></safety-banner>
    </main>`);
    window.scrollTo(0, 0);
    const [trayEl, inline] = [...wrapper.querySelectorAll<SafetyBanner>('safety-banner')];
    await trayEl.updateComplete;
    await inline.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    await trayEl.updateComplete;
    expect(trayEl.shadowRoot!.querySelector<HTMLElement>('.tray')!.hidden, 'the tray shows').to.equal(false);
    await expect(wrapper).to.be.accessible();
  });
});
