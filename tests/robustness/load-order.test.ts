/**
 * Load order and multiplicity, with the built CDN bundles in real pages (same-origin frames):
 * the bundle in the head or after the elements, defer/async, loaded twice, two different versions,
 * a host page with its own copy of lit, properties set before upgrade, the script added after
 * `load`, elements created by script, in shadow roots and templates, Subresource Integrity, the
 * script failing to load, JavaScript switched off, and strict Content-Security-Policy / Trusted
 * Types pages served with real headers. Each page: every element shows its text (or, without
 * script, its fallback), nothing reaches the host's listeners, no stray globals, no patched
 * built-ins, no CSP violation.
 */
import { expect } from '@open-wc/testing';
import { elements, markup } from './elements.js';
import {
  ALLOWED_GLOBALS, HARNESS_GLOBALS, RECORDER, addScript, baselineGlobals, countCases, expectNoProblems, fallbackProblems,
  frameRecord, frameSettled, pageFrame, patchedBuiltIns, stageFrame, textProblems,
} from './oracles.js';
import { engine } from '../helpers.js';

const MODULE = '/dist/cdn/mbc-elements.js';
const CLASSIC = '/dist/cdn/mbc-elements.iife.js';
const SECOND = '/robustness/second-version/mbc-elements.js';
const SECOND_CLASSIC = '/robustness/second-version/mbc-elements.iife.js';
const TAGS = elements.map((e) => e.tag);
const BODY = `<p data-host>The host page's own text.</p>${elements.map((e) => markup(e)).join('\n')}`;
const script = (src: string, attrs = '') => `<script ${attrs} src="${src}"></script>`;
const mod = (src: string) => script(src, 'type="module"');
const page = (head: string, body = BODY, doctype = '<!doctype html>') =>
  `${doctype}<html lang="en"><head><meta charset="utf-8">${script(RECORDER)}${head}</head><body>${body}</body></html>`;

let baseline: Set<string>;

/** N1-N4 over a loaded frame. */
function frameProblems(frame: HTMLIFrameElement, shows: 'content' | 'fallback' = 'content'): string[] {
  const doc = frame.contentDocument!;
  const record = frameRecord(frame);
  const problems: string[] = [];
  for (const entry of elements) {
    const els = [...doc.querySelectorAll(entry.tag), ...[...doc.querySelectorAll('[data-shadow-host]')].flatMap((h) => [...(h.shadowRoot?.querySelectorAll(entry.tag) ?? [])])];
    if (!els.length) problems.push(`no <${entry.tag}> on the page`);
    for (const el of els) problems.push(...(shows === 'content' ? textProblems(el, entry) : fallbackProblems(el, entry)));
  }
  if (record) {
    problems.push(...record.errors, ...record.violations.map((v) => `CSP violation: ${v}`), ...record.canary.map((c) => `canary ${c}`));
  }
  const extra = Object.getOwnPropertyNames(frame.contentWindow!).filter((name) => !baseline.has(name) && !ALLOWED_GLOBALS.includes(name) && !HARNESS_GLOBALS.includes(name));
  // The host page's own lit copy (a development build here) may add its own marker: not ours.
  if (doc.querySelector('host-lit-widget')) extra.splice(0, extra.length, ...extra.filter((name) => name !== 'litIssuedWarnings'));
  if (extra.length) problems.push(`new globals: ${extra.join(', ')}`);
  problems.push(...patchedBuiltIns(frame.contentWindow!));
  const win = frame.contentWindow!;
  if (win.scrollY !== 0 || win.scrollX !== 0) problems.push(`scrolled to ${win.scrollX},${win.scrollY}`);
  if (doc.activeElement && doc.activeElement !== doc.body) problems.push(`focus moved to <${doc.activeElement.localName}>`);
  return problems;
}

async function load(doc: string, then?: (frame: HTMLIFrameElement) => unknown, options?: { sandbox?: string }): Promise<HTMLIFrameElement> {
  const frame = await stageFrame(doc, 'load-order', options);
  await then?.(frame);
  if (!options?.sandbox) await frameSettled(frame, TAGS);
  await new Promise((resolve) => setTimeout(resolve, 50));
  return frame;
}

const warningsAbout = (frame: HTMLIFrameElement, text: string) => frameRecord(frame).warnings.filter((w) => w.includes(text));

type Case = [string, () => Promise<HTMLIFrameElement>, ((frame: HTMLIFrameElement) => unknown)?, ('content' | 'fallback')?];

const CASES: Case[] = [
  ['module bundle in the head', () => load(page(mod(MODULE)))],
  ['classic bundle in the head (runs before the elements are parsed)', () => load(page(script(CLASSIC)))],
  ['module bundle after the elements', () => load(page('', `${BODY}${mod(MODULE)}`))],
  ['classic bundle after the elements', () => load(page('', `${BODY}${script(CLASSIC)}`))],
  ['classic bundle with defer', () => load(page(script(CLASSIC, 'defer')))],
  ['classic bundle with async', () => load(page(script(CLASSIC, 'async')))],
  ['module bundle loaded twice (tag manager)', () => load(page(`${mod(MODULE)}${mod(`${MODULE}?again`)}`)), (f) => expect(warningsAbout(f, 'already defined')).to.deep.equal([])],
  ['classic bundle loaded twice', () => load(page(`${script(CLASSIC)}${script(CLASSIC)}`)), (f) => expect(warningsAbout(f, 'already defined')).to.deep.equal([])],
  ['module and classic bundle together', () => load(page(`${mod(MODULE)}${script(CLASSIC)}`))],
  ['two versions: this one first, another after', () => load(page(`${script(CLASSIC)}${script(SECOND_CLASSIC)}`)), (f) => {
    // The first definition stays; the second copy warns once per tag, naming both versions.
    const warned = warningsAbout(f, 'already defined by mbc-elements');
    const defined = Object.keys((f.contentWindow as unknown as { __mbcElements: { defined: object } }).__mbcElements.defined);
    expect(warned).to.have.length(defined.length);
    expect(warned[0]).to.contain('9.9.9-second');
  }],
  ['two versions: another first, this one after', () => load(page(`${script(SECOND_CLASSIC)}${script(CLASSIC)}`)), (f) => {
    const win = f.contentWindow as unknown as { __mbcElements: { defined: Record<string, string> } };
    expect(win.__mbcElements.defined[TAGS[0]]).to.equal('9.9.9-second');
    expect(warningsAbout(f, 'mbc-elements 9.9.9-second leaves')).to.have.length(0);
  }],
  ['two versions as modules', () => load(page(`${mod(SECOND)}${mod(MODULE)}`))],
  ['the host page already runs its own lit (loaded first)', () => load(page(`${mod('/tests/fixtures/robustness-host-lit.js')}${mod(MODULE)}`, `${BODY}<host-lit-widget></host-lit-widget>`)), hostLitWorks],
  ['the host page loads its own lit after the bundle', () => load(page(`${mod(MODULE)}${mod('/tests/fixtures/robustness-host-lit.js')}`, `${BODY}<host-lit-widget></host-lit-widget>`)), hostLitWorks],
  ['properties set before upgrade', () => load(page(''), async (frame) => {
    for (const entry of elements) {
      const el = frame.contentDocument!.querySelector(entry.tag) as unknown as Record<string, unknown>;
      const [attr, values] = Object.entries(entry.enums).find(([name]) => name === entry.selects) ?? Object.entries(entry.enums)[0];
      el[attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())] = values[values.length - 1];
    }
    await addScript(frame, MODULE);
  }), (frame) => {
    for (const entry of elements) {
      const el = frame.contentDocument!.querySelector(entry.tag)!;
      const [attr, values] = Object.entries(entry.enums).find(([name]) => name === entry.selects) ?? Object.entries(entry.enums)[0];
      expect((el as unknown as Record<string, unknown>)[attr.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())]).to.equal(values[values.length - 1]);
    }
  }],
  ['script added after the load event', () => load(page(''), (frame) => addScript(frame, MODULE))],
  ['elements created by script before the bundle, inserted after', () => load(page('', '<p data-host>Host</p>'), async (frame) => {
    const doc = frame.contentDocument!;
    const t = doc.createElement('template');
    t.innerHTML = BODY;
    const made = [...t.content.children].map((child) => doc.importNode(child, true));
    await addScript(frame, CLASSIC, { module: false });
    doc.body.append(...made);
  })],
  ['elements added with innerHTML after the bundle', () => load(page(mod(MODULE), ''), (frame) => {
    frame.contentDocument!.body.innerHTML = BODY;
  })],
  ['elements inside a host shadow root attached before the bundle', () => load(page('', '<div data-shadow-host></div>'), async (frame) => {
    const host = frame.contentDocument!.querySelector('[data-shadow-host]')!;
    host.attachShadow({ mode: 'open' }).innerHTML = BODY;
    await addScript(frame, MODULE);
  })],
  ['elements cloned from a template after the bundle', () => load(page(mod(MODULE), `<template>${BODY}</template>`), (frame) => {
    const doc = frame.contentDocument!;
    doc.body.append(doc.importNode(doc.querySelector('template')!.content, true));
  })],
  ['a page in quirks mode (no doctype)', () => load(page(mod(MODULE), BODY, ''))],
  ['Subresource Integrity with the published hash', () => load(page(''), async (frame) => {
    const hashes = await (await fetch('/dist/cdn/integrity.json')).json();
    expect(await addScript(frame, MODULE, { integrity: hashes['mbc-elements.js'] }), 'the script loads').to.equal(true);
  })],
  ['Subresource Integrity with a wrong hash: blocked, the fallback shows', () => load(page(''), async (frame) => {
    const loaded = await addScript(frame, CLASSIC, { module: false, integrity: 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' });
    expect(loaded).to.equal(false);
  }), undefined, 'fallback'],
  ['the script fails to load (404): the fallback shows', () => load(page(`${mod('/dist/cdn/missing-bundle.js')}${script('/dist/cdn/missing-bundle.js')}`)), undefined, 'fallback'],
  ['JavaScript off (sandboxed frame without allow-scripts): the fallback shows', () => load(page(mod(MODULE)), undefined, { sandbox: 'allow-same-origin' }), undefined, 'fallback'],
];

function hostLitWorks(frame: HTMLIFrameElement) {
  const widget = frame.contentDocument!.querySelector('host-lit-widget')!;
  expect(widget.shadowRoot?.textContent).to.contain('host widget');
}

/** Pages served with real Content-Security-Policy headers. */
const CSP: [string, string][] = [
  ["script-src 'self'; style-src 'self' (module bundle)", '/tests/fixtures/csp-strict.html'],
  ["script-src 'self'; style-src 'self' (classic bundle)", '/tests/fixtures/csp-strict-classic.html'],
  ["Trusted Types: require-trusted-types-for 'script'; trusted-types mbc-elements", '/tests/fixtures/csp-trusted-types.html'],
];

let total = 0;
describe('robustness: load order and multiplicity', () => {
  before(async () => {
    baseline = await baselineGlobals();
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [name, make, extra, shows] of CASES) {
    total += 1;
    it(name, async () => {
      const frame = await make();
      if (shows === 'fallback' && name.startsWith('JavaScript off')) {
        // No script ran: check the fallback without the recorder (it could not run either).
        const problems: string[] = [];
        for (const entry of elements) problems.push(...fallbackProblems(frame.contentDocument!.querySelector(entry.tag)!, entry));
        expect(frame.contentWindow!.customElements.get(TAGS[0])).to.equal(undefined);
        expectNoProblems(problems);
        return;
      }
      expectNoProblems(frameProblems(frame, shows));
      await extra?.(frame);
    });
  }

  for (const [name, src] of CSP) {
    total += 1;
    it(`strict CSP: ${name}`, async () => {
      const frame = await pageFrame(src);
      const win = frame.contentWindow!;
      const tt = 'trustedTypes' in win;
      if (src.includes('trusted-types') && !tt) console.log(`ENGINE [${await engine()}] has no Trusted Types: the policy's other directives are still checked`);
      // More elements inserted after load, under the policy.
      // Parsed in this page (the framed page's Trusted Types policy refuses string HTML), then adopted.
      const t = document.createElement('template');
      t.innerHTML = BODY;
      frame.contentDocument!.getElementById('more')!.append(frame.contentDocument!.importNode(t.content, true));
      await frameSettled(frame, TAGS);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expectNoProblems(frameProblems(frame));
    });
  }

  before(() => countCases('load-order', total));
});
