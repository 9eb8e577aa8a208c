// Chromium: each snippet with JavaScript off looks as the same element rendered by the CDN bundle
// (a bare tag with the snippet's attributes, no snippet), side by side at one width, within the
// tolerance of the visual baselines (scripts/visual.mjs). Where the two differ by design, the bundle's
// element is shown in the like state: a tray snippet is the ISI in the flow, so it is compared with
// an inline banner; without script the question list's add, print and copy controls wait unseen, so
// they are hidden in the bundle's list too.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { emulateMedia, engine, exempt } from './helpers.js';

type Result = { status: 'match' | 'size' | 'mismatch' | 'missing'; detail: string };

const SNIPPETS = [
  'treatment-card/hormonal-full',
  'treatment-card/radiation-compact',
  'treatment-card/targeted-collapsible',
  'receptor-explainer/triple-negative',
  'receptor-explainer/interactive-hr-positive-her2-negative',
  'safety-banner/disclaimer',
  'safety-banner/faslodex-inline',
  'safety-banner/faslodex-tray',
  'treatment-options/all',
  'doctor-questions/all',
];
const WIDTHS = [800, 320];
/** What the question list shows only once the script runs (its snippet keeps their place unseen). */
const WAITS_FOR_SCRIPT = "[data-topic='own'], .actions { visibility: hidden; }";

/** The snippet's element with its attributes, as a bare tag: no shadow root, no fallback. */
function bareTag(snippet: string): string {
  const open = snippet.slice(0, snippet.indexOf('>') + 1).replace(/\sdata-mbc-render="[^"]*"/, '').replace(/\smode="tray"/, '');
  const tag = open.match(/^<([a-z-]+)/)![1];
  return `${open}</${tag}>`;
}

async function frame(name: string, body: string, width: number, lang: string, script: boolean): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  el.className = name;
  if (!script) el.setAttribute('sandbox', 'allow-same-origin');
  el.style.cssText = `width:${width}px;height:100px;border:0;display:block`;
  const scripts = script ? `<script type="module" src="/dist/cdn/mbc-elements.js"></script>${lang === 'es' ? '<script type="module" src="/dist/cdn/locales/es.js"></script>' : ''}` : '';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  el.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${name}</title>${scripts}</head><body style="margin:0;padding:8px;background:#fff">${body}</body></html>`;
  document.body.append(el);
  await loaded;
  return el;
}

describe('snippets without JavaScript look as the elements rendered with it', () => {
  let chromium = false;
  before(async () => {
    chromium = (await engine()) === 'chromium';
    if (!chromium) exempt('snippet screenshots against the bundle', await engine(), 'screenshots are compared in Chromium (one engine keeps them stable)');
    else await emulateMedia(null, [{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  });
  after(async () => {
    if (chromium) await emulateMedia(null, [{ name: 'prefers-reduced-motion', value: 'no-preference' }]);
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((el) => el.remove()));

  for (const lang of ['en', 'es']) {
    for (const file of SNIPPETS) {
      for (const width of WIDTHS) {
        it(`${lang}/${file} at ${width} px`, async function () {
          if (!chromium) return this.skip();
          await setViewport({ width: 1400, height: 900 });
          const snippet = await (await fetch(`/dist/snippets/${lang}/${file}.html`)).text();
          const off = await frame('no-script', snippet, width, lang, false);
          const on = await frame('with-script', bareTag(snippet), width, lang, true);
          const win = on.contentWindow!;
          const el = on.contentDocument!.body.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
          await win.customElements.whenDefined(el.localName);
          await el.updateComplete;
          for (const inner of el.shadowRoot!.querySelectorAll('treatment-card, safety-banner')) await (inner as typeof el).updateComplete;
          if (el.localName === 'doctor-questions') {
            const sheet = new (win as typeof window).CSSStyleSheet();
            sheet.replaceSync(WAITS_FOR_SCRIPT);
            el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
          }
          await Promise.all([off, on].map((f) => f.contentDocument!.fonts.ready));
          const heights = [off, on].map((f) => f.contentDocument!.documentElement.scrollHeight);
          expect(Math.abs(heights[0] - heights[1]), `heights without and with script: ${heights.join(', ')}`).to.be.at.most(1);
          for (const f of [off, on]) f.style.height = `${Math.max(...heights)}px`;
          const result = await executeServerCommand<Result, { name: string; expected: string; actual: string }>('mbc-compare-screenshots', {
            name: `snippet-${lang}-${file.replace('/', '-')}-${width}`,
            expected: 'iframe.with-script',
            actual: 'iframe.no-script',
          });
          expect(result.status, result.detail).to.equal('match');
        });
      }
    }
  }
});
