/**
 * Text and Unicode: right-to-left scripts, bidi controls, combining marks, emoji sequences, a
 * 100,000-character word and friends, in the partner's slots and in the fallback, and language and
 * direction contexts around the element. The element's own text stays present, visible and readable,
 * the partner's text stays text, and nothing overflows the host's column.
 */
import { expect } from '@open-wc/testing';
import { elements } from './elements.js';
import { countCases, expectNoProblems, runCase } from './oracles.js';

const LONG_WORD = 'a'.repeat(100_000);
const STRINGS: [string, string][] = [
  ['Arabic', 'اسأل فريق الرعاية عن خيارات العلاج'],
  ['Hebrew', 'שאלו את צוות הטיפול על אפשרויות הטיפול'],
  ['right-to-left override', '\u202Eevil text reversed\u202C after'],
  ['isolates and marks', '\u2067ltr \u2066inside\u2069 rtl\u2069 \u200F\u200E'],
  ['unbalanced bidi embedding', '\u202B\u202B\u202Aopen and never closed'],
  ['combining marks (stacked)', 'Z\u0351\u036B\u0343\u036A\u0302a\u0310\u0304l\u0352g\u033Ao\u0346\u0365'],
  ['emoji ZWJ family and skin tones', '👩🏽‍🤝‍👩🏿 👨‍👩‍👧‍👦 🧑🏻‍⚕️'],
  ['regional-indicator flags', '🇬🇧🇪🇸🇮🇳🇸🇦'],
  ['a 100,000-character word', LONG_WORD],
  ['CJK without spaces', '治療の選択肢について医療チームに相談してください'.repeat(20)],
  ['Devanagari and Thai', 'अपनी देखभाल टीम से पूछें ถามทีมดูแลของคุณ'],
  ['zero-width characters', 'zero\u200Bwidth\u200Cjoin\u200Dnon\uFEFFbreaking\u2060'],
  ['a lone surrogate', 'broken \uD83D pair'],
  ['control characters', 'bell\u0007 backspace\u0008 escape\u001B'],
  ['markup-looking text', '<b>not bold</b> &amp; <script>mbcCanary("text")</script>'],
  ['vertical and full-width forms', '︵ＡＢＣ︶ 𝐀𝐁𝐂'],
];

const CONTEXTS: [string, Record<string, string>, string][] = [
  ['inside dir=rtl lang=ar', {}, 'ar-rtl'],
  ['lang="he" on the element', { lang: 'he' }, ''],
  ['lang with a bidi override', { lang: '\u202Ear' }, ''],
  ['lang 10 kB long', { lang: 'x'.repeat(10240) }, ''],
  ['lang="" (unknown)', { lang: '' }, ''],
  ['lang="zh-Hant-TW"', { lang: 'zh-Hant-TW' }, ''],
  ['inside writing-mode vertical-rl', {}, 'vertical'],
  ['inside a 200px column', {}, 'narrow'],
];

function overflowProblems(el: HTMLElement): string[] {
  const column = el.parentElement!.getBoundingClientRect().width;
  const own = el.getBoundingClientRect().width;
  const root = el.shadowRoot?.querySelector('.root, [part]') as HTMLElement | null;
  const problems: string[] = [];
  if (own > column + 1) problems.push(`element ${own}px wider than its ${column}px column`);
  if (root && root.scrollWidth > root.clientWidth + 1) problems.push(`content overflows: ${root.scrollWidth} > ${root.clientWidth}`);
  return problems;
}

let total = 0;
describe('robustness: text and Unicode', () => {
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      for (const [name, value] of STRINGS) {
        const places: { where: string; fill: (el: HTMLElement) => void; shows: 'content' | 'fallback' }[] = [
          {
            where: entry.slots.length ? `slot "${entry.slots[0]}"` : 'fallback',
            fill: (el) => {
              const span = el.ownerDocument.createElement('p');
              span.textContent = value;
              if (entry.slots.length) span.slot = entry.slots[0];
              el.append(span);
            },
            shows: 'content',
          },
          {
            where: 'fallback (content attribute invalid)',
            fill: (el) => {
              const span = el.ownerDocument.createElement('p');
              span.textContent = value;
              el.append(span);
              if (entry.selects) el.setAttribute(entry.selects, 'not-a-value');
            },
            shows: entry.selects ? 'fallback' : 'content',
          },
        ];
        for (const place of places) {
          total += 1;
          it(`${name} in the ${place.where}`, async () => {
            const { problems } = await runCase(entry, {
              then: place.fill,
              shows: place.shows,
              check: (el) => {
                const problems = overflowProblems(el);
                const added = [...el.children].at(-1) as HTMLElement;
                if (added.textContent !== value) problems.push('the partner text was changed');
                if (added.children.length) problems.push('the partner text became markup');
                if (place.shows === 'content' && entry.slots.length && place.where.startsWith('slot') && !added.getClientRects().length) {
                  problems.push('slotted text is not shown');
                }
                return problems;
              },
            });
            expectNoProblems(problems);
          });
        }
      }
      for (const [name, attrs, context] of CONTEXTS) {
        total += 1;
        it(`context: ${name}`, async () => {
          const { problems, el } = await runCase(entry, {
            attrs,
            width: context === 'narrow' ? 200 : 600,
            context: (parent) => {
              if (context === 'ar-rtl') {
                parent.dir = 'rtl';
                parent.lang = 'ar';
              }
              if (context === 'vertical') parent.style.writingMode = 'vertical-rl';
            },
            shows: 'content',
            check: (el) => (context === 'vertical' ? [] : overflowProblems(el)),
          });
          expectNoProblems(problems);
          // A locale without content renders English, marked as English.
          const marked = el.shadowRoot!.querySelector('[lang]');
          expect(marked?.getAttribute('lang')).to.equal('en');
        });
      }
    });
  }
  before(() => countCases('text-unicode', total));
});
