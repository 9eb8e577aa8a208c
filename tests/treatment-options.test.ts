import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import '../src/elements/treatment-options/define.js';
import '../src/elements/safety-banner/define.js';
import { MbcRenderErrorEvent, SafetyBanner, TreatmentCard, TreatmentOptions, TREATMENTS } from '../src/index.js';
import { catalogFor } from '../src/content/index.js';
import { captureWarnings, engine, exempt, press, shadow, text, underMedia } from './helpers.js';

const { catalog } = catalogFor('en');
const { overview, ui } = catalog.options;

/** Waits for the widget and every card inside it to finish rendering. */
async function settle(el: TreatmentOptions): Promise<TreatmentOptions> {
  await el.updateComplete;
  await Promise.all(cards(el).map((card) => card.updateComplete));
  return el;
}
async function widget(markup: ReturnType<typeof html>): Promise<TreatmentOptions> {
  return settle(await fixture<TreatmentOptions>(markup));
}
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const cards = (el: Element) => all<TreatmentCard>(el, 'treatment-card');
const shownIds = (el: Element) => cards(el).map((card) => card.getAttribute('treatment'));
const tocLinks = (el: Element) => all<HTMLAnchorElement>(el, 'a[part~="toc-link"]');
const title = (el: Element) => q(el, '[part~="heading"]')!;
const card = (el: Element, id: string) => q<TreatmentCard>(el, `treatment-card[treatment="${id}"]`)!;
const backLink = (el: Element, id: string) => card(el, id).querySelector<HTMLAnchorElement>('a[part~="back-to-top"]')!;
const cardHeading = (c: TreatmentCard) => shadow(c).querySelector('[part~="heading"]')!;

describe('<treatment-options>', () => {
  describe('default', () => {
    it('shows the title, the introduction, a table of contents and every card, grouped systemic then local', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      expect(title(el).localName).to.equal('h2');
      expect(title(el).textContent!.trim()).to.equal(overview.title);
      for (const paragraph of overview.intro) expect(text(el)).to.contain(paragraph);
      expect(shownIds(el)).to.deep.equal([...TREATMENTS]);
      const groups = all(el, '[part~="group"]');
      expect(groups.map((g) => g.dataset.scope)).to.deep.equal(['systemic', 'local']);
      expect(groups.map((g) => g.querySelector('[part~="group-heading"]')!.textContent!.trim())).to.deep.equal([
        overview.groups.systemic.heading,
        overview.groups.local.heading,
      ]);
      expect(groups.map((g) => g.querySelector('[part~="group-intro"]')!.textContent)).to.deep.equal([
        overview.groups.systemic.intro,
        overview.groups.local.intro,
      ]);
      expect([...groups[0].querySelectorAll('treatment-card')].map((c) => c.getAttribute('treatment'))).to.deep.equal(['hormonal', 'chemotherapy', 'targeted']);
      expect([...groups[1].querySelectorAll('treatment-card')].map((c) => c.getAttribute('treatment'))).to.deep.equal(['radiation', 'surgery']);
      // Each card renders its own content.
      expect(cardHeading(card(el, 'surgery')).textContent!.trim()).to.equal(catalog.treatments.entries.surgery.name);
      await expect(el).to.be.accessible();
    });

    it('has a named nav whose links point at each card by a real href', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      const nav = q(el, 'nav[part~="toc"]')!;
      const label = shadow(el).getElementById(nav.getAttribute('aria-labelledby')!)!;
      expect(label.textContent).to.equal(ui.contents);
      const links = tocLinks(el);
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal(TREATMENTS.map((id) => catalog.treatments.entries[id].name));
      for (const [i, link] of links.entries()) {
        const href = link.getAttribute('href')!;
        expect(href).to.match(/^#\S+$/);
        expect(shadow(el).getElementById(href.slice(1))).to.equal(cards(el)[i]);
      }
    });

    it('ends every card with a "Back to top" link in its actions slot, pointing at the title', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      for (const c of cards(el)) {
        const link = c.querySelector<HTMLAnchorElement>('a[part~="back-to-top"]')!;
        expect(link.textContent).to.equal(ui.backToTop);
        expect(link.closest('[slot="actions"]')).to.exist;
        expect(link.getAttribute('href')).to.equal(`#${title(el).id}`);
        expect((link.parentElement as HTMLElement).assignedSlot!.name).to.equal('actions');
      }
    });

    it('has its own footer with updated date, review state and sources', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      const footer = q(el, '.root > [part~="footer"]')!;
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(overview.updated);
      expect(footer.textContent).to.contain('This information has not yet been checked by a doctor.');
      expect(footer.textContent).to.contain('Treatment of Stage IV (Metastatic) Breast Cancer');
    });
  });

  describe('treatments', () => {
    it('shows a subset in the given order: trimmed, case-insensitive, duplicates dropped, no warning', async () => {
      let el!: TreatmentOptions;
      const warnings = await captureWarnings(async () => {
        el = await widget(html`<treatment-options treatments=" Surgery, chemotherapy ,HORMONAL,surgery,"></treatment-options>`);
      });
      expect(warnings).to.deep.equal([]);
      expect(shownIds(el)).to.deep.equal(['surgery', 'chemotherapy', 'hormonal']);
      // Groups come in the order of their first treatment.
      expect(all(el, '[part~="group"]').map((g) => g.dataset.scope)).to.deep.equal(['local', 'systemic']);
      expect(tocLinks(el).map((a) => a.textContent!.trim())).to.deep.equal(['Surgery', 'Chemotherapy', 'Hormonal therapy']);
      await expect(el).to.be.accessible();
    });

    it('keeps the table of contents in the shown order when grouping moves a card', async () => {
      const el = await widget(html`<treatment-options treatments="hormonal,surgery,chemotherapy"></treatment-options>`);
      expect(shownIds(el)).to.deep.equal(['hormonal', 'chemotherapy', 'surgery']);
      expect(tocLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(cards(el).map((c) => `#${c.id}`));
    });

    it('skips unknown names with one warning naming them and the valid values', async () => {
      let el!: TreatmentOptions;
      const warnings = await captureWarnings(async () => {
        el = await widget(html`<treatment-options treatments="hormonal, hormone, x-ray, radiation"></treatment-options>`);
        el.requestUpdate();
        await settle(el);
      });
      expect(shownIds(el)).to.deep.equal(['hormonal', 'radiation']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"hormone"').and.contain('"x-ray"').and.contain('hormonal, chemotherapy, targeted, radiation, surgery');
    });

    for (const bad of ['nothing-known', '', ' , ,', 'x'.repeat(10000), '<img src=x onerror=alert(1)>']) {
      it(`treatments="${bad.slice(0, 16)}" (no known name) shows every treatment with one warning, never an empty widget`, async () => {
        let el!: TreatmentOptions;
        const warnings = await captureWarnings(async () => {
          el = await widget(html`<treatment-options treatments=${bad}></treatment-options>`);
        });
        expect(shownIds(el)).to.deep.equal([...TREATMENTS]);
        expect(q(el, 'img')).to.equal(null);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('so all are shown').and.contain('hormonal, chemotherapy, targeted, radiation, surgery');
        expect(warnings[0].length).to.be.lessThan(400);
      });
    }

    it('follows a change of the attribute', async () => {
      const el = await widget(html`<treatment-options treatments="targeted"></treatment-options>`);
      el.setAttribute('treatments', 'radiation,targeted');
      await settle(el);
      expect(shownIds(el)).to.deep.equal(['radiation', 'targeted']);
      el.removeAttribute('treatments');
      await settle(el);
      expect(shownIds(el)).to.deep.equal([...TREATMENTS]);
    });
  });

  describe('group-by', () => {
    it('none lists the cards in order with no group headings; cards sit one level below the title', async () => {
      const el = await widget(html`<treatment-options group-by="none" treatments="surgery,hormonal"></treatment-options>`);
      expect(all(el, '[part~="group"]')).to.have.length(0);
      expect(all(el, '[part~="group-heading"]')).to.have.length(0);
      expect(shownIds(el)).to.deep.equal(['surgery', 'hormonal']);
      expect(cards(el).map((c) => cardHeading(c).localName)).to.deep.equal(['h3', 'h3']);
      await expect(el).to.be.accessible();
    });

    it('is case-insensitive', async () => {
      const el = await widget(html`<treatment-options group-by=" NONE "></treatment-options>`);
      expect(all(el, '[part~="group"]')).to.have.length(0);
    });

    it('an unknown value groups by scope with one warning naming the valid values', async () => {
      let el!: TreatmentOptions;
      const warnings = await captureWarnings(async () => {
        el = await widget(html`<treatment-options group-by="type"></treatment-options>`);
      });
      expect(all(el, '[part~="group"]')).to.have.length(2);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('group-by').and.contain('scope, none');
    });
  });

  describe('heading-level', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`heading-level="${level}": title h${level}, groups h${Math.min(6, level + 1)}, cards h${Math.min(6, level + 2)} (h${Math.min(6, level + 1)} ungrouped)`, async () => {
        const grouped = await widget(html`<treatment-options heading-level=${level} treatments="chemotherapy,radiation"></treatment-options>`);
        expect(title(grouped).localName).to.equal(`h${level}`);
        expect(all(grouped, '[part~="group-heading"]').map((h) => h.localName)).to.deep.equal([`h${Math.min(6, level + 1)}`, `h${Math.min(6, level + 1)}`]);
        expect(cards(grouped).map((c) => c.getAttribute('heading-level'))).to.deep.equal([String(Math.min(6, level + 2)), String(Math.min(6, level + 2))]);
        expect(cardHeading(cards(grouped)[0]).localName).to.equal(`h${Math.min(6, level + 2)}`);
        const flat = await widget(html`<treatment-options heading-level=${level} group-by="none" treatments="surgery"></treatment-options>`);
        expect(cardHeading(cards(flat)[0]).localName).to.equal(`h${Math.min(6, level + 1)}`);
      });
    }

    for (const bad of ['0', '7', 'two', '']) {
      it(`heading-level="${bad}" falls back to h2 with one warning`, async () => {
        let el!: TreatmentOptions;
        const warnings = await captureWarnings(async () => {
          el = await widget(html`<treatment-options heading-level=${bad}></treatment-options>`);
        });
        expect(title(el).localName).to.equal('h2');
        expect(cardHeading(cards(el)[0]).localName).to.equal('h4');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('heading-level').and.contain('1, 2, 3, 4, 5, 6');
      });
    }
  });

  describe('collapsible', () => {
    it('is passed to every card, and taken back off', async () => {
      const el = await widget(html`<treatment-options collapsible></treatment-options>`);
      expect(cards(el).every((c) => c.collapsible)).to.equal(true);
      expect(cards(el).every((c) => shadow(c).querySelector('button[part~="toggle"]'))).to.equal(true);
      const entry = catalog.treatments.entries.hormonal;
      expect(text(card(el, 'hormonal'))).to.contain(entry.summary);
      expect(text(card(el, 'hormonal'))).not.to.contain(entry.questions[0]);
      await expect(el).to.be.accessible();
      el.collapsible = false;
      await settle(el);
      expect(cards(el).some((c) => c.collapsible)).to.equal(false);
    });
  });

  describe('in-widget links', () => {
    it('a table-of-contents click moves focus to the right card and leaves location.hash alone', async () => {
      const before = location.href;
      const el = await widget(html`<treatment-options></treatment-options>`);
      const link = tocLinks(el)[4];
      setTimeout(() => link.click());
      const event = await oneEvent(link, 'click');
      expect(event.defaultPrevented).to.equal(true);
      await card(el, 'surgery').updateComplete;
      expect(document.activeElement).to.equal(el);
      expect(shadow(el).activeElement).to.equal(card(el, 'surgery'));
      expect(shadow(card(el, 'surgery')).activeElement).to.equal(q(card(el, 'surgery'), '[part~="heading"]'));
      expect(location.href).to.equal(before);
      expect(link.getAttribute('href')).to.equal(`#${card(el, 'surgery').id}`);
      await expect(el).to.be.accessible();
    });

    it('a contents link opens a collapsed card and focuses its toggle, as the explainer\'s links do', async () => {
      const el = await widget(html`<treatment-options collapsible></treatment-options>`);
      const target = card(el, 'radiation');
      expect(target.open).to.equal(false);
      tocLinks(el)[3].click();
      await target.updateComplete;
      await nextFrame();
      expect(target.open).to.equal(true);
      expect(shadow(el).activeElement).to.equal(target);
      expect(shadow(target).activeElement).to.equal(q(target, '[part~="toggle"]'));
      await expect(el).to.be.accessible();
    });

    it('"Back to top" moves focus to this widget\'s title, not the page top, and leaves location.hash alone', async () => {
      const before = location.href;
      const el = await widget(html`<treatment-options></treatment-options>`);
      const link = backLink(el, 'radiation');
      link.focus();
      link.click();
      expect(shadow(el).activeElement).to.equal(title(el));
      expect(title(el).getAttribute('tabindex')).to.equal('-1');
      expect(location.href).to.equal(before);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard: Enter on a contents link, then Enter on "Back to top"', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      const before = location.href;
      tocLinks(el)[1].focus();
      expect(shadow(el).activeElement).to.equal(tocLinks(el)[1]);
      await press('Enter');
      await nextFrame();
      expect(shadow(el).activeElement).to.equal(card(el, 'chemotherapy'));
      backLink(el, 'chemotherapy').focus();
      await press('Enter');
      await nextFrame();
      expect(shadow(el).activeElement).to.equal(title(el));
      expect(location.href).to.equal(before);
    });
  });

  describe('two widgets on one page', () => {
    it('never share an id, and each widget\'s links stay inside it', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <treatment-options id="a" treatments="hormonal,surgery"></treatment-options>
        <p>Between the widgets</p>
        <treatment-options id="b" treatments="hormonal,surgery" group-by="none"></treatment-options>
      </div>`);
      const [a, b] = [...page.querySelectorAll('treatment-options')];
      await settle(a);
      await settle(b);
      const ids = (el: Element) => all(el, '[id]').map((node) => node.id);
      expect(ids(a).filter((id) => ids(b).includes(id))).to.deep.equal([]);
      expect(new Set(ids(a)).size).to.equal(ids(a).length);

      // A contents link in B focuses B's card.
      tocLinks(b)[1].click();
      await card(b, 'surgery').updateComplete;
      await nextFrame();
      expect(document.activeElement).to.equal(b);
      expect(shadow(b).activeElement).to.equal(card(b, 'surgery'));

      // "Back to top" in B returns to B's title, not A's and not the page's.
      backLink(b, 'surgery').click();
      expect(document.activeElement).to.equal(b);
      expect(shadow(b).activeElement).to.equal(title(b));
      expect(shadow(a).activeElement).to.equal(null);

      // And A's own links still go to A.
      backLink(a, 'hormonal').click();
      expect(document.activeElement).to.equal(a);
      expect(shadow(a).activeElement).to.equal(title(a));
      await expect(a).to.be.accessible();
      await expect(b).to.be.accessible();
      // Two copies of the same section carry two contents navs with the same name; every other rule
      // still runs on the page as a whole.
      exempt('axe landmark-unique with two widgets on one page', await engine(), 'both contents navs are named "Jump to a treatment"; each widget alone passes');
      await expect(page).to.be.accessible({ ignoredRules: ['landmark-unique'] });
    });
  });

  describe('slots', () => {
    it('places the `safety` slot right after the list and before the footer', async () => {
      const el = await widget(html`<treatment-options>
        <p>Fallback text</p>
        <div slot="safety"><p>Partner safety information.</p></div>
      </treatment-options>`);
      const slot = q<HTMLSlotElement>(el, 'slot[name="safety"]')!;
      expect(slot.assignedElements()[0].textContent).to.contain('Partner safety information.');
      const lastCard = cards(el).at(-1)!;
      const footer = q(el, '.root > [part~="footer"]')!;
      expect(lastCard.compareDocumentPosition(slot) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(slot.compareDocumentPosition(footer) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(el.innerText).to.contain('Partner safety information.');
      expect(el.innerText).not.to.contain('Fallback text');
      await expect(el).to.be.accessible();
    });

    it('a banner in the `safety` slot takes its heading one level below the widget title, unless it says its own', async () => {
      const el = await widget(html`<treatment-options heading-level="3" treatments="surgery">
        <safety-banner slot="safety"></safety-banner>
        <safety-banner slot="safety" heading-level="6"></safety-banner>
      </treatment-options>`);
      const [placed, own] = [...el.querySelectorAll<SafetyBanner>('safety-banner')];
      await Promise.all([placed.updateComplete, own.updateComplete]);
      const bannerHeading = (banner: SafetyBanner) => shadow(banner).querySelector('[part~="heading"]')!.localName;
      expect(title(el).localName).to.equal('h3');
      expect(bannerHeading(placed)).to.equal('h4');
      expect(bannerHeading(own)).to.equal('h6');
      el.headingLevel = 1;
      await el.updateComplete;
      await placed.updateComplete;
      expect(bannerHeading(placed)).to.equal('h2');
    });
  });

  describe('surface', () => {
    it('on a tinted page, its text keeps the cards\' padding from the edges of its own surface', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="background: #f1ecf6; padding: 8px"><treatment-options treatments="surgery"></treatment-options></div>`);
      const el = await settle(wrapper.querySelector<TreatmentOptions>('treatment-options')!);
      const root = q(el, '.root')!;
      const style = getComputedStyle(root);
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      const cardPadding = getComputedStyle(shadow(card(el, 'surgery')).querySelector('.card')!).paddingInlineStart;
      expect(style.paddingInlineStart).to.equal(cardPadding);
      expect(style.paddingBlockStart).to.equal(cardPadding);
      const box = root.getBoundingClientRect();
      const titleBox = title(el).getBoundingClientRect();
      expect(titleBox.left - box.left).to.be.at.least(parseFloat(cardPadding) - 0.5);
      expect(titleBox.top - box.top).to.be.at.least(parseFloat(cardPadding) - 0.5);
    });
  });

  describe('render failure', () => {
    it('shows the light-DOM fallback and still the safety slot, reports once, throws nothing', async () => {
      const el = await widget(html`<treatment-options>
        <h2>Treatment options</h2>
        <p>Ask your care team which treatments could fit your cancer.</p>
        <div slot="safety"><p>Partner safety information.</p></div>
      </treatment-options>`);
      let event!: MbcRenderErrorEvent;
      const warnings = await captureWarnings(async () => {
        const reported = oneEvent(el, 'mbc-render-error');
        el.treatments = { toString: () => { throw new Error('broken'); } } as unknown as string;
        event = (await reported) as unknown as MbcRenderErrorEvent;
        await el.updateComplete;
      });
      expect(event).to.be.instanceOf(MbcRenderErrorEvent);
      expect(event.tag).to.equal('treatment-options');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('fallback');
      expect(cards(el)).to.have.length(0);
      expect(el.innerText).to.contain('Ask your care team which treatments could fit your cancer.');
      expect(el.innerText).to.contain('Partner safety information.');
      await expect(el).to.be.accessible();
    });
  });

  describe('lang', () => {
    it('renders English marked lang="en" when the page language has no content, and the cards follow', async () => {
      const div = await fixture<HTMLElement>(html`<div lang="fr"><treatment-options treatments="surgery"></treatment-options></div>`);
      const el = await settle(div.querySelector('treatment-options')!);
      expect(q(el, '.root')!.getAttribute('lang')).to.equal('en');
      expect(shadow(cards(el)[0]).querySelector('article')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('narrow layout', () => {
    it('fits a 320 px wide column without sideways scrolling', async () => {
      const box = await fixture<HTMLElement>(html`<div style="inline-size: 320px"><treatment-options collapsible></treatment-options></div>`);
      const el = await settle(box.querySelector('treatment-options')!);
      const root = q(el, '.root')!;
      expect(root.scrollWidth).to.be.at.most(320);
      for (const c of cards(el)) expect(c.getBoundingClientRect().width).to.be.at.most(320);
      for (const link of tocLinks(el)) expect(link.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right + 0.5);
    });
  });

  describe('print', () => {
    it('hides the links that only move around the screen', async () => {
      const el = await widget(html`<treatment-options></treatment-options>`);
      await underMedia('print', async () => {
        await nextFrame();
        expect(getComputedStyle(q(el, 'nav')!).display).to.equal('none');
        expect(getComputedStyle(backLink(el, 'surgery').parentElement!).display).to.equal('none');
        expect(getComputedStyle(cards(el)[0]).display).to.equal('block');
      });
    });
  });
});
