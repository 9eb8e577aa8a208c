/**
 * Markup and CSS injection: 40 payloads (script tags, event handlers, mutation-XSS shapes, template
 * syntax, CSS that breaks out of a rule, overlays) through every attribute the element reads and as
 * the partner's text in every slot. Data stays data: no script runs (canary), no active element or
 * handler appears in the shadow root, the element's text stays visible, the partner text stays text.
 */
import { expect } from '@open-wc/testing';
import { elements, type ElementEntry } from './elements.js';
import { countCases, expectNoProblems, runCase } from './oracles.js';

const c = (n: number) => `mbcCanary('inj${n}')`;
const PAYLOADS: string[] = [
  `<script>${c(1)}</script>`,
  `"><script>${c(2)}</script>`,
  `'><img src=x onerror=${c(3)}>`,
  `<img src=x onerror="${c(4)}">`,
  `<svg onload=${c(5)}>`,
  `<iframe src="javascript:${c(6)}"></iframe>`,
  `<iframe srcdoc="<script>parent.${c(7)}</script>"></iframe>`,
  `<object data="javascript:${c(8)}"></object>`,
  `<embed src="javascript:${c(9)}">`,
  `<a href="javascript:${c(10)}">click</a>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${c(11)}>`,
  `<noscript><p title="</noscript><img src=x onerror=${c(12)}>">`,
  `<template><script>${c(13)}</script></template>`,
  `{{constructor.constructor("${c(14)}")()}}`,
  `\${${c(15)}}`,
  `<%= ${c(16)} %>`,
  `<!--<img src=x onerror=${c(17)}>-->`,
  `]]><script>${c(18)}</script>`,
  '<style>*{display:none!important}</style>',
  `</style><script>${c(20)}</script>`,
  'red;}</style><style>:host{display:none}',
  'x{} * {color:transparent !important}',
  `expression(${c(23)})`,
  `url(javascript:${c(24)})`,
  '@import url(data:text/css,*{display:none});',
  '<link rel=stylesheet href="data:text/css,*{display:none}">',
  `<base href="javascript:${c(27)}//">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${c(28)}">`,
  `<form action="javascript:${c(29)}"><button>go</button></form>`,
  `<details open ontoggle=${c(30)}>`,
  `<video><source onerror=${c(31)}></video>`,
  `<body onload=${c(32)}>`,
  `<input autofocus onfocus=${c(33)}>`,
  '<div style="position:fixed;inset:0;background:#000;z-index:2147483647"></div>',
  `" onmouseover="${c(35)}`,
  `' onfocus='${c(36)}' autofocus='`,
  `<slot name="extra" onslotchange=${c(37)}></slot>`,
  `javascript:${c(38)}`,
  `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${c(39)}'/></svg>#x"/></svg>`,
  `\u2028\u2029</script><script>${c(40)}</script>`,
];

/** Every attribute the element reads, except the one that selects its content. */
const attributesOf = (entry: ElementEntry) =>
  [...Object.keys(entry.enums), ...entry.urls, ...(entry.strings ?? []), 'lang', 'title', 'part', 'exportparts', 'slot'].filter(
    (name) => name !== entry.selects,
  );

let total = 0;
describe('robustness: markup and CSS injection', () => {
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      PAYLOADS.forEach((payload, i) => {
        total += 1;
        it(`#${i + 1} through every attribute: ${payload.slice(0, 50)}`, async () => {
          const { problems } = await runCase(entry, {
            then: (el) => {
              for (const attr of attributesOf(entry)) el.setAttribute(attr, payload);
            },
            shows: 'content',
          });
          expectNoProblems(problems);
        });

        total += 1;
        it(`#${i + 1} as text in every slot: ${payload.slice(0, 50)}`, async () => {
          const added: HTMLElement[] = [];
          const { problems } = await runCase(entry, {
            then: (el) => {
              for (const name of [...entry.slots, '']) {
                const p = el.ownerDocument.createElement('p');
                p.textContent = payload;
                p.title = payload;
                if (name) p.slot = name;
                added.push(p);
                el.append(p);
              }
            },
            shows: 'content',
          });
          expectNoProblems(problems);
          for (const p of added) {
            expect(p.textContent).to.equal(payload);
            expect(p.children.length).to.equal(0);
          }
        });
      });
    });
  }
  before(() => countCases('injection', total));
});
