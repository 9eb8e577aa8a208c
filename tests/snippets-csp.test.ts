/**
 * The demo pages made of snippets (dist/snippets/pages) under the strict policy of dist/snippets/csp.json,
 * sent as a real response header (tests/robustness/middleware.mjs):
 *   default-src 'self'; style-src 'self' <one hash per element>; require-trusted-types-for 'script'; trusted-types mbc-elements
 * With JavaScript off nothing can listen in the page, so the policy also names a report-uri and the
 * browser posts each violation to the test server. The same page under a policy without the hashes is
 * the control: its reports show that a blocked style does get reported in this engine, and by when.
 */
import { expect } from '@open-wc/testing';
import { elementsIn } from './helpers.js';
import { frameRecord, frameSettled } from './robustness/oracles.js';

const TAGS = ['safety-banner', 'treatment-card', 'receptor-explainer', 'treatment-options', 'doctor-questions'];
const PAGES = [
  ['English', 'index.html'],
  ['Spanish', 'es/index.html'],
] as const;

interface Report {
  'document-uri': string;
  'effective-directive'?: string;
  'violated-directive'?: string;
  'blocked-uri'?: string;
}

async function frame(src: string, script: boolean): Promise<HTMLIFrameElement> {
  const el = document.createElement('iframe');
  if (!script) el.setAttribute('sandbox', 'allow-same-origin');
  el.style.cssText = 'width:1024px;height:700px;border:0;display:block';
  const loaded = new Promise((resolve) => el.addEventListener('load', resolve, { once: true }));
  el.src = src;
  document.body.append(el);
  await loaded;
  return el;
}

const collected: Report[] = [];
/** Every violation report the server has received so far (the server hands each over once). */
async function reports(): Promise<Report[]> {
  const bodies = (await (await fetch('/snippet-pages/csp-reports')).json()) as string[];
  collected.push(...bodies.map((body) => (JSON.parse(body) as { 'csp-report': Report })['csp-report']));
  return collected;
}
const about = (path: string) => (report: Report) => report['document-uri'].includes(path);
const describeReport = (r: Report) => `${r['effective-directive'] ?? r['violated-directive']} blocked ${r['blocked-uri'] || 'inline'} on ${r['document-uri']}`;

/** Why an element is not shown styled from its own shadow root. */
function styleProblems(doc: Document): string[] {
  const found = elementsIn(doc);
  if (found.length < 5) return [`only ${found.length} elements on the page`];
  return found.flatMap((el) => {
    const root = el.shadowRoot?.querySelector('.root');
    if (!root) return [`<${el.localName}> has no shadow root content`];
    // The element's styles set border-box and a line height; a blocked style leaves the defaults.
    const style = getComputedStyle(root);
    return style.boxSizing === 'border-box' ? [] : [`<${el.localName}> is unstyled (box-sizing ${style.boxSizing})`];
  });
}

describe('snippet pages under a strict Content-Security-Policy', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((el) => el.remove()));

  for (const [language, page] of PAGES) {
    it(`${language}, JavaScript off: every element styled, no violation reported`, async () => {
      const path = `/snippet-pages/${page}?script=off&run=${Date.now()}`;
      const doc = (await frame(path, false)).contentDocument!;
      expect(doc.defaultView!.customElements.get('treatment-card')).to.equal(undefined, 'no script ran');
      expect(styleProblems(doc)).to.deep.equal([]);

      // The control: without the hashes the same styles are blocked, and reported.
      const control = `/snippet-pages/${page}?script=off&policy=no-hashes&run=${Date.now()}`;
      const controlDoc = (await frame(control, false)).contentDocument!;
      expect(styleProblems(controlDoc).length, 'without the hashes the styles are blocked').to.be.greaterThan(0);
      const end = Date.now() + 10000;
      while (!(await reports()).some(about(control)) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
      const controlReports = collected.filter(about(control));
      expect(controlReports.length, 'the control page reported its blocked styles').to.be.greaterThan(0);
      expect(controlReports.every((r) => /^style-src/.test(r['effective-directive'] ?? r['violated-directive'] ?? ''))).to.equal(true, controlReports.map(describeReport).join('\n'));
      // Reports are sent in order: the page loaded first has sent all of its own by now.
      expect(collected.filter(about(path)).map(describeReport)).to.deep.equal([]);
    });

    it(`${language}, with the bundle: every element upgrades and keeps its prerendered nodes, no violation, no console error`, async () => {
      const path = `/snippet-pages/${page}?run=${Date.now()}`;
      const el = await frame(path, true);
      await frameSettled(el, TAGS);
      const win = el.contentWindow as Window & { trustedTypes?: unknown };
      const doc = el.contentDocument!;
      for (const tag of TAGS) expect(win.customElements.get(tag), `${tag} is defined`).to.not.equal(undefined);
      for (const upgraded of elementsIn(doc)) expect(upgraded.shadowRoot!.querySelectorAll('.root:not(.tray)').length, upgraded.localName).to.equal(1);
      expect(styleProblems(doc)).to.deep.equal([]);
      const record = frameRecord(el);
      expect(record.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(record.errors, 'errors and console errors').to.deep.equal([]);
      // Hydrated, not rebuilt: the nodes parsed from the snippets are the ones on screen.
      expect(record.notes.filter((note) => note.includes('renders afresh')), 'snippets rendered afresh').to.deep.equal([]);
      expect(record.prerendered.length).to.equal(elementsIn(doc).length);
      for (const [host, node] of record.prerendered) expect(node.isConnected && host.shadowRoot!.contains(node), `${host.localName}#${host.id}: prerendered node kept`).to.equal(true);
      if ('trustedTypes' in win) expect((win as { __mbcElements?: { trustedTypes?: { policy: unknown } } }).__mbcElements?.trustedTypes?.policy).to.exist;
      expect((await reports()).filter(about(path)).map(describeReport)).to.deep.equal([]);
    });
  }
});
