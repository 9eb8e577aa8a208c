/**
 * Text spacing (WCAG 1.4.12) on both demo pages: the reader's text-spacing rules (line height 1.5,
 * letter spacing 0.12em, word spacing 0.16em, paragraph spacing 2em) applied two ways, as a user
 * stylesheet on the page (what reaches a shadow root is what inherits) and injected into every shadow
 * root (paragraph spacing does not inherit), at 1280 px, 320 px and 320x256 (400% zoom). The spacing
 * reaches the elements' text, and nothing is clipped or overlaps.
 */
import { expect } from '@open-wc/testing';
import type { TreatmentCard } from '../src/index.js';
import { demoFrame, elementsIn, nextFrames, type DemoFrame } from './helpers.js';

const SPACING = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Adds the rules to every shadow root (nested ones too) as a constructed sheet of the frame's own document. */
function injectIntoShadowRoots({ win, doc }: DemoFrame): void {
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(SPACING);
  for (const el of elementsIn(doc)) {
    if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = [...el.shadowRoot.adoptedStyleSheets, sheet];
  }
}

/** Opens every collapsible card and every disclosure, so all the text is laid out. */
async function openEverything({ win, doc }: DemoFrame): Promise<void> {
  for (const el of elementsIn(doc)) {
    if (el.localName === 'treatment-card') (el as TreatmentCard).open = true;
    for (const details of el.shadowRoot?.querySelectorAll('details') ?? []) details.open = true;
  }
  for (const el of elementsIn(doc)) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrames(win);
}

const hiddenOnPurpose = (el: Element, style: CSSStyleDeclaration) =>
  style.clipPath.startsWith('inset(50%') || el.getBoundingClientRect().width <= 1;
/** Boxes that take their own space: inline text that wraps has a bounding box over its neighbours by nature. */
const inFlow = (style: CSSStyleDeclaration) =>
  !['none', 'contents', 'inline'].includes(style.display) && style.float === 'none' && (style.position === 'static' || style.position === 'relative');

/** Text cut off or spilling out of its box, and siblings drawn on top of each other, inside every shadow root. */
function layoutProblems({ win, doc }: DemoFrame): string[] {
  const problems: string[] = [];
  for (const host of elementsIn(doc)) {
    for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
      const style = win.getComputedStyle(el);
      if (style.display === 'none' || style.display === 'contents' || !el.getClientRects().length || hiddenOnPurpose(el, style)) continue;
      const label = `<${host.localName}> ${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      const scrolls = /auto|scroll/.test(style.overflowY);
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && style.display !== 'inline') problems.push(`${label}: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
      if (!scrolls && /hidden|clip/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1) problems.push(`${label}: clipped, ${el.scrollHeight}px in ${el.clientHeight}px`);
      // Siblings in the flow must not overlap.
      const kids = [...el.children].filter((kid) => {
        const s = win.getComputedStyle(kid);
        return inFlow(s) && !hiddenOnPurpose(kid, s) && kid.getClientRects().length;
      });
      for (let i = 0; i < kids.length; i += 1) {
        const a = kids[i].getBoundingClientRect();
        for (let j = i + 1; j < kids.length; j += 1) {
          const b = kids[j].getBoundingClientRect();
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 1 && overlapY > 1) problems.push(`${label}: <${kids[i].localName}> and <${kids[j].localName}> overlap by ${overlapX.toFixed(0)}x${overlapY.toFixed(0)}px`);
        }
      }
    }
    const box = host.getBoundingClientRect();
    if (box.right > doc.documentElement.clientWidth + 1) problems.push(`<${host.localName}> reaches ${box.right.toFixed(0)}px in a ${doc.documentElement.clientWidth}px page`);
  }
  // The page around them too: its title fits, and nothing makes the page scroll sideways.
  const title = doc.querySelector('h1')!;
  if (title.scrollWidth > title.clientWidth + 1) problems.push(`page h1: ${title.scrollWidth}px of text in ${title.clientWidth}px`);
  if (doc.documentElement.scrollWidth > doc.documentElement.clientWidth + 1) problems.push(`the page scrolls sideways: ${doc.documentElement.scrollWidth}px`);
  return problems;
}

/** The spacing actually reached the text: a paragraph of every element's own content. */
function spacingReached({ win, doc }: DemoFrame, paragraphs: boolean): string[] {
  const problems: string[] = [];
  for (const host of elementsIn(doc)) {
    const p = host.shadowRoot?.querySelector<HTMLElement>('.root p:not(.to-inline)');
    if (!p) continue;
    const style = win.getComputedStyle(p);
    const size = parseFloat(style.fontSize);
    const expectNear = (what: string, actual: number, wanted: number) => {
      if (Math.abs(actual - wanted) > 0.5) problems.push(`<${host.localName}> ${what}: ${actual.toFixed(2)}px, wanted ${wanted.toFixed(2)}px`);
    };
    expectNear('letter-spacing', parseFloat(style.letterSpacing) || 0, 0.12 * size);
    expectNear('word-spacing', parseFloat(style.wordSpacing) || 0, 0.16 * size);
    if (parseFloat(style.lineHeight) < 1.5 * size - 0.5) problems.push(`<${host.localName}> line-height ${style.lineHeight} below 1.5 x ${size}px`);
    if (paragraphs) expectNear('paragraph spacing', parseFloat(style.marginBottom), 2 * size);
  }
  return problems;
}

describe('text spacing (WCAG 1.4.12) on the demo pages', () => {
  for (const page of ['index', 'advocacy'] as const) {
    for (const [width, height] of [[1280, 800], [320, 640], [320, 256]] as const) {
      for (const how of ['user stylesheet', 'every shadow root'] as const) {
        it(`${page}.html at ${width}x${height}, rules in the ${how}: spacing reaches the text, nothing clipped or overlapping`, async () => {
          const edit = (html: string) => (how === 'user stylesheet' ? html.replace('</head>', `<style>${SPACING}</style></head>`) : html);
          const demo = await demoFrame(width, height, edit, page);
          try {
            if (how === 'every shadow root') injectIntoShadowRoots(demo);
            await openEverything(demo);
            expect(spacingReached(demo, how === 'every shadow root'), 'spacing').to.deep.equal([]);
            const problems = layoutProblems(demo);
            expect(problems, problems.join('\n')).to.deep.equal([]);
          } finally {
            demo.frame.remove();
          }
        });
      }
    }
  }
});
