/**
 * DOM lifecycle: sequences of append, remove, re-append, move, clone, reparent into another shadow
 * root, `lang` flips and attribute changes, generated with fast-check (200 sequences per element per
 * run). After every sequence each connected instance (clones included) shows its text or, where its
 * content attribute is invalid, its fallback; nothing reaches the host's error listeners.
 * A failure prints its seed and path: set SEED below to replay it.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { build, elements, type ElementEntry } from './elements.js';
import { countCases, expectNoProblems, fallbackProblems, isiProblems, settle, textProblems, watchErrors } from './oracles.js';

type Command =
  | { kind: 'append'; target: number; index: number }
  | { kind: 'remove'; index: number }
  | { kind: 'clone'; target: number; index: number }
  | { kind: 'lang'; where: 'element' | 'container' | 'html'; value: string | null; index: number }
  | { kind: 'attr'; name: string; value: string | null; index: number }
  | { kind: 'tick' };

const LANGS = ['en', 'ar', 'es-419', '', 'x-unknown', null];

function commands(entry: ElementEntry) {
  const attrs = [...Object.entries(entry.enums), ...(entry.booleans ?? []).map((b) => [b, ['']] as const)];
  const index = fc.nat(5);
  return fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('append' as const), target: fc.nat(3), index }),
      fc.record({ kind: fc.constant('remove' as const), index }),
      fc.record({ kind: fc.constant('clone' as const), target: fc.nat(3), index }),
      fc.record({ kind: fc.constant('lang' as const), where: fc.constantFrom('element' as const, 'container' as const, 'html' as const), value: fc.constantFrom(...LANGS), index }),
      fc
        .tuple(index, fc.constantFrom(...attrs))
        .chain(([i, [name, values]]) =>
          fc.option(fc.constantFrom(...values, 'bogus'), { nil: null }).map((value): Command => ({ kind: 'attr', name, value, index: i })),
        ),
      fc.constant({ kind: 'tick' as const }),
    ),
    { minLength: 1, maxLength: 12 },
  );
}

/** Four places an element can live: two document containers, a shadow root, a nested shadow root. */
function stage(): { containers: HTMLElement[]; teardown: () => void } {
  const root = document.createElement('div');
  root.style.width = '600px';
  document.body.append(root);
  const a = document.createElement('div');
  const b = document.createElement('section');
  const shadowHost = document.createElement('div');
  const inShadow = document.createElement('div');
  shadowHost.attachShadow({ mode: 'open' }).append(inShadow);
  const nestedHost = document.createElement('div');
  const nested = document.createElement('div');
  nestedHost.attachShadow({ mode: 'closed' }).append(nested);
  inShadow.append(nestedHost);
  root.append(a, b, shadowHost);
  return { containers: [a, b, inShadow, nested], teardown: () => root.remove() };
}

async function runSequence(entry: ElementEntry, sequence: Command[]): Promise<string[]> {
  const { containers, teardown } = stage();
  const htmlLang = document.documentElement.getAttribute('lang');
  const errors = watchErrors();
  const warn = console.warn;
  console.warn = () => {};
  const instances: HTMLElement[] = [build(entry)];
  const problems: string[] = [];
  try {
    containers[0].append(instances[0]);
    for (const cmd of sequence) {
      const el = instances[('index' in cmd ? cmd.index : 0) % instances.length];
      switch (cmd.kind) {
        case 'append':
          containers[cmd.target].append(el); // a move when already connected
          break;
        case 'remove':
          el.remove();
          break;
        case 'clone': {
          const copy = el.cloneNode(true) as HTMLElement;
          instances.push(copy);
          containers[cmd.target].append(copy);
          break;
        }
        case 'lang': {
          const node = cmd.where === 'element' ? el : cmd.where === 'html' ? document.documentElement : (el.parentElement ?? containers[0]);
          if (cmd.value == null) node.removeAttribute('lang');
          else node.setAttribute('lang', cmd.value);
          break;
        }
        case 'attr':
          if (cmd.value == null) el.removeAttribute(cmd.name);
          else el.setAttribute(cmd.name, cmd.value);
          break;
        case 'tick':
          await new Promise((resolve) => setTimeout(resolve, 0));
          break;
      }
    }
    for (const el of instances) if (el.isConnected) await settle(el);
    const groups = new Map<string, string[][]>();
    const shown = new Set<string>();
    for (const el of instances) {
      if (!el.isConnected) continue;
      const value = entry.selects ? el.getAttribute(entry.selects)?.trim().toLowerCase() : undefined;
      const valid = !entry.selects || (value == null ? !!entry.selectsOptional : entry.enums[entry.selects].includes(value));
      const found = valid ? textProblems(el, entry) : fallbackProblems(el, entry);
      const key = valid ? entry.standIn?.(el) : undefined;
      if (entry.selects && valid && !found.length) shown.add(`${entry.selects}:${el.getAttribute(entry.selects)}`);
      if (key) groups.set(key, [...(groups.get(key) ?? []), found]);
      else problems.push(...found);
    }
    // A group passes when one member, or another instance for the same content, shows the text.
    for (const [key, results] of groups) {
      if (!shown.has(key) && results.every((found) => found.length)) problems.push(`no instance for ${key} shows its text: ${results[0].join('; ')}`);
    }
    // Safety text per product: the full ISI is exposed somewhere on the page, whichever banner carries it.
    problems.push(...isiProblems());
  } catch (error) {
    problems.push(`threw: ${String(error)}`);
  } finally {
    console.warn = warn;
    if (htmlLang == null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
    teardown();
    // Let disconnections and pending updates finish inside the watch.
    await new Promise((resolve) => setTimeout(resolve, 0));
    problems.push(...errors.stop());
  }
  return problems;
}

const RUNS = 200;
/** Set to a printed seed to replay a failing run. */
const SEED: number | undefined = undefined;
const NAMED: [string, (entry: ElementEntry) => Command[]][] = [
  ['append, remove, re-append', () => [{ kind: 'remove', index: 0 }, { kind: 'tick' }, { kind: 'append', target: 0, index: 0 }]],
  // Found by the generator (WebKit): a re-appended tray must reopen its popover.
  ['switch to tray mode, remove, re-append', () => [{ kind: 'attr', name: 'mode', value: 'tray', index: 0 }, { kind: 'remove', index: 0 }, { kind: 'tick' }, { kind: 'append', target: 0, index: 0 }]],
  ['move between documents containers while updating', () => [{ kind: 'attr', name: 'lang', value: 'ar', index: 0 }, { kind: 'append', target: 1, index: 0 }]],
  ['reparent into a shadow root and a closed nested shadow root', () => [{ kind: 'append', target: 2, index: 0 }, { kind: 'tick' }, { kind: 'append', target: 3, index: 0 }]],
  ['clone a rendered element into a shadow root', () => [{ kind: 'tick' }, { kind: 'clone', target: 2, index: 0 }]],
  ['lang flips on html, container and element', () => [
    { kind: 'lang', where: 'html', value: 'ar', index: 0 },
    { kind: 'lang', where: 'container', value: 'es', index: 0 },
    { kind: 'lang', where: 'element', value: '', index: 0 },
    { kind: 'tick' },
    { kind: 'lang', where: 'element', value: null, index: 0 },
  ]],
  ['invalid content attribute, then valid again after a move', (entry) =>
    entry.selects
      ? [{ kind: 'attr', name: entry.selects, value: 'bogus', index: 0 }, { kind: 'append', target: 2, index: 0 }, { kind: 'attr', name: entry.selects, value: entry.valid[entry.selects], index: 0 }]
      : [{ kind: 'append', target: 2, index: 0 }]],
];

let total = 0;
describe('robustness: DOM lifecycle', () => {
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      for (const [name, make] of NAMED) {
        total += 1;
        it(name, async () => expectNoProblems(await runSequence(entry, make(entry))));
      }
      total += 1;
      it(`${RUNS} generated sequences (fast-check)`, async function () {
        this.timeout(600_000);
        const seed = SEED ?? Date.now() % 2 ** 31;
        console.log(`robustness lifecycle <${entry.tag}>: fast-check seed ${seed}`);
        const result = await fc.check(
          fc.asyncProperty(commands(entry), async (sequence) => (await runSequence(entry, sequence)).length === 0),
          { numRuns: RUNS, seed },
        );
        if (result.failed) {
          const problems = await runSequence(entry, result.counterexample![0]);
          expect.fail(
            `fast-check seed ${result.seed}, path "${result.counterexamplePath}": ${JSON.stringify(result.counterexample![0])}\n${problems.join('\n')}`,
          );
        }
        expect(result.numRuns).to.equal(RUNS);
      });
    });
  }
  before(() => countCases('lifecycle', total));
});
