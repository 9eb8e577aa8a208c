// Visual regression (Chromium): each element state at 1280 and 320 px wide, cropped to the element,
// against the baselines in tests/visual/ (scripts/visual.mjs has the tolerance). After an intended
// style change: `npm run test:visual -- --update`, look at the new images, commit them.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/all.js';
import { emulateMedia, engine, exempt } from './helpers.js';

type Result = { status: 'match' | 'updated' | 'missing' | 'size' | 'mismatch'; detail: string };

const BOTH = [1280, 320];
// The longest states run at 320 px only, which keeps the baselines near 1.5 MB together: a full card
// shows at 1280 px inside the options state, and the dark colours at 1280 px in the dark card.
const NARROW = [320];
const STATES: [name: string, widths: number[], template: TemplateResult][] = [
  ['card', NARROW, html`<treatment-card treatment="hormonal"></treatment-card>`],
  ['card-collapsed', BOTH, html`<treatment-card treatment="chemotherapy" collapsible></treatment-card>`],
  ['card-compact', BOTH, html`<treatment-card treatment="surgery" variant="compact"></treatment-card>`],
  ['isi', BOTH, html`<safety-banner product="faslodex"></safety-banner>`],
  ['disclaimer', BOTH, html`<safety-banner></safety-banner>`],
  ['explainer', NARROW, html`<receptor-explainer er="negative" pr="negative" her2="negative"></receptor-explainer>`],
  ['options', BOTH, html`<treatment-options treatments="hormonal,surgery" collapsible></treatment-options>`],
  ['questions', BOTH, html`<doctor-questions topics="tests"></doctor-questions>`],
  ['card-dark', BOTH, html`<treatment-card treatment="radiation" variant="compact" collapsible color-scheme="dark"></treatment-card>`],
  ['isi-dark', NARROW, html`<safety-banner product="faslodex" color-scheme="dark"></safety-banner>`],
];

describe('visual regression', () => {
  let chromium = false;
  before(async () => {
    chromium = (await engine()) === 'chromium';
    if (!chromium) exempt('visual regression', await engine(), 'baselines are Chromium screenshots (one engine keeps them stable)');
    else await emulateMedia(null, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  });
  after(async () => {
    if (chromium) await emulateMedia(null, [{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
  });

  for (const [name, widths, template] of STATES) {
    for (const width of widths) {
      it(`${name} at ${width} px looks as its baseline`, async function () {
        if (!chromium) return this.skip();
        await setViewport({ width, height: 900 });
        const wrap = await fixture<HTMLDivElement>(html`<div class="visual-case">${template}</div>`);
        wrap.style.padding = '8px';
        wrap.style.background = name.endsWith('-dark') ? '#14181c' : '#ffffff';
        const element = wrap.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
        await element.updateComplete;
        await document.fonts.ready;
        const result = await executeServerCommand<Result, { name: string; selector: string }>('mbc-screenshot', {
          name: `${name}-${width}`,
          selector: '.visual-case',
        });
        expect(['match', 'updated'], result.detail).to.include(result.status);
      });
    }
  }
});
