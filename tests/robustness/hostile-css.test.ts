/**
 * Hostile host CSS: a corpus of stylesheets an old CMS theme, a reset or a careless widget might put
 * on the page (resets such as `*{all:unset}`, `html{font-size:10px}`, transparent text, hiding
 * undefined elements, ancestors with transform/filter/contain/overflow that break fixed positioning,
 * maximum z-index overlays). With each one on the page, the element's text stays present, visible,
 * readable (4.5:1 from the rendered colours) and in the accessibility tree, and fits its column.
 */
import { elements } from './elements.js';
import { countCases, expectNoProblems, runCase } from './oracles.js';

/** [name, stylesheet]: every rule targets the host page (the container is `[data-host]`, the page is html/body). */
export const HOSTILE: [string, string][] = [
  ['universal all:unset', '* { all: unset; }'],
  ['universal all:initial', '* { all: initial; }'],
  ['universal all:revert', '* { all: revert; }'],
  ['html font-size 10px', 'html { font-size: 10px; }'],
  ['html font-size 62.5%', 'html { font-size: 62.5%; } body { font-size: 1.6rem; }'],
  ['body font-size 0 (inline-block gap hack)', 'body, [data-host] { font-size: 0; }'],
  ['tiny font on the container', '[data-host] { font-size: 6px; }'],
  ['transparent text everywhere', '* { color: transparent !important; }'],
  ['transparent text fill (gradient-text theme)', '[data-host] { -webkit-text-fill-color: transparent; background-clip: text; }'],
  ['white text on white', 'body, [data-host] { color: #fff; background: #fff; }'],
  ['dark theme', 'html, body, [data-host] { color: #eee; background: #111; color-scheme: dark; }'],
  ['low-contrast grey body text', 'body, [data-host] { color: #aaa; }'],
  ['hide undefined elements', ':not(:defined) { display: none; }'],
  ['custom elements forced inline and floated', ':defined:not(html, head, body, div, p, style, script, section) { display: inline !important; float: left; }'],
  ['transform on the container', '[data-host] { transform: translateZ(0); }'],
  ['filter on the container', '[data-host] { filter: drop-shadow(0 0 1px #000); }'],
  ['contain: paint on the container', '[data-host] { contain: paint; }'],
  ['contain: strict with a size', '[data-host] { contain: layout paint; min-height: 50px; }'],
  ['overflow hidden on body and container', 'html, body, [data-host] { overflow: hidden; }'],
  ['will-change transform', '[data-host] { will-change: transform; }'],
  ['max z-index overlay', 'body::after { content: ""; position: fixed; inset: 0 0 auto auto; width: 1px; height: 1px; z-index: 2147483647; background: #000; }'],
  ['perspective on body', 'body { perspective: 1000px; }'],
  ['line-height 0', '* { line-height: 0 !important; }'],
  ['text-indent image replacement', '[data-host] { text-indent: -9999px; }'],
  ['white-space nowrap', '[data-host] { white-space: nowrap; }'],
  // Spacing a page sets on its containers stops at the element; a rule on every element gets in (a reader's
  // text-spacing stylesheet must), and the text still wraps and stays readable.
  ['letter-spacing huge on the container', '[data-host] { letter-spacing: 2em; word-spacing: 3em; }'],
  ['letter-spacing wide on every element', '* { letter-spacing: 0.5em !important; word-spacing: 1em !important; }'],
  ['text spacing stylesheet (WCAG 1.4.12)', '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }'],
  ['text-transform uppercase', '[data-host] { text-transform: uppercase; }'],
  ['word-break keep-all', '[data-host] { word-break: keep-all; overflow-wrap: normal; }'],
  ['direction rtl on body', 'body { direction: rtl; }'],
  ['writing-mode vertical on body', 'body { writing-mode: vertical-rl; }'],
  ['box-sizing content-box everywhere', '*, *::before, *::after { box-sizing: content-box !important; }'],
  ['margins and paddings zeroed', '* { margin: 0 !important; padding: 0 !important; }'],
  ['user-select and pointer-events none', '* { user-select: none; pointer-events: none; }'],
  ['huge border-box on everything', '* { border: 30px solid red; }'],
  ['display contents on the container', '[data-host] { display: contents; }'],
  ['flex row container', '[data-host] { display: flex; gap: 1rem; }'],
  ['auto-fill card grid', '[data-host] { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); }'],
  ['opacity on the page', 'body { opacity: 0.95; }'],
  ['font-family Wingdings-like fallback', '* { font-family: "Definitely Not Installed", fantasy !important; }'],
  ['zoom 50% on the container', '[data-host] { zoom: 0.5; }'],
  ['custom properties clash with ours', ':root, [data-host] { --_text: transparent; --_surface: #000; --_accent: #000; --mbc-space: -50px; }'],
  ['visibility collapse on tables and lists', 'ul, li, table { visibility: collapse; }'],
  ['forced light text via ::selection and ::first-line', '[data-host]::first-line { color: #fff; } ::selection { color: transparent; }'],
  ['print-only reset leaking to screen', '@media all { * { background: transparent !important; color: #777 !important; } }'],
];

function fitsProblems(el: HTMLElement): string[] {
  const root = el.shadowRoot?.querySelector('.root') as HTMLElement | null;
  return root && root.scrollWidth > root.clientWidth + 2 ? [`content overflows its box: ${root.scrollWidth} > ${root.clientWidth}`] : [];
}

/** Lines never stack on each other: the text keeps a line height of at least 1.5. */
function lineHeightProblems(el: HTMLElement): string[] {
  const root = el.shadowRoot?.querySelector('.root') as HTMLElement | null;
  if (!root) return [];
  const style = getComputedStyle(root);
  const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  return ratio >= 1.49 ? [] : [`line height ${style.lineHeight} for ${style.fontSize} text`];
}

let total = 0;
describe('robustness: hostile host CSS', () => {
  let sheet: HTMLStyleElement;
  afterEach(() => sheet?.remove());
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      for (const [name, css] of HOSTILE) {
        total += 1;
        it(name, async () => {
          const { problems } = await runCase(entry, {
            context: () => {
              sheet = document.createElement('style');
              sheet.textContent = css;
              document.head.append(sheet);
            },
            shows: 'content',
            check: (el) => [...(/keep-all|vertical/.test(name) ? [] : fitsProblems(el)), ...lineHeightProblems(el)],
          });
          sheet.remove();
          expectNoProblems(problems);
        });
      }
    });
  }
  before(() => countCases('hostile-css', total));
});
