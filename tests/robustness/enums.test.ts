/**
 * Enumerated attributes: every valid value, and unknown, empty, mixed-case, padded, numeric,
 * look-alike, markup and 10 kB values, removal after set, and property values of the wrong type.
 * An invalid value falls back to the default with a warning that names the valid values (or, for
 * the attribute that selects the content, shows the fallback children); nothing throws.
 */
import { expect } from '@open-wc/testing';
import { elements, type ElementEntry } from './elements.js';
import { countCases, expectNoProblems, runCase } from './oracles.js';

type Case = { name: string; value?: string; then?: (el: HTMLElement, attr: string, valid: readonly string[]) => unknown; valid: boolean };

const mixedCase = (value: string) => [...value].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('');

function casesFor(valid: readonly string[]): Case[] {
  const first = valid[0];
  const last = valid[valid.length - 1];
  return [
    ...valid.map((value) => ({ name: `valid "${value}"`, value, valid: true })),
    { name: 'unknown word', value: 'banana', valid: false },
    { name: 'empty', value: '', valid: false },
    { name: 'whitespace only', value: ' \t\n ', valid: false },
    { name: `mixed case "${mixedCase(last)}"`, value: mixedCase(last).toUpperCase() === last.toUpperCase() && /[a-z]/i.test(last) ? mixedCase(last) : last, valid: true },
    { name: 'upper case', value: first.toUpperCase(), valid: true },
    { name: 'padded with spaces', value: `  ${first}  `, valid: true },
    { name: 'numeric 0', value: '0', valid: valid.includes('0') },
    { name: 'numeric 7', value: '7', valid: valid.includes('7') },
    { name: 'numeric -1', value: '-1', valid: false },
    { name: 'numeric 2.5', value: '2.5', valid: false },
    { name: 'numeric 1e3', value: '1e3', valid: false },
    { name: 'Cyrillic look-alike', value: first.replace(/[aeo]/, (c) => ({ a: 'а', e: 'е', o: 'о' })[c]!), valid: !/[aeo]/.test(first) },
    { name: 'valid value with a NUL', value: `${first}\u0000`, valid: false },
    { name: 'markup', value: `"><b onmouseover=mbcCanary('enum')>${first}</b>`, valid: false },
    { name: '10 kB', value: 'x'.repeat(10240), valid: false },
    {
      name: 'removal after a valid value',
      value: last,
      valid: true,
      then: (el, attr) => el.removeAttribute(attr),
    },
    {
      name: 'removal after an invalid value',
      value: 'nope',
      valid: false,
      then: (el, attr) => el.removeAttribute(attr),
    },
    {
      name: 'property set to a number, null, an object, then a valid value',
      value: first,
      valid: true,
      then: async (el, attr, values) => {
        const prop = attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
        const props = el as unknown as Record<string, unknown>;
        for (const bad of [42, null, {}, Symbol.iterator === undefined ? 0 : [values[0]]]) {
          props[prop] = bad;
          await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        }
        props[prop] = values[values.length - 1];
      },
    },
  ];
}

/** What a case shows once all is done: the element's text, or (the content selector invalid or gone) its fallback. */
function shows(entry: ElementEntry, attr: string, c: Case): 'content' | 'fallback' {
  if (attr !== entry.selects) return 'content';
  const removed = c.name.startsWith('removal');
  if (removed) return entry.selectsOptional ? 'content' : 'fallback';
  return c.valid ? 'content' : 'fallback';
}

let total = 0;
describe('robustness: enum attributes', () => {
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      for (const [attr, valid] of Object.entries(entry.enums)) {
        for (const c of casesFor(valid)) {
          total += 1;
          it(`${attr}: ${c.name}`, async () => {
            const { problems, warnings } = await runCase(entry, {
              attrs: { [attr]: c.value ?? null },
              then: c.then && ((el) => c.then!(el, attr, valid)),
              shows: shows(entry, attr, c),
            });
            expectNoProblems(problems);
            const about = warnings.filter((w) => w.includes(attr));
            if (!c.valid && !c.name.startsWith('removal')) {
              expect(about.length, `a warning naming ${attr}`).to.be.greaterThan(0);
              expect(about.some((w) => valid.every((v) => w.includes(v))), 'the warning names the valid values').to.equal(true);
            }
            if (c.valid && !c.then) expect(about, 'no warning for a valid value').to.deep.equal([]);
            // One warning per problem, never the whole 10 kB value.
            expect(new Set(warnings).size).to.equal(warnings.length);
            for (const w of warnings) expect(w.length).to.be.lessThan(600);
          });
        }
      }
    });
  }
  before(() => countCases('enums', total));
});
