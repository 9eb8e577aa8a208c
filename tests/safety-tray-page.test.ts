/**
 * The tray on a whole page: the hospital demo (demo/index.html, loaded from its source with the
 * package's src/ instead of the built CDN bundle) in fixed-size frames, so every engine renders the
 * same small viewport (400% zoom of 1280x1024 is 320x256 CSS px).
 */
import { expect } from '@open-wc/testing';
import type { SafetyBanner } from '../src/index.js';
import { engine, exempt, press } from './helpers.js';

type Frame = { frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document };

const nextFrames = (win: Window, n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** The demo page, its bundle swapped for src/, in a `width`x`height` frame pinned to the top-left corner. */
export async function demoFrame(width: number, height: number, edit: (html: string) => string = (h) => h): Promise<Frame> {
  const source = await (await fetch('/demo/index.html')).text();
  const page = edit(source)
    .replace('<head>', '<head><base href="/demo/">')
    .replace('href="site.css"', 'href="/demo/site.css"')
    .replace(/<script type="module" src="\/cdn\/mbc-elements\.js"><\/script>/, '<script type="module" src="/src/all.ts"></script>');
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;display:block;z-index:1;background:#fff`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = page;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  await win.customElements.whenDefined('safety-banner');
  for (const el of frame.contentDocument!.querySelectorAll('safety-banner')) await (el as SafetyBanner).updateComplete;
  await nextFrames(win, 3);
  return { frame, win, doc: frame.contentDocument! };
}

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
