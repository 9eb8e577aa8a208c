/**
 * axe on both demo pages, as a reader finds them and in every state the reader can put them in:
 * cards open and closed, the tray collapsed and expanded, the explainer's interactive choices
 * changed, questions ticked, every sources disclosure open. Every rule axe has, `landmark-unique` and
 * `target-size` (WCAG 2.5.8) included, at 1280x900 and at 320x640.
 */
import { expect } from '@open-wc/testing';
import type { DoctorQuestions, ReceptorExplainer, SafetyBanner, TreatmentCard } from '../src/index.js';
import { demoFrame, elementsIn, nextFrames, press, underMedia, type DemoFrame } from './helpers.js';

type AxeResult = { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
type Axe = { run(context: Document, options: object): Promise<{ violations: AxeResult[]; passes: AxeResult[] }> };

/** Runs axe-core inside the frame's own window, on the whole document. */
async function axeViolations({ win, doc }: DemoFrame): Promise<string[]> {
  const w = win as unknown as { axe?: Axe };
  if (!w.axe) {
    const script = doc.createElement('script');
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await loaded;
  }
  const { violations, passes } = await w.axe!.run(doc, {
    resultTypes: ['violations'],
    rules: { 'target-size': { enabled: true }, 'landmark-unique': { enabled: true }, region: { enabled: true } },
  });
  // The rules the audit named did run and found targets and landmarks to check.
  for (const rule of ['target-size', 'landmark-unique']) {
    if (![...passes, ...violations].some((r) => r.id === rule)) throw new Error(`axe did not check ${rule}`);
  }
  return violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.help}): ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`));
}

const settled = async ({ win, doc }: DemoFrame) => {
  for (const el of elementsIn(doc)) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 50));
  await nextFrames(win);
};
const all = <T extends Element>(doc: Document, tag: string) => elementsIn(doc).filter((el) => el.localName === tag) as unknown as T[];

type State = [name: string, apply: (demo: DemoFrame) => void | Promise<void>];

const INDEX_STATES: State[] = [
  ['as loaded', () => {}],
  ['every card open', ({ doc }) => all<TreatmentCard>(doc, 'treatment-card').forEach((card) => (card.open = true))],
  ['every card closed', ({ doc }) => all<TreatmentCard>(doc, 'treatment-card').forEach((card) => (card.open = false))],
  ['tray expanded', ({ doc }) => void (doc.querySelector<SafetyBanner>('safety-banner[mode="tray"]')!.expanded = true)],
  ['tray expanded with the inline banner hidden', ({ doc }) => {
    doc.querySelector<SafetyBanner>('safety-banner[mode="tray"]')!.expanded = true;
    doc.querySelector('#faslodex-isi')!.setAttribute('hidden', '');
  }],
  ['tray collapsed, scrolled to the end', ({ win, doc }) => {
    doc.querySelector<SafetyBanner>('safety-banner[mode="tray"]')!.expanded = false;
    win.scrollTo(0, doc.documentElement.scrollHeight);
  }],
  ['explainer interactive, choices changed', async ({ doc }) => {
    const explainer = doc.querySelector<ReceptorExplainer>('receptor-explainer')!;
    explainer.interactive = true;
    await explainer.updateComplete;
    for (const value of ['negative', 'positive']) explainer.shadowRoot!.querySelector<HTMLInputElement>(`input[name="her2"][value="${value}"]`)!.click();
    explainer.shadowRoot!.querySelector<HTMLInputElement>('input[name="menopause"][value="pre"]')!.click();
  }],
  ['every sources disclosure open', ({ doc }) => elementsIn(doc).forEach((el) => el.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)))],
];

const ADVOCACY_STATES: State[] = [
  ['as loaded', () => {}],
  ['every card open', ({ doc }) => all<TreatmentCard>(doc, 'treatment-card').forEach((card) => (card.open = true))],
  ['questions ticked and one of the reader\'s own added', async ({ doc }) => {
    const questions = doc.querySelector<DoctorQuestions>('doctor-questions')!;
    questions.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]').forEach((box, i) => i % 2 === 0 && box.click());
    const input = questions.shadowRoot!.querySelector<HTMLInputElement>('input#add')!;
    input.value = 'Can I keep working during treatment?';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    questions.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
  }],
  ['every sources disclosure open', ({ doc }) => elementsIn(doc).forEach((el) => el.shadowRoot?.querySelectorAll('details').forEach((d) => (d.open = true)))],
];

describe('axe on the demo pages, in every state', () => {
  for (const [page, states] of [['index', INDEX_STATES], ['advocacy', ADVOCACY_STATES]] as const) {
    for (const [width, height] of [[1280, 900], [320, 640]] as const) {
      it(`${page}.html at ${width}x${height}: no violation in any state`, async () => {
        const demo = await demoFrame(width, height, undefined, page);
        try {
          const problems: string[] = [];
          for (const [name, apply] of states) {
            await apply(demo);
            await settled(demo);
            for (const v of await axeViolations(demo)) problems.push(`${name}: ${v}`);
          }
          expect(problems, problems.join('\n')).to.deep.equal([]);
        } finally {
          demo.frame.remove();
        }
      });
    }
  }
});

describe('the demo pages on paper', () => {
  for (const [page, selector] of [['index', '.site-header .brand'], ['advocacy', '.banner .name']] as const) {
    it(`${page}.html prints its header in dark text (the dark band does not print)`, async () => {
      const demo = await demoFrame(800, 600, undefined, page);
      try {
        await underMedia('print', () => {
          expect(demo.win.getComputedStyle(demo.doc.querySelector(selector)!).color).to.equal('rgb(0, 0, 0)');
        });
      } finally {
        demo.frame.remove();
      }
    });
  }
});

describe('the explainer\'s links on the hospital page', () => {
  it('Enter on a link lands the card at the top of the screen, a margin above it, focus on its heading, clear of the tray', async () => {
    const demo = await demoFrame(1280, 800);
    const { win, doc } = demo;
    try {
      const card = doc.querySelector<TreatmentCard>('#hormonal')!;
      const link = doc.querySelector('receptor-explainer')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part~="card-link"][href="#hormonal"]')!;
      win.focus();
      link.focus();
      await press('Enter');
      let top = NaN;
      for (let i = 0, still = 0; i < 100 && still < 5; i += 1) {
        await nextFrames(win, 1);
        const now = card.getBoundingClientRect().top;
        still = Math.abs(now - top) < 0.5 ? still + 1 : 0;
        top = now;
      }
      expect(card.shadowRoot!.activeElement).to.equal(card.shadowRoot!.querySelector('[part~="heading"]'));
      expect(top, 'card top').to.be.closeTo(16, 2);
    } finally {
      demo.frame.remove();
    }
  });
});
