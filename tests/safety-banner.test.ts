import { aTimeout, expect, fixture, fixtureCleanup, html, nextFrame, oneEvent } from '@open-wc/testing';
import '../src/elements/safety-banner/define.js';
import { MbcIsiToggleEvent, MbcIsiViewEvent, SafetyBanner, TRAY_HEIGHT_PROPERTY, registerSafetyContent } from '../src/index.js';
import type { SafetyPackInput } from '../src/index.js';
import { catalogFor } from '../src/content/index.js';
import { es } from '../src/content/es/index.js';
import { pageState, safetyState } from '../src/internal/page-state.js';
import { FOCUS_CLEARANCE } from '../src/elements/safety-banner/tray.js';
import { captureWarnings, engine, exempt, press, shadow, text, underMedia } from './helpers.js';

const { catalog } = catalogFor('en');
const pack = catalog.safety.packs.faslodex;
const ui = catalog.safety.ui;

async function banner(markup: ReturnType<typeof html>): Promise<SafetyBanner> {
  const found = await fixture<HTMLElement>(markup);
  const el = (found.localName === 'safety-banner' ? found : found.querySelector('safety-banner')!) as SafetyBanner;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const tray = (el: Element) => q(el, '.tray')!;
const toggle = (el: Element) => q<HTMLButtonElement>(el, '[part~="toggle"]')!;
const settle = async (el: SafetyBanner) => {
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
};
const rootStyle = () => document.documentElement.style;
const sponsor = (overrides: Partial<Record<keyof SafetyPackInput, unknown>> = {}) =>
  ({
    product: 'examplumab',
    name: 'EXAMPLUMAB',
    version: '3.1',
    updated: '2026-10-01',
    approvalCode: 'EX-0001',
    complete: true,
    keyRisk: 'Sponsor risk statement, exactly as approved.',
    sections: [{ heading: 'Sponsor heading', paragraphs: ['Sponsor paragraph with <b>markup-looking</b> text.'], items: ['Sponsor item'] }],
    sources: [{ title: 'Prescribing Information', publisher: 'Example Pharma', url: 'https://example.com/pi' }],
    ...overrides,
  }) as SafetyPackInput;

describe('<safety-banner>', () => {
  afterEach(() => {
    const state = safetyState();
    for (const key of Object.keys(state.packs)) delete state.packs[key];
    for (const key of Object.keys(state.viewed)) delete state.viewed[key];
    SafetyBanner.isiViewDwellMs = 1000;
  });

  describe('inline (default)', () => {
    it('shows the full ISI as a named region: heading, risk, sections, incomplete line, codes and footer', async () => {
      const el = await banner(html`<safety-banner product="faslodex"></safety-banner>`);
      const region = q(el, 'section')!;
      expect(region.getAttribute('aria-labelledby')).to.equal('title');
      expect(q(el, '#title')!.textContent).to.equal('Important Safety Information');
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      const shown = text(el);
      expect(shown).to.contain(pack.keyRisk);
      for (const section of pack.sections) {
        expect(shown).to.contain(section.heading);
        for (const p of section.paragraphs ?? []) expect(shown).to.contain(p);
      }
      const items = [...shadow(el).querySelectorAll('li')].map((li) => li.textContent!.trim());
      expect(items).to.include.members(['Itching', 'Swelling of the face, lips, tongue or throat', 'Trouble breathing']);
      expect(q(el, '[part~="incomplete"]')!.textContent).to.contain('This is not all the safety information for FASLODEX (fulvestrant).');
      expect(q(el, '[part~="incomplete"]')!.textContent).to.contain('Read the full Prescribing Information');
      expect(q(el, '[part~="incomplete"] a')).to.equal(null);
      expect(q(el, '[part~="codes"]')!.textContent!.trim()).to.equal("This summary was written from public information. It is not the maker's approved safety text.");
      const footer = q(el, '[part~="footer"]')!;
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(pack.updated);
      expect(footer.textContent).to.contain('FASLODEX patient website').and.contain('This information has not yet been checked by a doctor.');
      expect(el.getAttribute('role')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('the text is real text: findable and copyable from the page', async () => {
      const el = await banner(html`<safety-banner product="faslodex"></safety-banner>`);
      const range = document.createRange();
      range.selectNodeContents(q(el, '.risk')!);
      expect(range.toString()).to.equal(pack.keyRisk);
      expect(getComputedStyle(q(el, '.risk')!).visibility).to.equal('visible');
    });

    for (const level of [1, 3, 6]) {
      it(`heading-level="${level}" sets the heading and section headings one deeper`, async () => {
        const el = await banner(html`<safety-banner product="faslodex" heading-level=${level}></safety-banner>`);
        expect(q(el, '[part~="heading"]')!.localName).to.equal(`h${level}`);
        expect(q(el, '[part~="subheading"]')!.localName).to.equal(`h${Math.min(6, level + 1)}`);
      });
    }

    it('a bad heading-level falls back to h2 with one warning', async () => {
      let el!: SafetyBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(html`<safety-banner product="faslodex" heading-level="9"></safety-banner>`);
      });
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('1, 2, 3, 4, 5, 6');
    });

    it('an unknown mode falls back to inline with one warning naming the valid values', async () => {
      let el!: SafetyBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(html`<safety-banner product="faslodex" mode="sticky"></safety-banner>`);
      });
      expect(q(el, '.banner')).to.exist;
      expect(q(el, '.tray')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('inline, tray');
    });

    it('product and mode are case-insensitive', async () => {
      const el = await banner(html`<safety-banner product=" FASLODEX " mode="INLINE"></safety-banner>`);
      expect(text(el)).to.contain(pack.keyRisk);
    });
  });

  describe('without product: the general disclaimer', () => {
    it('says the information does not replace advice from the care team, as a named region', async () => {
      const el = await banner(html`<safety-banner></safety-banner>`);
      expect(text(el)).to.contain('does not replace advice from your care team');
      expect(text(el)).not.to.contain('Important Safety Information');
      expect(q(el, 'section')!.getAttribute('aria-labelledby')).to.equal('title');
      expect(q(el, '[part~="footer"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('unknown product: the light-DOM fallback, never the disclaimer', () => {
    for (const bad of ['faslodx', '', 'constructor', '__proto__', '<img src=x onerror=alert(1)>', 'x'.repeat(5000)]) {
      it(`product="${bad.slice(0, 20)}" shows only the fallback, with one warning`, async () => {
        let el!: SafetyBanner;
        const warnings = await captureWarnings(async () => {
          el = await banner(html`<safety-banner product=${bad} mode="tray"><p>ISI fallback text.</p></safety-banner>`);
        });
        expect(q(el, 'section')).to.equal(null);
        expect(shadow(el).querySelector('img')).to.equal(null);
        expect(el.innerText).to.contain('ISI fallback text.');
        expect(el.innerText).not.to.contain('does not replace advice');
        expect(warnings, warnings.join('\n')).to.have.length(1);
        expect(warnings[0]).to.contain('Valid values: faslodex');
        await expect(el).to.be.accessible();
      });
    }

    it('the fallback is hidden once the product is known', async () => {
      const el = await banner(html`<safety-banner product="faslodex"><p>ISI fallback text.</p></safety-banner>`);
      expect(el.innerText).not.to.contain('ISI fallback text.');
      expect(text(el)).to.contain(pack.keyRisk);
    });
  });

  describe('links', () => {
    it('pi-href and more-href render links', async () => {
      const el = await banner(html`<safety-banner product="faslodex" pi-href="/faslodex/pi" more-href="https://example.com/safety"></safety-banner>`);
      const links = [...shadow(el).querySelectorAll<HTMLAnchorElement>('a[part~="link"]')];
      expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
        ['/faslodex/pi', ui.readPi],
        ['https://example.com/safety', ui.moreSafety(pack.name)],
      ]);
      await expect(el).to.be.accessible();
    });

    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', `https://x.example/${'a'.repeat(5000)}`]) {
      it(`refuses ${JSON.stringify(bad.slice(0, 24))}: text without a link, one warning per attribute`, async () => {
        let el!: SafetyBanner;
        const warnings = await captureWarnings(async () => {
          el = await banner(html`<safety-banner product="faslodex" pi-href=${bad} more-href=${bad}></safety-banner>`);
        });
        expect(shadow(el).querySelector('a[part~="link"]')).to.equal(null);
        expect(text(el)).to.contain(ui.readPi).and.contain(ui.moreSafety(pack.name));
        expect(warnings).to.have.length(2);
        expect(warnings[0]).to.contain('pi-href');
        expect(warnings[1]).to.contain('more-href');
      });
    }
  });

  describe('registerSafetyContent', () => {
    it('shows a sponsor pack exactly as given, updating banners already on the page', async () => {
      const el = await banner(html`<safety-banner product="examplumab" pi-href="/pi"><p>Fallback</p></safety-banner>`);
      expect(el.innerText).to.contain('Fallback');
      const registered = registerSafetyContent(sponsor());
      await el.updateComplete;
      expect(text(el)).to.contain('Sponsor risk statement, exactly as approved.');
      expect(text(el)).to.contain('Sponsor paragraph with <b>markup-looking</b> text.');
      expect(shadow(el).querySelector('b')).to.equal(null);
      // complete: true shows no "not all the safety information" line, but keeps the PI link.
      expect(q(el, '[part~="incomplete"]')!.textContent).not.to.contain('not all');
      expect(q(el, '[part~="incomplete"] a')!.getAttribute('href')).to.equal('/pi');
      expect(q(el, '[part~="codes"]')!.textContent).to.contain('3.1').and.contain('EX-0001');
      expect(Object.isFrozen(registered) && Object.isFrozen(registered.sections[0])).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('replaces the built-in pack of the same product, and later changes to the object passed in do not reach the page', async () => {
      const el = await banner(html`<safety-banner product="faslodex"></safety-banner>`);
      const input = sponsor({ product: 'faslodex', name: 'FASLODEX', keyRisk: 'Approved sponsor risk.' }) as { keyRisk: string };
      registerSafetyContent(input as unknown as SafetyPackInput);
      input.keyRisk = 'changed later';
      el.requestUpdate();
      await el.updateComplete;
      expect(text(el)).to.contain('Approved sponsor risk.');
      expect(text(el)).not.to.contain('changed later');
    });

    it('is reachable through the page-state global for classic-script pages, sharing the same packs', async () => {
      const global = (window as unknown as { __mbcElements: { protocol: number; registerSafetyContent: (p: unknown) => unknown } }).__mbcElements;
      expect(global.protocol).to.equal(1);
      expect(global.registerSafetyContent).to.be.a('function');
      expect(pageState().registerSafetyContent).to.equal(global.registerSafetyContent);
      global.registerSafetyContent(sponsor({ product: 'via-global' }));
      const el = await banner(html`<safety-banner product="via-global"></safety-banner>`);
      expect(text(el)).to.contain('Sponsor risk statement');
      expect(Object.keys(window).filter((key) => /mbc/i.test(key))).to.deep.equal([]);
    });

    const bad: [string, unknown, RegExp][] = [
      ['not an object', 'faslodex', /the pack must be an object/],
      ['null', null, /the pack must be an object/],
      ['missing product', sponsor({ product: undefined }), /pack\.product must be a non-empty string/],
      ['product with spaces', sponsor({ product: 'Ex ample' }), /pack\.product must be lowercase/],
      ['missing name', sponsor({ name: '' }), /pack\.name/],
      ['missing version', sponsor({ version: 3 }), /pack\.version/],
      ['bad updated', sponsor({ updated: '1 Oct 2026' }), /pack\.updated must be an ISO date/],
      ['missing approval code', sponsor({ approvalCode: undefined }), /pack\.approvalCode/],
      ['complete not boolean', sponsor({ complete: 'yes' }), /pack\.complete must be true or false/],
      ['no key risk', sponsor({ keyRisk: '  ' }), /pack\.keyRisk/],
      ['no sections', sponsor({ sections: [] }), /pack\.sections must be a non-empty array/],
      ['empty section', sponsor({ sections: [{ heading: 'H' }] }), /pack\.sections\[0\] needs at least one paragraph or item/],
      ['section item not text', sponsor({ sections: [{ heading: 'H', items: [1] }] }), /pack\.sections\[0\]\.items\[0\]/],
      ['no sources', sponsor({ sources: [] }), /pack\.sources must be a non-empty array/],
      ['javascript source URL', sponsor({ sources: [{ title: 'T', publisher: 'P', url: 'javascript:alert(1)' }] }), /pack\.sources\[0\]\.url/],
      ['bad review', sponsor({ clinicalReview: { status: 'approved' } }), /pack\.clinicalReview\.reviewer/],
    ];
    for (const [what, input, message] of bad) {
      it(`throws a TypeError that says what is wrong: ${what}`, () => {
        expect(() => registerSafetyContent(input as SafetyPackInput)).to.throw(TypeError, message);
        expect(Object.keys(safetyState().packs)).to.deep.equal([]);
      });
    }
  });

  describe('tray', () => {
    it('collapsed: heading, risk and a labelled toggle; the rest is in the DOM, hidden but findable where supported', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex" pi-href="/pi"></safety-banner>`);
      await settle(el);
      const button = toggle(el);
      const panel = q(el, '#t-panel')!;
      expect(tray(el).getAttribute('aria-labelledby')).to.equal('t-title');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(panel.id);
      expect(button.textContent!.trim()).to.equal(ui.expand);
      expect(q(el, '.tray .risk')!.textContent).to.equal(pack.keyRisk);
      const body = q(el, '.tray .body')!;
      const untilFound = 'onbeforematch' in HTMLElement.prototype;
      expect(body.getAttribute('hidden')).to.equal('until-found');
      if (!untilFound) exempt('hidden="until-found"', await engine(), 'not supported; the collapsed tray text shows when expanded, and the inline or printed ISI holds it');
      expect(body.textContent).to.contain(pack.sections[0].items![0]);
      const rect = tray(el).getBoundingClientRect();
      expect(Math.round(rect.bottom)).to.equal(window.innerHeight);
      expect(Math.round(rect.width)).to.equal(document.documentElement.clientWidth);
      expect(el.getBoundingClientRect().height).to.equal(0); // takes no room in the flow
      await expect(el).to.be.accessible();
    });

    it('is in the top layer where popover="manual" is supported', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      if (!('showPopover' in HTMLElement.prototype)) {
        exempt('top layer', await engine(), 'popover is not supported; the tray uses position: fixed with the highest z-index');
        expect(getComputedStyle(tray(el)).zIndex).to.equal('2147483647');
        return;
      }
      expect(tray(el).getAttribute('popover')).to.equal('manual');
      expect(tray(el).matches(':popover-open')).to.equal(true);
    });

    it('expands and collapses on click, firing mbc-isi-toggle without personal data; Escape collapses and focus stays', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      const button = toggle(el);
      setTimeout(() => button.click());
      const event = (await oneEvent(el, 'mbc-isi-toggle')) as MbcIsiToggleEvent;
      expect(event).to.be.instanceOf(MbcIsiToggleEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect({ expanded: event.expanded, product: event.product, version: event.version }).to.deep.equal({ expanded: true, product: 'faslodex', version: pack.version });
      await settle(el);
      expect(el.hasAttribute('expanded')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal(ui.collapse);
      expect(q(el, '.tray .body')!.hasAttribute('hidden')).to.equal(false);
      expect(text(el)).to.contain(pack.sections[1].paragraphs![0]);
      // Expanded, the tray stays within its share of the viewport and scrolls inside.
      expect(tray(el).getBoundingClientRect().height).to.be.at.most(window.innerHeight * 0.6 + 1);
      expect(getComputedStyle(q(el, '.panel')!).overflowY).to.equal('auto');
      await expect(el).to.be.accessible();
      // Escape on the toggle collapses; focus stays there.
      button.focus();
      await press('Escape');
      await settle(el);
      expect(el.expanded).to.equal(false);
      expect(shadow(el).activeElement).to.equal(button);
      expect(document.activeElement).to.equal(el);
    });

    it('Escape from a link inside the expanded panel collapses and moves focus to the toggle (never lost)', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex" pi-href="/pi" expanded></safety-banner>`);
      await settle(el);
      q<HTMLAnchorElement>(el, '.tray a[part~="link"]')!.focus();
      expect(shadow(el).activeElement!.localName).to.equal('a');
      await press('Escape');
      await settle(el);
      expect(el.expanded).to.equal(false);
      expect(shadow(el).activeElement).to.equal(toggle(el));
    });

    it('works from the keyboard: Enter and Space toggle, focus stays on the button', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      toggle(el).focus();
      await press('Enter');
      await el.updateComplete;
      expect(el.expanded).to.equal(true);
      await press('Space');
      await el.updateComplete;
      expect(el.expanded).to.equal(false);
      expect(shadow(el).activeElement).to.equal(toggle(el));
    });

    it('`expanded` starts it expanded; find-in-page (beforematch) expands it', async () => {
      const open = await banner(html`<safety-banner mode="tray" product="faslodex" expanded></safety-banner>`);
      expect(toggle(open).getAttribute('aria-expanded')).to.equal('true');
      fixtureCleanup();
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      setTimeout(() => q(el, '.tray .body')!.dispatchEvent(new Event('beforematch')));
      const event = (await oneEvent(el, 'mbc-isi-toggle')) as MbcIsiToggleEvent;
      expect(event.expanded).to.equal(true);
    });

    it('publishes its height on <html> and scroll padding; removal restores the page\'s own inline values exactly', async () => {
      rootStyle().setProperty('scroll-padding-bottom', '7px', 'important');
      rootStyle().setProperty('--page-own', 'kept');
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await settle(el);
      const height = Math.ceil(tray(el).getBoundingClientRect().height);
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).to.equal(`${height}px`);
      expect(rootStyle().getPropertyValue('scroll-padding-bottom')).to.equal(`${height + FOCUS_CLEARANCE}px`);
      el.expanded = true;
      await settle(el);
      await aTimeout(50);
      const expandedHeight = Math.ceil(tray(el).getBoundingClientRect().height);
      if (typeof ResizeObserver === 'function') expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).to.equal(`${expandedHeight}px`);
      el.remove();
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).to.equal('');
      expect(rootStyle().getPropertyValue('scroll-padding-bottom')).to.equal('7px');
      expect(rootStyle().getPropertyPriority('scroll-padding-bottom')).to.equal('important');
      expect(rootStyle().getPropertyValue('--page-own')).to.equal('kept');
      document.documentElement.removeAttribute('style');
    });

    it('keeps its height plus the focus clearance as room at the end of the page, and removes it exactly when it goes', async () => {
      document.documentElement.removeAttribute('style');
      const before = [...document.body.children];
      const heightBefore = document.documentElement.scrollHeight;
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await settle(el);
      const spacer = document.body.lastElementChild as HTMLElement;
      expect(spacer.localName).to.equal('mbc-tray-spacer');
      expect(spacer.getAttribute('aria-hidden')).to.equal('true');
      const height = Math.ceil(tray(el).getBoundingClientRect().height);
      expect(spacer.getBoundingClientRect().height).to.equal(height + FOCUS_CLEARANCE);
      // Two trays (different products) share one spacer, as tall as the taller one.
      registerSafetyContent(sponsor());
      const other = document.createElement('safety-banner');
      other.setAttribute('mode', 'tray');
      other.setAttribute('product', 'examplumab');
      other.setAttribute('expanded', '');
      document.body.insertBefore(other, spacer);
      await settle(other as SafetyBanner);
      await aTimeout(50);
      expect(document.body.querySelectorAll('mbc-tray-spacer')).to.have.length(1);
      const taller = Math.max(height, Math.ceil(tray(other).getBoundingClientRect().height));
      expect(document.body.lastElementChild!.getBoundingClientRect().height).to.equal(taller + FOCUS_CLEARANCE);
      const container = el.parentElement;
      other.remove();
      el.remove();
      expect([...document.body.children]).to.deep.equal([...before, container]);
      expect(document.body.querySelector('mbc-tray-spacer')).to.equal(null);
      expect(document.documentElement.scrollHeight).to.equal(heightBefore);
      expect(document.documentElement.getAttribute('style')).to.equal(null);
    });

    it('leaves no style attribute behind on a page that had none', async () => {
      document.documentElement.removeAttribute('style');
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await settle(el);
      expect(document.documentElement.hasAttribute('style')).to.equal(true);
      el.remove();
      expect(document.documentElement.hasAttribute('style')).to.equal(false);
    });

    it('focused page elements are not hidden behind it (scroll padding)', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <div style="height: 3000px"></div>
        <button id="target">A page button</button>
        <div style="height: 3000px"></div>
        <safety-banner mode="tray" product="faslodex"></safety-banner>
      </div>`);
      const el = wrapper.querySelector('safety-banner')!;
      await settle(el);
      const target = wrapper.querySelector<HTMLButtonElement>('#target')!;
      target.scrollIntoView({ block: 'end' });
      await nextFrame();
      expect(target.getBoundingClientRect().bottom).to.be.at.most(tray(el).getBoundingClientRect().top + 1);
      window.scrollTo(0, 0);
    });

    it('one tray per product: the second renders nothing and warns once; it takes over when the first is removed', async () => {
      let first!: SafetyBanner;
      let second!: SafetyBanner;
      const warnings = await captureWarnings(async () => {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <safety-banner mode="tray" product="faslodex"></safety-banner>
          <safety-banner mode="tray" product="faslodex"><p>fallback</p></safety-banner>
        </div>`);
        [first, second] = [...wrapper.querySelectorAll('safety-banner')];
        await first.updateComplete;
        await second.updateComplete;
      });
      expect(q(first, '.tray')).to.exist;
      expect(q(second, '.tray')).to.equal(null);
      expect(second.getBoundingClientRect().height).to.equal(0);
      expect(second.innerText.trim()).to.equal('');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('already showing');
      first.remove();
      await second.updateComplete;
      await settle(second);
      expect(q(second, '.tray')).to.exist;
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).not.to.equal('');
      await expect(second).to.be.accessible();
    });

    it('different products each get a tray', async () => {
      registerSafetyContent(sponsor());
      const wrapper = await fixture<HTMLElement>(html`<div>
        <safety-banner mode="tray" product="faslodex"></safety-banner>
        <safety-banner mode="tray" product="examplumab"></safety-banner>
      </div>`);
      const [a, b] = [...wrapper.querySelectorAll('safety-banner')];
      await a.updateComplete;
      await b.updateComplete;
      expect(q(a, '.tray')).to.exist;
      expect(q(b, '.tray')).to.exist;
    });

    it('steps aside while an inline banner for the same product is on screen, and comes back', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <safety-banner mode="tray" product="faslodex"></safety-banner>
        <div style="height: 3000px"></div>
        <safety-banner id="inline" product="faslodex"></safety-banner>
      </div>`);
      const el = wrapper.querySelector('safety-banner')!;
      const inline = wrapper.querySelector<SafetyBanner>('#inline')!;
      window.scrollTo(0, 0);
      await aTimeout(100);
      await el.updateComplete;
      expect(tray(el).hidden).to.equal(false);
      inline.scrollIntoView();
      await aTimeout(150);
      await el.updateComplete;
      expect(tray(el).hidden).to.equal(true);
      expect(getComputedStyle(tray(el)).display).to.equal('none');
      // Stepped aside, it gives the page its values back.
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).to.equal('');
      window.scrollTo(0, 0);
      await aTimeout(150);
      await el.updateComplete;
      expect(tray(el).hidden).to.equal(false);
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).not.to.equal('');
      document.documentElement.removeAttribute('style');
    });

    it('without IntersectionObserver the tray simply stays', async () => {
      const original = window.IntersectionObserver;
      (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <safety-banner mode="tray" product="faslodex"></safety-banner>
          <safety-banner product="faslodex"></safety-banner>
        </div>`);
        const el = wrapper.querySelector('safety-banner')!;
        await settle(el);
        expect(tray(el).hidden).to.equal(false);
      } finally {
        window.IntersectionObserver = original;
      }
    });

    it('stays on screen inside ancestors with transform, filter and contain', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="transform: translateX(40px) scale(0.5); filter: blur(0); contain: paint; width: 200px; height: 100px; overflow: hidden">
        <safety-banner mode="tray" product="faslodex"></safety-banner>
      </div>`);
      const el = wrapper.querySelector('safety-banner')!;
      await settle(el);
      const rect = tray(el).getBoundingClientRect();
      if (!('showPopover' in HTMLElement.prototype)) {
        exempt('transformed ancestor', await engine(), 'no popover: position: fixed is relative to the transformed ancestor');
        return;
      }
      expect(Math.round(rect.bottom)).to.equal(window.innerHeight);
      expect(Math.round(rect.left)).to.equal(0);
      expect(Math.round(rect.width)).to.equal(document.documentElement.clientWidth);
      const hit = document.elementFromPoint(rect.left + 5, rect.bottom - 5);
      expect(hit).to.equal(el);
    });

    it('switching mode from tray to inline removes the tray and restores the page', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await settle(el);
      el.mode = 'inline';
      await settle(el);
      expect(q(el, '.tray')).to.equal(null);
      expect(q(el, '.banner')).to.exist;
      expect(rootStyle().getPropertyValue(TRAY_HEIGHT_PROPERTY)).to.equal('');
      expect(safetyState().trays.faslodex).to.deep.equal([]);
    });
  });

  describe('collapsed size caps (320 px wide iframe)', () => {
    async function frame(width: number, height: number) {
      const iframe = document.createElement('iframe');
      iframe.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.src = '/tests/fixtures/safety-tray.html';
      document.body.append(iframe);
      await loaded;
      const win = iframe.contentWindow!;
      await win.customElements.whenDefined('safety-banner');
      const el = iframe.contentDocument!.querySelector('safety-banner') as SafetyBanner;
      await el.updateComplete;
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
      return { iframe, win, el };
    }
    const visibleIn = (inner: Element, outer: DOMRect) => {
      const r = inner.getBoundingClientRect();
      return r.height > 0 && r.top >= outer.top - 1 && r.bottom <= outer.bottom + 1;
    };

    it('320x640: at most 25% of the height, showing the heading, the risk statement and the toggle', async () => {
      const { iframe, win, el } = await frame(320, 640);
      try {
        expect(win.innerWidth).to.equal(320);
        const box = tray(el).getBoundingClientRect();
        console.log(`collapsed tray at 320x640: ${Math.round(box.height)}px (cap 160px)`);
        expect(box.height).to.be.at.most(640 * 0.25);
        for (const part of ['[part~="heading"]', '.risk', '[part~="toggle"]']) expect(visibleIn(q(el, `.tray ${part}`)!, box), part).to.equal(true);
        expect(Math.round(box.bottom)).to.equal(640);
      } finally {
        iframe.remove();
      }
    });

    it('320x256 (400% zoom of 1280x1024): at most 40%, keeping the heading and the toggle', async () => {
      const { iframe, el } = await frame(320, 256);
      try {
        const box = tray(el).getBoundingClientRect();
        console.log(`collapsed tray at 320x256: ${Math.round(box.height)}px (cap 102px)`);
        expect(box.height).to.be.at.most(256 * 0.4);
        for (const part of ['[part~="heading"]', '[part~="toggle"]']) expect(visibleIn(q(el, `.tray ${part}`)!, box), part).to.equal(true);
        // Expanded, the whole ISI can be reached by scrolling inside the tray.
        el.expanded = true;
        await el.updateComplete;
        const panel = q(el, '.panel')!;
        expect(panel.scrollHeight).to.be.greaterThan(panel.clientHeight);
        expect(panel.textContent).to.contain(pack.keyRisk);
      } finally {
        iframe.remove();
      }
    });
  });

  describe('collapsed size caps in Spanish (the English-only note)', () => {
    it('320x256: the collapsed tray shows no cut-off note, and the note comes back expanded', async () => {
      const iframe = document.createElement('iframe');
      iframe.style.cssText = 'width:320px;height:256px;border:0;display:block';
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.src = '/tests/fixtures/safety-tray.html';
      document.body.append(iframe);
      await loaded;
      try {
        const win = iframe.contentWindow!;
        const doc = iframe.contentDocument!;
        await win.customElements.whenDefined('safety-banner');
        const spanish = doc.createElement('script');
        spanish.type = 'module';
        const ran = new Promise((resolve) => spanish.addEventListener('load', resolve, { once: true }));
        spanish.src = '/src/locales/es.ts';
        doc.head.append(spanish);
        await ran;
        doc.documentElement.lang = 'es';
        const el = doc.querySelector('safety-banner') as SafetyBanner;
        await aTimeout(0);
        await el.updateComplete;
        const note = q(el, '.tray .language-note')!;
        expect(note.textContent!.trim()).to.equal(es.safety.ui.englishOnly);
        const box = tray(el).getBoundingClientRect();
        expect(box.height).to.be.at.most(256 * 0.4);
        // Like the risk statement, the note waits behind the button instead of showing half a line.
        expect(note.getClientRects().length).to.equal(0);
        el.expanded = true;
        await el.updateComplete;
        expect(note.getClientRects().length).to.be.greaterThan(0);
      } finally {
        iframe.remove();
      }
    });
  });

  describe('mbc-isi-view', () => {
    it('fires once per page view and product when the inline ISI stays on screen, with no personal data', async () => {
      SafetyBanner.isiViewDwellMs = 100;
      const events: MbcIsiViewEvent[] = [];
      const listener = (e: MbcIsiViewEvent) => events.push(e);
      document.addEventListener('mbc-isi-view', listener);
      try {
        await banner(html`<div><safety-banner product="faslodex"></safety-banner><safety-banner product="faslodex"></safety-banner></div>`);
        await aTimeout(400);
        expect(events).to.have.length(1);
        const [event] = events;
        expect(event).to.be.instanceOf(MbcIsiViewEvent);
        expect(event.bubbles && event.composed).to.equal(true);
        expect({ product: event.product, version: event.version, approvalCode: event.approvalCode, mode: event.mode, sample: event.sample }).to.deep.equal({
          product: 'faslodex',
          version: pack.version,
          approvalCode: pack.approvalCode,
          mode: 'inline',
          sample: true,
        });
        expect(safetyState().viewed.faslodex).to.equal(true);
        // A new banner for the same product later in the page view does not fire again.
        fixtureCleanup();
        await banner(html`<safety-banner product="faslodex"></safety-banner>`);
        await aTimeout(300);
        expect(events).to.have.length(1);
      } finally {
        document.removeEventListener('mbc-isi-view', listener);
      }
    });

    it('does not fire while the ISI is off screen, or for a collapsed tray; fires for the expanded tray', async () => {
      SafetyBanner.isiViewDwellMs = 100;
      const events: MbcIsiViewEvent[] = [];
      const listener = (e: MbcIsiViewEvent) => events.push(e);
      document.addEventListener('mbc-isi-view', listener);
      try {
        const wrapper = await fixture<HTMLElement>(html`<div>
          <div style="height: 5000px"></div>
          <safety-banner product="faslodex"></safety-banner>
          <safety-banner mode="tray" product="faslodex"></safety-banner>
        </div>`);
        window.scrollTo(0, 0);
        await aTimeout(400);
        expect(events).to.have.length(0);
        const el = wrapper.querySelector<SafetyBanner>('[mode="tray"]')!;
        el.expanded = true;
        await aTimeout(500);
        expect(events.map((e) => e.mode)).to.deep.equal(['tray']);
      } finally {
        document.removeEventListener('mbc-isi-view', listener);
      }
    });

    it('waits one continuous second by default', async () => {
      const events: Event[] = [];
      const listener = (e: Event) => events.push(e);
      document.addEventListener('mbc-isi-view', listener);
      try {
        await banner(html`<safety-banner product="faslodex"></safety-banner>`);
        await aTimeout(700);
        expect(events).to.have.length(0);
        await aTimeout(700);
        expect(events).to.have.length(1);
      } finally {
        document.removeEventListener('mbc-isi-view', listener);
      }
    });
  });

  describe('media', () => {
    async function printCheck(fn: () => Promise<void>) {
      await underMedia('print', async () => {
        await nextFrame();
        await fn();
      });
    }
    /** How many times the risk statement is rendered (has boxes) across the given banners. */
    const renderedRisks = (els: Element[]) => els.flatMap((el) => [...shadow(el).querySelectorAll('.risk')]).filter((r) => r.getClientRects().length > 0).length;

    it('prints a tray alone as the full ISI, once, expanded, in the flow', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await settle(el);
      await printCheck(async () => {
        expect(getComputedStyle(tray(el)).display).to.equal('none');
        const copy = q(el, '.print-copy')!;
        expect(getComputedStyle(copy).display).to.equal('block');
        expect(getComputedStyle(copy).position).to.equal('static');
        expect(copy.innerText).to.contain(pack.sections[1].paragraphs![0]);
        expect(renderedRisks([el])).to.equal(1);
      });
      expect(getComputedStyle(q(el, '.print-copy')!).display).to.equal('none');
    });

    it('with an inline banner on the page, only the inline ISI prints', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <safety-banner mode="tray" product="faslodex"></safety-banner>
        <safety-banner product="faslodex"></safety-banner>
      </div>`);
      const [trayEl, inline] = [...wrapper.querySelectorAll('safety-banner')];
      await settle(trayEl as SafetyBanner);
      expect(q(trayEl, '.print-copy')).to.equal(null);
      await printCheck(async () => {
        expect(renderedRisks([trayEl, inline])).to.equal(1);
        expect(getComputedStyle(q(inline, '.banner')!).display).to.equal('block');
      });
    });

    it('keeps borders and the toggle outline in forced-colors mode', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await underMedia('forced-colors', async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        expect(getComputedStyle(tray(el)).borderTopStyle).to.equal('solid');
        const button = getComputedStyle(toggle(el));
        expect(button.borderTopStyle).to.equal('solid');
        expect(parseFloat(button.borderTopWidth)).to.be.at.least(1);
        toggle(el).focus();
        expect(getComputedStyle(toggle(el)).outlineStyle).to.equal('solid');
      });
    });

    it('turns animation off with prefers-reduced-motion', async () => {
      const el = await banner(html`<safety-banner mode="tray" product="faslodex"></safety-banner>`);
      await underMedia('reduced-motion', async () => {
        expect(getComputedStyle(q(el, '.icon')!).transitionDuration).to.equal('0s');
      });
    });
  });
});
