// Dark defaults, the color-scheme attribute and the example themes: computed colours in every engine.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/all.js';
import { FALLBACK_ATTRIBUTE, type MbcThemeRejectedEvent } from '../src/internal/contrast.js';
import { captureWarnings, emulateMedia, engine, exempt, shadow } from './helpers.js';

const LIGHT = { text: 'rgb(29, 35, 41)', surface: 'rgb(255, 255, 255)', edge: 'rgb(138, 28, 28)' };
const DARK = { text: 'rgb(230, 233, 236)', surface: 'rgb(27, 31, 36)', edge: 'rgb(255, 143, 133)' };

/** The ISI's text, background and leading edge as the reader sees them. */
function colours(el: Element) {
  const banner = getComputedStyle(shadow(el).querySelector('[part~="banner"]')!);
  const root = getComputedStyle(shadow(el).querySelector('.root')!);
  return { text: root.color, edge: banner.borderInlineStartColor, background: banner.backgroundColor };
}

async function isi(wrapperStyle: string, attribute?: string) {
  const wrap = await fixture<HTMLDivElement>(html`<div><safety-banner product="faslodex" color-scheme=${attribute ?? 'auto'}></safety-banner></div>`);
  wrap.setAttribute('style', wrapperStyle);
  const el = wrap.querySelector('safety-banner')!;
  await el.updateComplete;
  return el;
}

describe('colour schemes', () => {
  it('is light on a page that declares no colour scheme', async () => {
    const c = colours(await isi(''));
    expect(c.text).to.equal(LIGHT.text);
    expect(c.edge).to.equal(LIGHT.edge);
  });

  it('follows a dark page (color-scheme: dark) with its own dark defaults', async () => {
    const c = colours(await isi('color-scheme: dark'));
    expect(c.text).to.equal(DARK.text);
    expect(c.edge).to.equal(DARK.edge);
    expect(c.background).to.not.equal(LIGHT.surface);
  });

  it('color-scheme="dark" and "light" pin the scheme whatever the page says', async () => {
    expect(colours(await isi('', 'dark')).text).to.equal(DARK.text);
    expect(colours(await isi('color-scheme: dark', 'light')).text).to.equal(LIGHT.text);
  });

  it('an unknown color-scheme value follows the page, with one warning naming the valid values', async () => {
    let el!: Element;
    const warnings = await captureWarnings(async () => {
      el = await isi('color-scheme: dark', 'night');
    });
    expect(warnings.filter((w) => w.includes('color-scheme="night"'))).to.have.length(1);
    expect(warnings.join(' ')).to.contain('auto, light, dark');
    expect(colours(el).text).to.equal(DARK.text);
  });

  it('on a "light dark" page, follows the reader\'s dark mode', async () => {
    const name = await engine();
    if (!(await emulateMedia(null, [{ name: 'prefers-color-scheme', value: 'dark' }]))) {
      exempt('prefers-color-scheme emulation', name, 'the engine cannot emulate it under the test runner; color-scheme: dark on the page stands in above');
      return;
    }
    try {
      expect(colours(await isi('color-scheme: light dark')).text).to.equal(DARK.text);
      expect(colours(await isi('')).text, 'a page that does not opt in stays light').to.equal(LIGHT.text);
    } finally {
      await emulateMedia(null, [{ name: 'prefers-color-scheme', value: 'light' }]);
    }
  });

  it('every element takes the dark surface on a dark page', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <treatment-card treatment="hormonal"></treatment-card>
      <receptor-explainer er="positive"></receptor-explainer>
      <treatment-options treatments="surgery"></treatment-options>
      <doctor-questions topics="tests"></doctor-questions>
    </div>`);
    wrap.setAttribute('style', 'color-scheme: dark');
    for (const el of wrap.children) {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const root = getComputedStyle(shadow(el).querySelector('.root')!);
      expect(root.color, el.localName).to.equal(DARK.text);
      expect(root.backgroundColor, el.localName).to.equal(DARK.surface);
    }
  });
});

describe('example themes', () => {
  const THEMES = { 'hospital-blue': 'rgb(26, 37, 51)', advocacy: 'rgb(43, 26, 46)', dark: 'rgb(232, 238, 244)' };
  for (const [theme, text] of Object.entries(THEMES)) {
    it(`themes/${theme}.css sets the elements' colours`, async () => {
      const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${theme}.css` });
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
      document.head.append(link);
      try {
        await loaded;
        const el = await isi('');
        expect(colours(el).text).to.equal(text);
      } finally {
        link.remove();
      }
    });
  }
});

describe('the contrast guard accepts every shipped look', () => {
  const LOOKS: [name: string, theme: string | null, scheme: string][] = [
    ['light defaults', null, ''],
    ['dark defaults', null, 'color-scheme: dark'],
    ['hospital blue', 'hospital-blue', ''],
    ['advocacy', 'advocacy', ''],
    ['dark theme on a light page', 'dark', ''],
  ];
  for (const [name, theme, scheme] of LOOKS) {
    it(`${name}: no element rejects a pair`, async () => {
      const link = theme ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/themes/${theme}.css` }) : null;
      if (link) {
        const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
        document.head.append(link);
        await loaded;
      }
      const rejected: string[] = [];
      const listen = (event: Event) => rejected.push(`${(event.composedPath()[0] as Element).localName}: ${(event as MbcThemeRejectedEvent).pairs.map((p) => p.pair).join(', ')}`);
      document.addEventListener('mbc-theme-rejected', listen);
      try {
        const wrap = await fixture<HTMLDivElement>(html`<div>
          <treatment-card treatment="hormonal"></treatment-card>
          <safety-banner product="faslodex"></safety-banner>
          <safety-banner product="faslodex" mode="tray"></safety-banner>
          <safety-banner></safety-banner>
          <receptor-explainer er="positive" pr="positive" her2="negative"></receptor-explainer>
          <treatment-options treatments="surgery,radiation"></treatment-options>
          <doctor-questions topics="tests"></doctor-questions>
        </div>`);
        wrap.setAttribute('style', scheme);
        for (const el of wrap.children) {
          const guarded = el as HTMLElement & { updateComplete: Promise<unknown>; checkTheme(): readonly unknown[] };
          await guarded.updateComplete;
          guarded.checkTheme();
          expect(el.getAttribute(FALLBACK_ATTRIBUTE), el.localName).to.equal(null);
        }
        expect(rejected).to.deep.equal([]);
      } finally {
        document.removeEventListener('mbc-theme-rejected', listen);
        link?.remove();
      }
    });
  }
});
