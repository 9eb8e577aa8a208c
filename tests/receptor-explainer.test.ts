import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/receptor-explainer/define.js';
import '../src/elements/treatment-card/define.js';
import { MbcReceptorChangeEvent, ReceptorExplainer, type TreatmentCard } from '../src/index.js';
import { catalogFor } from '../src/content/index.js';
import { captureWarnings, press, shadow, text, underMedia } from './helpers.js';

const { catalog } = catalogFor('en');

// fixtureSync and timers rather than animation frames: a test page in a background tab (the runner
// opens two at a time) may get no animation frames at all.
const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
const content = catalog.receptors;
const names = catalog.treatments.entries;

async function explainer(markup: ReturnType<typeof html>): Promise<ReceptorExplainer> {
  const found = fixtureSync<HTMLElement>(markup);
  const el = (found.localName === 'receptor-explainer' ? found : found.querySelector('receptor-explainer')) as ReceptorExplainer;
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
/** The family names of one list of options ("main" or "other"), in order. */
const families = (el: Element, kind: 'main' | 'other') =>
  qa(el, `ul[data-kind="${kind}"] .family`).map((f) => f.textContent!.trim());
const subtypeName = (el: Element) => q(el, '[part~="subtype"] strong')!.textContent!.trim();
const radio = (el: Element, field: string, value: string) => q<HTMLInputElement>(el, `input[name="${field}"][value="${value}"]`)!;

/** Where focus is inside a card: its 'heading', its 'toggle', the card itself ('card') or elsewhere. */
function landedOn(card: Element): string {
  const inner = card.shadowRoot?.activeElement;
  if (!inner) return (card.getRootNode() as Document | ShadowRoot).activeElement === card ? 'card' : 'elsewhere';
  return inner.matches('[part~="toggle"]') ? 'toggle' : inner.matches('[part~="heading"]') ? 'heading' : inner.localName;
}

/** Arrow keys by their DOM name: the WebDriver launcher (WebKit) and CDP both accept these names. */
const arrow = (key: 'ArrowUp' | 'ArrowDown') => sendKeys({ press: key });

describe('<receptor-explainer>', () => {
  describe('each combination class', () => {
    const cases = [
      {
        label: 'HR+/HER2- after menopause',
        attrs: { er: 'positive', pr: 'positive', her2: 'negative', menopause: 'post' },
        subtype: 'hr-positive-her2-negative',
        main: [names.hormonal.name],
        other: [names.targeted.name, names.chemotherapy.name, names.radiation.name, names.surgery.name],
        menopause: 'post',
      },
      {
        label: 'HR+/HER2+ before menopause',
        attrs: { er: 'positive', pr: 'negative', her2: 'positive', menopause: 'pre' },
        subtype: 'hr-positive-her2-positive',
        main: [names.hormonal.name, names.targeted.name],
        other: [names.chemotherapy.name, names.radiation.name, names.surgery.name],
        menopause: 'pre',
      },
      {
        label: 'HR-/HER2+',
        attrs: { er: 'negative', pr: 'negative', her2: 'positive', menopause: 'post' },
        subtype: 'hr-negative-her2-positive',
        main: [names.targeted.name, names.chemotherapy.name],
        other: [names.radiation.name, names.surgery.name],
      },
      {
        label: 'triple-negative',
        attrs: { er: 'negative', pr: 'negative', her2: 'negative', menopause: 'pre' },
        subtype: 'triple-negative',
        main: [names.chemotherapy.name],
        other: [names.radiation.name, names.surgery.name],
      },
      {
        label: 'triple-negative, HER2-low',
        attrs: { er: 'negative', pr: 'negative', her2: 'low' },
        subtype: 'triple-negative-her2-low',
        main: [names.chemotherapy.name],
        other: [names.targeted.name, names.radiation.name, names.surgery.name],
        her2Low: true,
      },
      {
        label: 'HR+/HER2-low, not applicable (a man)',
        attrs: { er: 'positive', pr: 'positive', her2: 'low', menopause: 'not-applicable' },
        subtype: 'hr-positive-her2-low',
        main: [names.hormonal.name],
        other: [names.targeted.name, names.chemotherapy.name, names.radiation.name, names.surgery.name],
        menopause: 'not-applicable',
        her2Low: true,
      },
      {
        label: 'all unknown',
        attrs: {},
        subtype: 'hr-unknown-her2-unknown',
        main: [],
        other: [names.hormonal.name, names.chemotherapy.name, names.radiation.name, names.surgery.name],
        missing: ['er', 'pr', 'her2'],
      },
      {
        label: 'ER+ with PR and HER2 not known',
        attrs: { er: 'positive' },
        subtype: 'hr-positive-her2-unknown',
        main: [names.hormonal.name],
        other: [names.targeted.name, names.chemotherapy.name, names.radiation.name, names.surgery.name],
        menopause: 'unknown',
        missing: ['pr', 'her2'],
      },
    ] as const;

    for (const c of cases) {
      it(`${c.label}: name, options, notes, missing results and footer`, async () => {
        const a = c.attrs as Record<string, string | undefined>;
        const el = await explainer(
          html`<receptor-explainer er=${a.er ?? 'unknown'} pr=${a.pr ?? 'unknown'} her2=${a.her2 ?? 'unknown'} menopause=${a.menopause ?? 'unknown'}></receptor-explainer>`,
        );
        const shown = text(el);
        const subtype = content.subtypes[c.subtype];
        expect(subtypeName(el)).to.equal(`${subtype.name}.`);
        expect(shown).to.contain(subtype.summary);
        expect(families(el, 'main')).to.deep.equal([...c.main]);
        expect(families(el, 'other')).to.deep.equal([...c.other]);
        expect(/triple-negative/i.test(shown)).to.equal(c.subtype.startsWith('triple-negative'));
        // HER2-low sentence only for HER2-low.
        expect(Boolean(q(el, '[part~="her2-low"]'))).to.equal('her2Low' in c);
        // Menopause only where hormonal therapy is listed, and then the text for the given status.
        const menopause = 'menopause' in c ? c.menopause : null;
        expect(/menopaus/i.test(shown)).to.equal(Boolean(menopause));
        if (menopause) expect(shown).to.contain(content.menopause[menopause].text[0]);
        // What is missing, and the question to ask.
        const missing = 'missing' in c ? c.missing : [];
        const items = qa(el, '[part~="missing"] li').map((li) => li.textContent!);
        expect(items).to.have.length(missing.length);
        missing.forEach((marker, i) => expect(items[i]).to.contain(content.markers[marker].question));
        // The visible care-team note, the markers and how they are tested.
        const note = q(el, '[part~="note"]')!;
        expect(note.textContent).to.contain(content.careTeam.text[0]);
        expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(qa(el, '[part~="markers"] li')).to.have.length(3);
        expect(shown).to.contain(content.testing.text[1]);
        expect(shown).not.to.match(/you should/i);
        // Footer: updated date, pending review, sources.
        const footer = q(el, '[part~="footer"]')!;
        expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01');
        expect(footer.textContent).to.contain('This information has not yet been checked by a doctor.');
        // The HER2-low case cites the source that covers it: the FDA's 2025 approval only for hormone receptor-positive cancer.
        if ('her2Low' in c) expect(footer.innerHTML.includes('fam-trastuzumab-deruxtecan')).to.equal(c.subtype === 'hr-positive-her2-low');
        if ('her2Low' in c) expect(footer.innerHTML).to.contain('cancertodaymag.org');
        // Triple-negative: the other tests that may matter.
        expect(Boolean(q(el, '[part~="other-tests"]'))).to.equal(c.subtype.startsWith('triple-negative'));
        // No links when no card is on the page; no radios when not interactive.
        expect(q(el, 'a[part~="card-link"]')).to.equal(null);
        expect(q(el, 'input')).to.equal(null);
        expect(q(el, '[role="status"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }

    it('updates when an attribute changes', async () => {
      const el = await explainer(html`<receptor-explainer er="positive" her2="negative"></receptor-explainer>`);
      el.setAttribute('er', 'negative');
      el.setAttribute('pr', 'negative');
      await el.updateComplete;
      expect(subtypeName(el)).to.equal(`${content.subtypes['triple-negative'].name}.`);
    });

    it('hides the fallback children once it renders', async () => {
      const el = await explainer(html`<receptor-explainer er="positive"><p>Ask your care team what your results mean.</p></receptor-explainer>`);
      expect(el.innerText).not.to.contain('Ask your care team what your results mean.');
      expect(text(el)).to.contain(content.subtypes['hr-positive-her2-unknown'].name);
    });
  });

  describe('bad values', () => {
    for (const [attr, bad, valid] of [
      ['er', 'maybe', 'positive, negative, unknown'],
      ['pr', '', 'positive, negative, unknown'],
      ['her2', '3+', 'positive, low, negative, unknown'],
      ['her2', '<img src=x onerror=alert(1)>', 'positive, low, negative, unknown'],
      ['menopause', 'peri', 'pre, post, not-applicable, unknown'],
      ['menopause', 'x'.repeat(10000), 'pre, post, not-applicable, unknown'],
    ] as const) {
      it(`${attr}="${bad.slice(0, 16)}" falls back to unknown with one warning naming the valid values`, async () => {
        let el!: ReceptorExplainer;
        const warnings = await captureWarnings(async () => {
          el = document.createElement('receptor-explainer');
          el.setAttribute('er', 'positive');
          el.setAttribute('her2', 'positive');
          el.setAttribute(attr, bad);
          document.body.append(el);
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
        });
        try {
          expect(warnings).to.have.length(1);
          expect(warnings[0]).to.contain(attr).and.contain(valid);
          expect(q(el, 'img')).to.equal(null);
          const status = { er: 'positive', pr: 'unknown', her2: 'positive', menopause: 'unknown', [attr]: 'unknown' };
          expect(qa(el, '[part~="markers"] strong').map((s) => s.textContent)).to.deep.equal([
            content.markers.er.results[status.er as 'positive'],
            content.markers.pr.results[status.pr as 'unknown'],
            content.markers.her2.results[status.her2 as 'positive'],
          ]);
          await expect(el).to.be.accessible();
        } finally {
          el.remove();
        }
      });
    }

    it('reads values like HTML enumerated attributes (trimmed, any case)', async () => {
      const el = await explainer(html`<receptor-explainer er=" POSITIVE " pr="Negative" her2="Low" menopause="Not-Applicable"></receptor-explainer>`);
      expect(subtypeName(el)).to.equal(`${content.subtypes['hr-positive-her2-low'].name}.`);
      expect(text(el)).to.contain(content.menopause['not-applicable'].text[0]);
    });

    it('heading-level: h2 by default with h3 inside; 1-6 accepted; a bad value warns once and keeps h2', async () => {
      const el = await explainer(html`<receptor-explainer></receptor-explainer>`);
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(new Set(qa(el, '[part~="subheading"]').map((h) => h.localName))).to.deep.equal(new Set(['h3']));
      el.headingLevel = 4;
      await el.updateComplete;
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h4');
      expect(q(el, '[part~="subheading"]')!.localName).to.equal('h5');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
      });
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('1, 2, 3, 4, 5, 6');
    });

    it('renders English marked lang="en" when the page language has no content', async () => {
      const el = await explainer(html`<div lang="fr"><receptor-explainer er="positive"></receptor-explainer></div>`);
      expect(q(el, 'section')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('links to treatment cards', () => {
    afterEach(() => {
      if (location.hash) history.replaceState(null, '', location.pathname + location.search);
    });

    it('links each family to the card on the page; the href names the card id; a click reveals and focuses it, leaving location.hash alone', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <receptor-explainer er="positive" pr="positive" her2="negative" menopause="post"></receptor-explainer>
        <treatment-card id="hormonal-card" treatment="hormonal"></treatment-card>
        <treatment-card treatment="TARGETED"></treatment-card>
      </div>`);
      const el = wrapper.querySelector('receptor-explainer')!;
      await el.updateComplete;
      const links = qa<HTMLAnchorElement>(el, 'a[part~="card-link"]');
      expect(links.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
        [names.hormonal.name, '#hormonal-card'],
        [names.targeted.name, '#'],
      ]);
      // Families without a card are plain text.
      expect(families(el, 'other')).to.include(names.surgery.name);
      expect(qa(el, '.family').filter((f) => !f.querySelector('a')).map((f) => f.textContent!.trim())).to.deep.equal([
        names.chemotherapy.name,
        names.radiation.name,
        names.surgery.name,
      ]);
      const hashBefore = location.hash;
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      links[0].dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      await tick();
      expect(landedOn(wrapper.querySelector('#hormonal-card')!)).to.equal('heading');
      expect(location.hash).to.equal(hashBefore);
      links[1].click();
      await tick();
      expect(landedOn(wrapper.querySelector('treatment-card[treatment="TARGETED"]')!)).to.equal('heading');
      expect(location.hash).to.equal(hashBefore);
      await expect(el).to.be.accessible();
    });

    it('follows a link from the keyboard (Enter)', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <receptor-explainer er="negative" pr="negative" her2="negative"></receptor-explainer>
        <treatment-card id="chemo" treatment="chemotherapy"></treatment-card>
      </div>`);
      const el = wrapper.querySelector('receptor-explainer')!;
      await el.updateComplete;
      const link = q<HTMLAnchorElement>(el, 'a[part~="card-link"]')!;
      link.focus();
      await press('Enter');
      await tick();
      const card = wrapper.querySelector('#chemo')!;
      expect(landedOn(card)).to.equal('heading');
      // The heading shows the card's own focus ring, not the browser's thin default.
      const ring = getComputedStyle(q(card, '[part~="heading"]')!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);
      expect(location.hash).to.equal('');
    });

    it('a collapsed card opens, its toggle takes focus with its focus ring, and a margin stays above it', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <receptor-explainer er="negative" pr="negative" her2="negative"></receptor-explainer>
        <div style="block-size: 150vh"></div>
        <treatment-card id="chemo-c" treatment="chemotherapy" collapsible></treatment-card>
        <div style="block-size: 150vh"></div>
      </div>`);
      const el = wrapper.querySelector('receptor-explainer')!;
      const card = wrapper.querySelector<TreatmentCard>('#chemo-c')!;
      await el.updateComplete;
      await card.updateComplete;
      const toggles: boolean[] = [];
      card.addEventListener('mbc-card-toggle', (e) => toggles.push(e.open));
      q<HTMLAnchorElement>(el, 'a[part~="card-link"]')!.focus();
      await press('Enter');
      await card.updateComplete;
      expect(card.open, 'the card opened').to.equal(true);
      expect(toggles).to.deep.equal([true]);
      expect(landedOn(card)).to.equal('toggle');
      const ring = getComputedStyle(q(card, '[part~="toggle"]')!);
      expect(ring.outlineStyle).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(3);
      // Smooth scrolling ends at the card with its scroll margin (1rem) above it, not flush with the top.
      let top = card.getBoundingClientRect().top;
      for (let i = 0, still = 0; i < 150 && still < 5; i += 1) {
        await tick();
        const now = card.getBoundingClientRect().top;
        still = Math.abs(now - top) < 0.5 ? still + 1 : 0;
        top = now;
      }
      expect(top).to.be.closeTo(parseFloat(getComputedStyle(document.documentElement).fontSize), 2);
      window.scrollTo(0, 0);
    });

    it('looks only in its own root: cards in the same shadow root link, document cards do not reach into it', async () => {
      const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const inner = document.createElement('receptor-explainer');
      inner.setAttribute('er', 'positive');
      const card = document.createElement('treatment-card');
      card.setAttribute('treatment', 'hormonal');
      card.id = 'h';
      root.append(inner, card);
      const outer = await explainer(html`<receptor-explainer er="positive"></receptor-explainer>`);
      await (inner as ReceptorExplainer).updateComplete;
      const link = q<HTMLAnchorElement>(inner, 'a[part~="card-link"]')!;
      expect(link.getAttribute('href')).to.equal('#h');
      link.click();
      await tick();
      expect(root.activeElement).to.equal(card);
      expect(landedOn(card)).to.equal('heading');
      expect(q(outer, 'a[part~="card-link"]')).to.equal(null);
    });

    it('a card removed after rendering: the click changes nothing and the family turns into text', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <receptor-explainer er="positive"></receptor-explainer>
        <treatment-card id="h2" treatment="hormonal"></treatment-card>
      </div>`);
      const el = wrapper.querySelector('receptor-explainer')!;
      await el.updateComplete;
      const link = q<HTMLAnchorElement>(el, 'a[part~="card-link"]')!;
      wrapper.querySelector('treatment-card')!.remove();
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      expect(click.defaultPrevented).to.equal(true);
      expect(location.hash).to.equal('');
      await el.updateComplete;
      expect(q(el, 'a[part~="card-link"]')).to.equal(null);
    });
  });

  describe('interactive', () => {
    it('shows one fieldset with a legend per marker and menopause, native radios, and a polite live region', async () => {
      const el = await explainer(html`<receptor-explainer interactive></receptor-explainer>`);
      const legends = qa(el, 'fieldset > legend').map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal([content.ui.legends.er, content.ui.legends.pr, content.ui.legends.her2, content.ui.legends.menopause]);
      expect(qa(el, 'fieldset input[type="radio"]')).to.have.length(3 + 3 + 4 + 4);
      for (const field of ['er', 'pr', 'her2', 'menopause']) expect(radio(el, field, 'unknown').checked).to.equal(true);
      // The live region is there before anything changes, and silent until the reader changes a result.
      const live = q(el, '[role="status"]')!;
      expect(live).to.exist;
      expect(live.textContent!.trim()).to.equal('');
      expect(q(el, '[part~="result"]')!.textContent).to.contain(content.subtypes['hr-unknown-her2-unknown'].name);
      await expect(el).to.be.accessible();
    });

    it('announces once the reader settles, and briefly: only the new combination\'s name', async () => {
      const el = await explainer(html`<receptor-explainer interactive></receptor-explainer>`);
      const live = q(el, '[role="status"]')!;
      const said: string[] = [];
      const observer = new MutationObserver(() => live.textContent!.trim() && said.push(live.textContent!.trim()));
      observer.observe(live, { childList: true, characterData: true, subtree: true });
      // Changes in a row, as arrow keys through a group make them: nothing is said yet.
      for (const [field, value] of [['er', 'positive'], ['er', 'negative'], ['pr', 'negative'], ['her2', 'positive']]) radio(el, field, value).click();
      await el.updateComplete;
      expect(live.textContent!.trim(), 'silent while the reader is still choosing').to.equal('');
      expect(q(el, '[part~="result"]')!.textContent, 'the visible explanation follows at once').to.contain(content.subtypes['hr-negative-her2-positive'].name);
      await new Promise((resolve) => setTimeout(resolve, ReceptorExplainer.settleMs + 300));
      await el.updateComplete;
      observer.disconnect();
      expect(said).to.deep.equal([content.subtypes['hr-negative-her2-positive'].name]);
    });

    it('starts from the attributes, updates the explanation on a click, fires mbc-receptor-change with only the marker, and writes nothing to the host', async () => {
      const el = await explainer(html`<receptor-explainer interactive er="positive" pr="positive" her2="negative"></receptor-explainer>`);
      expect(radio(el, 'er', 'positive').checked).to.equal(true);
      const attributesBefore = el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`);
      const events: MbcReceptorChangeEvent[] = [];
      document.addEventListener('mbc-receptor-change', (e) => events.push(e));
      setTimeout(() => radio(el, 'her2', 'positive').click());
      const event = (await oneEvent(el, 'mbc-receptor-change')) as MbcReceptorChangeEvent;
      expect(event).to.be.instanceOf(MbcReceptorChangeEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.marker).to.equal('her2');
      // isTrusted is an own property of every event in some engines.
      expect(Object.keys(event).filter((key) => key !== 'isTrusted')).to.deep.equal(['marker']);
      expect((event as unknown as { detail?: unknown }).detail).to.equal(undefined);
      await el.updateComplete;
      expect(q(el, '[part~="result"]')!.textContent).to.contain(content.subtypes['hr-positive-her2-positive'].name);
      expect(families(el, 'main')).to.deep.equal([names.hormonal.name, names.targeted.name]);
      // The reader's choice stays inside: no attribute, no property echo.
      expect(el.getAttributeNames().map((n) => `${n}=${el.getAttribute(n)}`)).to.deep.equal(attributesBefore);
      expect(el.her2).to.equal('negative');
      expect(events).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('works with the keyboard: Tab moves between groups, arrow keys change the choice', async () => {
      const el = await explainer(html`<receptor-explainer interactive></receptor-explainer>`);
      const markers: string[] = [];
      el.addEventListener('mbc-receptor-change', (e) => markers.push(e.marker));
      radio(el, 'er', 'unknown').focus();
      expect(shadow(el).activeElement).to.equal(radio(el, 'er', 'unknown'));
      await arrow('ArrowUp');
      await el.updateComplete;
      expect(radio(el, 'er', 'negative').checked).to.equal(true);
      expect(shadow(el).activeElement).to.equal(radio(el, 'er', 'negative'));
      await press('Tab');
      expect(shadow(el).activeElement).to.equal(radio(el, 'pr', 'unknown'));
      await arrow('ArrowUp');
      await press('Tab');
      expect(shadow(el).activeElement).to.equal(radio(el, 'her2', 'unknown'));
      await arrow('ArrowUp');
      await el.updateComplete;
      expect(radio(el, 'her2', 'negative').checked).to.equal(true);
      expect(markers).to.deep.equal(['er', 'pr', 'her2']);
      expect(q(el, '[part~="result"]')!.textContent).to.contain(content.subtypes['triple-negative'].name);
      expect(families(el, 'main')).to.deep.equal([names.chemotherapy.name]);
      expect(/menopaus/i.test(text(el).replace(q<HTMLElement>(el, '.choices')!.innerText, ''))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('Space picks the focused radio', async () => {
      const el = await explainer(html`<receptor-explainer interactive er="positive"></receptor-explainer>`);
      radio(el, 'menopause', 'pre').focus();
      await press('Space');
      await el.updateComplete;
      expect(radio(el, 'menopause', 'pre').checked).to.equal(true);
      expect(text(el)).to.contain(content.menopause.pre.text[0]);
    });

    it('without interactive, the same element has no radios and no live region', async () => {
      const el = await explainer(html`<receptor-explainer interactive er="positive"></receptor-explainer>`);
      el.interactive = false;
      await el.updateComplete;
      expect(q(el, 'input')).to.equal(null);
      expect(q(el, '[role="status"]')).to.equal(null);
      expect(el.hasAttribute('interactive')).to.equal(false);
    });
  });

  describe('layout and media', () => {
    it('fits a 320 px column without sideways scrolling', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div style="inline-size: 320px">
        <receptor-explainer interactive er="positive" pr="positive" her2="low" menopause="not-applicable"></receptor-explainer>
      </div>`);
      const el = wrapper.querySelector('receptor-explainer')!;
      await el.updateComplete;
      const box = q(el, 'section')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
    });

    it('hides the radio groups and keeps the results when printed', async () => {
      const el = await explainer(html`<receptor-explainer interactive er="positive"></receptor-explainer>`);
      await underMedia('print', async () => {
        await tick();
        expect(getComputedStyle(q(el, '.choices')!).display).to.equal('none');
        expect(q(el, '[part~="markers"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
      });
    });

    it('keeps visible borders in forced-colors mode', async () => {
      const el = await explainer(html`<receptor-explainer interactive></receptor-explainer>`);
      await underMedia('forced-colors', async () => {
        expect(getComputedStyle(q(el, 'section')!).borderTopStyle).to.equal('solid');
        expect(getComputedStyle(q(el, '[part~="note"]')!).borderTopStyle).to.equal('solid');
      });
    });
  });
});
