/**
 * Trusted Types beside a host page's own lit, with the built CDN bundles (module and classic script) in
 * pages served with real Content-Security-Policy headers (tests/robustness/middleware.mjs).
 *
 * The host's lit creates the `lit-html` policy first and its policy does not say 'allow-duplicates':
 * - where it lists `trusted-types lit-html mbc-elements`, every element shows its own text, and nothing is
 *   thrown or reported (before the bundle had a policy of its own it threw "Policy with name lit-html
 *   already exists" at load and showed nothing);
 * - where it lists only `lit-html`, our policy cannot be created: nothing is thrown into the page, one
 *   console error gives the line to add, and every element shows its fallback text, the safety
 *   information included.
 * An engine without Trusted Types runs the pages too (the other directives still apply) and names the
 * exemption for what it cannot show.
 */
import { elements } from './robustness/elements.js';
import { expectNoProblems, fallbackProblems, frameRecord, frameSettled, pageFrame, textProblems } from './robustness/oracles.js';
import { engine, exempt } from './helpers.js';

const TAGS = elements.map((e) => e.tag);
type TTWindow = Window & { trustedTypes?: unknown; __mbcElements?: { trustedTypes?: { policy: unknown } } };

async function open(src: string) {
  const frame = await pageFrame(src);
  await frameSettled(frame, TAGS);
  const win = frame.contentWindow as TTWindow;
  return { frame, win, doc: frame.contentDocument!, record: frameRecord(frame) };
}

function hostWidgetWorks(doc: Document): string[] {
  const widget = doc.querySelector('host-lit-widget');
  return widget?.shadowRoot?.textContent?.includes('host widget') ? [] : ["the host's own lit widget did not render"];
}

/** Every element on the page shows its own text. */
function contentProblems(doc: Document): string[] {
  return elements.flatMap((entry) => {
    const el = doc.querySelector(entry.tag);
    return el ? textProblems(el, entry) : [`no <${entry.tag}> on the page`];
  });
}

/**
 * The problems `check` finds once the page has settled: first renders may be spread over a few tasks and
 * the host's own widget renders on its own, so a loaded machine gets up to 5 s before the answer counts.
 */
async function settledProblems(check: () => string[]): Promise<string[]> {
  const end = Date.now() + 5000;
  let problems = check();
  while (problems.length && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    problems = check();
  }
  // One more task: a late error or a second console error still shows up.
  await new Promise((resolve) => setTimeout(resolve, 50));
  return check();
}

/** Skips with a named exemption where the engine has no Trusted Types; returns whether it has them. */
async function hasTrustedTypes(win: TTWindow, what: string): Promise<boolean> {
  if ('trustedTypes' in win) return true;
  exempt(what, await engine(), 'the engine does not implement Trusted Types; the page ran with the other directives of its policy');
  return false;
}

const ALLOWED: [string, string][] = [
  ['module bundle', '/tests/fixtures/csp-tt-host-lit.html'],
  ['classic bundle', '/tests/fixtures/csp-tt-host-lit-classic.html'],
  ['module and classic bundle on one page (one policy, no allow-duplicates)', '/tests/fixtures/csp-tt-both-bundles.html'],
];
const REFUSED: [string, string][] = [
  ['module bundle', '/tests/fixtures/csp-tt-no-policy.html'],
  ['classic bundle', '/tests/fixtures/csp-tt-no-policy-classic.html'],
];

describe("Trusted Types beside the host page's own lit", () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [name, src] of ALLOWED) {
    it(`trusted-types lit-html mbc-elements, ${name}: every element renders, nothing thrown or blocked`, async () => {
      const { win, doc, record } = await open(src);
      const problems = await settledProblems(() => [
        ...contentProblems(doc),
        ...hostWidgetWorks(doc),
        ...record.errors.map((e) => `reached the page: ${e}`),
        ...record.violations.map((v) => `CSP violation: ${v}`),
      ]);
      if (await hasTrustedTypes(win, `${name} under trusted-types lit-html mbc-elements`)) {
        if (!win.__mbcElements?.trustedTypes?.policy) problems.push('the page has no mbc-elements policy');
      }
      expectNoProblems(problems);
    });
  }

  for (const [name, src] of REFUSED) {
    it(`trusted-types lit-html only, ${name}: no error thrown, one console error with the CSP line, fallback and safety text shown`, async () => {
      const { win, doc, record } = await open(src);
      if (!(await hasTrustedTypes(win, `${name} with the mbc-elements policy refused`))) {
        // Nothing refuses the policy or blocks template HTML here: the elements render as anywhere else.
        expectNoProblems(await settledProblems(() => [...contentProblems(doc), ...hostWidgetWorks(doc), ...record.errors]));
        return;
      }
      const problems = await settledProblems(() => {
        const thrown = record.errors.filter((e) => !e.startsWith('console.error:'));
        const consoleErrors = record.errors.filter((e) => e.startsWith('console.error:'));
        const found = [...thrown.map((e) => `reached the page: ${e}`), ...hostWidgetWorks(doc)];
        if (consoleErrors.length !== 1) found.push(`expected one console error, saw ${consoleErrors.length}: ${consoleErrors.join(' | ')}`);
        else if (!consoleErrors[0].includes('trusted-types mbc-elements')) found.push(`the console error does not give the CSP line: ${consoleErrors[0]}`);
        for (const entry of elements) found.push(...fallbackProblems(doc.querySelector(entry.tag)!, entry));
        // The safety information, by name: the banner's pasted text is on screen.
        const banner = doc.querySelector('safety-banner')!;
        const safety = [...banner.querySelectorAll('p')].find((p) => p.textContent!.includes('allergic to fulvestrant'));
        if (!safety || !safety.assignedSlot || safety.getClientRects().length === 0) found.push('the safety banner fallback text is not shown');
        if (record.events.filter((e) => e === 'mbc-render-error').length < elements.length) found.push('an element sent no mbc-render-error event');
        return found;
      });
      expectNoProblems(problems);
    });
  }
});
