// The prerendered snippets (dist/snippets, written by the build) with the script: lit keeps the
// snippet's nodes when the page has the inputs the snippet was rendered from, and renders afresh,
// once, saying why, when it does not; a tray snippet upgrades without moving anything. Each page is an iframe whose inline scripts run while it is
// parsed: one keeps references to nodes inside the shadow roots before the bundle runs.
import { expect } from '@open-wc/testing';
import { entryVersion } from '../src/content/entries.js';
import { catalogFor } from '../src/content/index.js';

interface Entry {
  readonly file: string;
  readonly element: string;
  readonly locale: string;
  readonly attributes: Readonly<Record<string, string | boolean>>;
}

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

interface Page {
  readonly doc: Document;
  readonly win: Window & typeof globalThis;
  readonly elements: Upgraded[];
  /** Nodes found in each element's shadow root before the bundle ran. */
  readonly before: Map<Element, Node[]>;
  /** Console messages of the page (info, warnings and errors), and errors it threw. */
  readonly messages: string[];
  /** Layout-shift scores the page reported (Chromium only: the others have no such entries). */
  readonly shifts: number[];
}

/** What the test keeps of a shadow root: its heading, a text node of its ISI (if any) and its toggle. */
function keep(root: ShadowRoot): Node[] {
  const heading = root.querySelector('[part~="heading"]');
  const isi = root.querySelector('.isi p');
  const toggle = root.querySelector('[part~="toggle"]');
  return [heading, isi?.firstChild ?? null, toggle].filter((node): node is Element | ChildNode => node !== null);
}

const hooks = globalThis as unknown as { hydrationTest?: { head(win: Window): void; parsed(doc: Document): void } };

const fetchText = async (path: string) => {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path} is missing: run npm run build`);
  return response.text();
};

/** Known, by design: the built-in sample safety pack says once that it is not the maker's text. */
const SAMPLE = /shows the built-in sample safety summary/;

/**
 * Where the elements come from: the CDN bundle (production lit) with its locale file after it, as
 * the README shows, as a module or as deferred classic scripts; or the sources through the test
 * server (lit's development build, which says more about hydration), the locale first, as one bundle
 * of a partner's imports evaluates them together.
 */
const BUILDS = {
  cdn: { main: '/dist/cdn/mbc-elements.js', locale: (lang: string) => `/dist/cdn/locales/${lang}.js`, localeFirst: false, type: 'type="module"' },
  iife: { main: '/dist/cdn/mbc-elements.iife.js', locale: (lang: string) => `/dist/cdn/locales/${lang}.iife.js`, localeFirst: false, type: 'defer' },
  dev: { main: '/src/all.ts', locale: (lang: string) => `/src/locales/${lang}.ts`, localeFirst: true, type: 'type="module"' },
};
type Build = keyof typeof BUILDS;

/** lit's development build says once that it is one; nothing else it says is expected. */
const DEV_NOTICE = /Lit is in dev mode/;

/** A page made of these snippets, then the elements, the page's locale file and its own `script` (HTML). */
async function page(snippets: string[], lang = 'en', build: Build = 'cdn', script = ''): Promise<Page> {
  const messages: string[] = [];
  const shifts: number[] = [];
  const before = new Map<Element, Node[]>();
  hooks.hydrationTest = {
    head(win) {
      const console = (win as Window & typeof globalThis).console;
      for (const level of ['info', 'warn', 'error', 'log', 'debug'] as const) {
        console[level] = (...args: unknown[]) => messages.push(`${level}: ${args.map(String).join(' ')}`);
      }
      win.addEventListener('error', (event) => messages.push(`thrown: ${event.message}`));
      const Observer = (win as Window & typeof globalThis).PerformanceObserver;
      if (Observer?.supportedEntryTypes?.includes('layout-shift')) {
        new Observer((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      }
    },
    parsed(doc) {
      for (const el of doc.body.children) if (el.shadowRoot) before.set(el, keep(el.shadowRoot));
    },
  };
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin allow-scripts');
  frame.width = '800';
  frame.height = '600';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const { main, locale: localeFile, localeFirst, type } = BUILDS[build];
  const locale = lang === 'en' ? '' : `<script ${type} src="${localeFile(lang)}"></script>`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Snippets</title><style>.filler { block-size: 1500px; }</style>
<script>parent.hydrationTest.head(window)</script>
${localeFirst ? locale : ''}<script ${type} src="${main}"></script>${localeFirst ? '' : locale}${script}
</head><body>${snippets.join('\n')}<script>parent.hydrationTest.parsed(document)</script></body></html>`;
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const win = frame.contentWindow as Window & typeof globalThis;
  const elements = [...doc.body.children].filter((el) => el.localName.includes('-')) as Upgraded[];
  await Promise.all(elements.map((el) => win.customElements.whenDefined(el.localName)));
  await settle(elements);
  return { doc, win, elements, before, messages, shifts };
}

/** Waits `n` animation frames of the page. */
const frames = (win: Window, n = 3) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** Polls until `ok()` holds (observers report a frame or two later), else fails with `what`. */
async function until(ok: () => boolean, what: string, ms = 5000) {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Waits until no element has an update pending (a snippet in a language that is loading waits for it). */
async function settle(elements: Upgraded[]) {
  for (let i = 0; i < 20; i += 1) {
    const results = await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (results.every(Boolean) && elements.every((el) => (el as unknown as { hasUpdated: boolean }).hasUpdated)) return;
  }
}

const words = (el: Element | null | undefined) => ((el as HTMLElement | null)?.innerText ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: Element | null | undefined) => Boolean(el && el.getClientRects().length && (el as HTMLElement).offsetHeight > 0);

/** The messages apart from the sample pack's notice. */
const unexpected = (p: Page) => p.messages.filter((message) => !SAMPLE.test(message) && !DEV_NOTICE.test(message));

/** Sets one field of a snippet's render record. */
function withRecord(html: string, change: (record: Record<string, unknown>) => void): string {
  return html.replace(/data-mbc-render="([^"]*)"/, (_, text: string) => {
    const record = JSON.parse(text.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Record<string, unknown>;
    change(record);
    return `data-mbc-render="${JSON.stringify(record).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
  });
}

describe('hydration of prerendered snippets', function () {
  this.timeout(120000);
  let index: Entry[] = [];
  before(async () => {
    index = JSON.parse(await fetchText('/dist/snippets/index.json')) as Entry[];
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [locale, build] of [['en', 'cdn'], ['es', 'cdn'], ['en', 'iife'], ['es', 'iife'], ['en', 'dev'], ['es', 'dev']] as const) {
    it(`keeps the nodes of every ${locale} snippet, with nothing said in the console (${build} build)`, async () => {
      const entries = index.filter((entry) => entry.locale === locale);
      expect(entries.length).to.be.greaterThan(20);
      // A few snippets per page keeps each page small; trays go one per page (one tray per product).
      const trays = entries.filter((entry) => entry.attributes.mode === 'tray');
      const others = entries.filter((entry) => !trays.includes(entry));
      const groups = [...trays.map((entry) => [entry]), ...Array.from({ length: Math.ceil(others.length / 8) }, (_, i) => others.slice(i * 8, i * 8 + 8))];
      for (const group of groups) {
        const p = await page(await Promise.all(group.map((entry) => fetchText(`/dist/snippets/${entry.file}`))), locale, build);
        expect(unexpected(p), group.map((entry) => entry.file).join(', ')).to.deep.equal([]);
        expect(p.elements.length).to.equal(group.length);
        p.elements.forEach((el, i) => {
          const kept = p.before.get(el)!;
          expect(kept.length, `${group[i].file}: nodes found before the bundle ran`).to.be.greaterThan(0);
          for (const node of kept) expect(node.isConnected && el.shadowRoot!.contains(node), `${group[i].file}: ${node.nodeName} kept`).to.equal(true);
          expect(el.shadowRoot!.querySelectorAll('.root:not(.tray):not(.print-copy)').length, group[i].file).to.equal(1);
          expect(el.getAttribute('lang')).to.equal(locale);
        });
      }
    });
  }

  describe('after upgrade, every interaction works', () => {
    it('a collapsible card toggles, the explainer answers, questions tick and print, contents links reveal cards', async () => {
      const files = ['en/treatment-card/hormonal-collapsible', 'en/receptor-explainer/interactive', 'en/doctor-questions/all', 'en/treatment-options/collapsible'];
      const p = await page(await Promise.all(files.map((file) => fetchText(`/dist/snippets/${file}.html`))));
      expect(unexpected(p)).to.deep.equal([]);
      const [card, explainer, questions, options] = p.elements;
      for (const el of p.elements) for (const node of p.before.get(el)!) expect(node.isConnected, el.localName).to.equal(true);

      const toggle = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      const details = card.shadowRoot!.querySelector('[part~="details"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      toggle.click();
      await card.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(details.hasAttribute('hidden'), 'details hidden').to.equal(true);
      toggle.click();
      await card.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(details.hasAttribute('hidden')).to.equal(false);
      expect(shown(details.querySelector('ul'))).to.equal(true);

      const subtype = () => words(explainer.shadowRoot!.querySelector('[part~="subtype"]'));
      const radio = (name: string, value: string) => explainer.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
      for (const [name, value] of [['er', 'negative'], ['pr', 'negative'], ['her2', 'negative']]) {
        radio(name, value).click();
        await explainer.updateComplete;
      }
      expect(subtype()).to.contain('Triple-negative');
      radio('her2', 'positive').click();
      await explainer.updateComplete;
      expect(subtype()).to.contain('HER2-positive');
      expect(radio('her2', 'positive').checked).to.equal(true);

      const box = questions.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
      const question = words(box.closest('label') ?? box.parentElement);
      box.click();
      await questions.updateComplete;
      expect(box.checked).to.equal(true);
      const printed = await (questions as Upgraded & { printDocument(): Promise<Document> }).printDocument();
      let prints = 0;
      printed.defaultView!.print = () => void (prints += 1);
      questions.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]')!.click();
      await until(() => prints === 1, 'the list to print');
      expect(words(printed.body)).to.contain(question);

      const link = [...options.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="toc-link"]')].at(-1)!;
      const target = options.shadowRoot!.querySelector<Upgraded & { open: boolean }>(link.getAttribute('href')!)!;
      expect(target.open).to.equal(false);
      link.click();
      await target.updateComplete;
      await frames(p.win);
      expect(target.open).to.equal(true);
      expect(options.shadowRoot!.activeElement).to.equal(target);
      expect(unexpected(p)).to.deep.equal([]);
    });
  });

  describe('a tray snippet', () => {
    it('keeps its ISI in the flow, moves nothing, and shows the tray only while that ISI is off screen', async () => {
      const html = await fetchText('/dist/snippets/en/safety-banner/faslodex-tray.html');
      const p = await page([html, '<div class="filler"></div>', '<p id="end">End of the page.</p>']);
      const [banner] = p.elements;
      const root = banner.shadowRoot!;
      expect(unexpected(p)).to.deep.equal([]);
      for (const node of p.before.get(banner)!) expect(node.isConnected).to.equal(true);
      const inFlow = root.querySelector('.banner:not(.print-copy)')!;
      const tray = () => root.querySelector<HTMLElement>('.tray');
      await until(() => Boolean(tray()), 'the tray to be rendered');
      await frames(p.win);
      const viewport = () => p.win.innerHeight;
      const onScreen = (el: Element) => {
        const box = el.getBoundingClientRect();
        return shown(el) && box.bottom > 0 && box.top < viewport();
      };
      expect(onScreen(inFlow)).to.equal(true);
      expect(shown(tray()), 'no tray while the in-flow ISI is in view').to.equal(false);
      if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) expect(p.shifts.reduce((a, b) => a + b, 0), 'layout shift').to.equal(0);

      p.win.scrollTo(0, p.doc.documentElement.scrollHeight);
      await until(() => shown(tray()), 'the tray to show once the in-flow ISI is off screen');
      await frames(p.win);
      expect(onScreen(inFlow)).to.equal(false);
      const box = tray()!.getBoundingClientRect();
      expect(Math.round(box.bottom)).to.equal(viewport());
      const toggle = tray()!.querySelector<HTMLButtonElement>('[part~="toggle"]')!;
      toggle.click();
      await banner.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(shown(tray()!.querySelector('.body'))).to.equal(true);
      toggle.click();
      await banner.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');

      p.win.scrollTo(0, 0);
      await until(() => !shown(tray()), 'the tray to step aside for the in-flow ISI');
      expect(onScreen(inFlow)).to.equal(true);
      expect(unexpected(p)).to.deep.equal([]);
    });
  });

  describe('partner reviews the page registers with its own script, after the bundle', () => {
    const hormonal = catalogFor('en').catalog.treatments.entries.hormonal;
    const review = { reviewer: 'Dr. A. Smith, medical oncologist', organization: 'Riverside Cancer Center', date: '2026-11-20', entries: { 'treatments.hormonal': entryVersion(hormonal) } };
    const registers = `<script type="module">import { registerReview } from '/dist/cdn/mbc-elements.js'; registerReview(${JSON.stringify(review)});</script>`;
    const card = () => fetchText('/dist/snippets/en/treatment-card/hormonal-full.html');

    it('a snippet made without the review renders afresh, saying so', async () => {
      const p = await page([await card()], 'en', 'cdn', registers);
      const [el] = p.elements;
      const said = unexpected(p);
      expect(said.length, said.join('\n')).to.equal(1);
      expect(said[0]).to.match(/reviews differs/);
      for (const node of p.before.get(el)!) expect(node.isConnected).to.equal(false);
      expect(words(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal('Hormonal therapy');
    });

    it('a snippet that records the same review keeps its nodes', async () => {
      const recorded = `treatments.hormonal@${entryVersion(hormonal)} ${review.date} ${review.reviewer}, ${review.organization}`;
      const p = await page([withRecord(await card(), (r) => (r.reviews = [recorded]))], 'en', 'cdn', registers);
      const [el] = p.elements;
      expect(unexpected(p)).to.deep.equal([]);
      for (const node of p.before.get(el)!) expect(node.isConnected).to.equal(true);
    });
  });

  describe('a snippet whose render inputs differ from the page\'s renders afresh, once, saying why', () => {
    const card = () => fetchText('/dist/snippets/en/treatment-card/hormonal-full.html');
    const cases: [string, () => Promise<string>, RegExp, string][] = [
      ['an older version', async () => withRecord(await card(), (r) => (r.version = '0.0.9')), /version differs/, 'Hormonal therapy'],
      ['other text', async () => withRecord(await card(), (r) => (r.catalog = '000000000000')), /catalog differs/, 'Hormonal therapy'],
      ['another language', async () => withRecord(await card(), (r) => (r.locale = 'fr')), /locale differs/, 'Hormonal therapy'],
      ['another safety pack', async () => withRecord(await fetchText('/dist/snippets/en/safety-banner/faslodex-inline.html'), (r) => (r.packs = ['faslodex@2020.01'])), /packs differs/, 'Important Safety Information'],
      ['a partner review the page lacks', async () => withRecord(await card(), (r) => (r.reviews = ['treatments.hormonal@0123456789ab 2026-01-05 Dr. A. Smith, Riverside'])), /reviews differs/, 'Hormonal therapy'],
      ['another review-by state', async () => withRecord(await card(), (r) => (r.late = ['treatments.hormonal'])), /late differs/, 'Hormonal therapy'],
      ['attributes changed since', async () => (await card()).replace('treatment="hormonal"', 'treatment="surgery"'), /attributes differs/, 'Surgery'],
      ['no record', async () => (await card()).replace(/ data-mbc-render="[^"]*"/, ''), /no data-mbc-render record/, 'Hormonal therapy'],
      ['a malformed record', async () => (await card()).replace(/ data-mbc-render="[^"]*"/, ' data-mbc-render="{oops"'), /not valid JSON/, 'Hormonal therapy'],
    ];
    for (const [i, [name, snippet, reason, title]] of cases.entries()) {
      // The first case also with lit's development build: no hydration warning of its own.
      for (const build of i ? (['cdn'] as const) : (['cdn', 'dev'] as const)) it(`${name} (${build} build)`, async () => {
        const p = await page([await snippet()], 'en', build);
        const [el] = p.elements;
        const said = unexpected(p);
        expect(said.length, said.join('\n')).to.equal(1);
        expect(said[0]).to.match(/^info: \[mbc-elements\] <[a-z-]+> renders afresh over its prerendered snippet: /);
        expect(said[0]).to.match(reason);
        for (const node of p.before.get(el)!) expect(node.isConnected, `${node.nodeName} replaced`).to.equal(false);
        expect(el.shadowRoot!.querySelectorAll('.root').length).to.equal(1);
        expect(words(el.shadowRoot!.querySelector('[part~="heading"]'))).to.equal(title);
        expect(shown(el.querySelector('h1, h2, h3, h4, h5, h6')), 'fallback text hidden').to.equal(false);
      });
    }
  });
});
