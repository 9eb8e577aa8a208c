#!/usr/bin/env node
// Benchmark: `npm run bench` (after `npm run build`). Not part of `npm test`: timings are never a test.
//
// Headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core) loads pages served on 127.0.0.1 by a
// server started and stopped here. Each sample is a fresh incognito context (nothing cached, no-store), a
// 412 x 915 viewport, and CDP CPU throttling. Pages are loaded interleaved (a b c a b c ...), after one
// discarded warm-up round.
//
//   Scenario 1: 100 <treatment-card> as bare tags (attributes only), three pages with the same final content:
//     static   the real element's rendered shadow DOM, serialized as declarative shadow DOM; no script
//     vanilla  bench/pages/vanilla-card.js, a hand-written custom element without lit (same content and CSS)
//     lit      dist/cdn/mbc-elements.js
//   Scenario 2: demo/index.html as it is now, against a static copy of its final content (declarative shadow
//     DOM serialized from the rendered demo in this run, so the copy follows the demo), and the Spanish demo
//     (demo/es/index.html: the same elements, plus the Spanish file by a second script tag) against it.
//   Scenario 3: the demo's <safety-banner mode="tray">: expand and collapse it 20 times (no baseline).
//
// Metrics per load: time from navigation start to the first frame after everything is rendered (load event,
// every custom element defined and its updateComplete settled, then requestAnimationFrame + a message),
// main-thread script time (CDP Performance.getMetrics ScriptDuration), the longest main-thread task of the whole
// page (Long Tasks API, so only tasks of 50 ms or more are seen: "< 50" means none; it includes the browser's own
// style and layout work, which the static page has too), the longest run of the package's own script (Long
// Animation Frames script attribution; the 50 ms goal is judged on this), JS heap after a forced GC
// (HeapProfiler.collectGarbage + Runtime.getHeapUsage),
// layout-shift score (PerformanceObserver), network requests. Medians, and for ratios between pages the 95%
// bootstrap confidence interval of the ratio of medians (fixed seed, so a rerun on the same data prints the same).
//
// Options: --samples N (default 20), --rates 1,4, --scenarios 1,2,3, --serve (only serve the pages and print
// their URLs). Prints one Markdown table; writes bench/results.json (not committed) with machine facts.
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const SAMPLES = Number(arg('samples', 20));
const RATES = arg('rates', '1,4').split(',').map(Number);
const SCENARIOS = arg('scenarios', '1,2,3').split(',').map(Number);
const SERVE_ONLY = process.argv.includes('--serve');
const TOGGLES = 20;
const VIEWPORT = { width: 412, height: 915 };
const CARDS = 100;
const TREATMENTS = ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'];
const started = Date.now();
const loadAverageAtStart = loadavg().map((x) => Number(x.toFixed(2)));

if (!existsSync('dist/cdn/mbc-elements.js') || !existsSync('dist/content/index.js')) {
  console.error('bench: dist/ is missing. Run `npm run build` first.');
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------- server
const generated = new Map(); // path -> { type, body }
const mounts = [
  ['/cdn/', join(root, 'dist/cdn')],
  ['/demo/', join(root, 'demo')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  const send = (type, body) => {
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(body);
  };
  if (generated.has(path)) return send(generated.get(path).type, generated.get(path).body);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) break;
    if (file === dir || path.endsWith('/')) file = join(file, 'index.html');
    if (existsSync(file)) return send(TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  }
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ----------------------------------------------------------------------------------------------- pages
const template = readFileSync('bench/pages/cards.html', 'utf8');
const cardTags = Array.from({ length: CARDS }, (_, i) => {
  const t = TREATMENTS[i % TREATMENTS.length];
  return `    <treatment-card treatment="${t}" heading-level="3" href="/treatments/${t}"></treatment-card>`;
}).join('\n');
const cardsPage = (script) => template.replace('<!--script-->', script).replace('    <!--cards-->', cardTags);
const html = (body) => ({ type: 'text/html; charset=utf-8', body });
generated.set('/bench/cards-lit.html', html(cardsPage('<script type="module" src="/cdn/mbc-elements.js"></script>')));
generated.set('/bench/cards-vanilla.html', html(cardsPage('<script type="module" src="/bench/vanilla-card.js"></script>')));

const userDataDir = mkdtempSync(join(tmpdir(), 'mbc-bench-'));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  userDataDir,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-extensions'],
});
const cleanup = async () => {
  await browser.close().catch(() => {});
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

// Injected into every page before its own scripts: observers, and `__benchDone` once everything is rendered.
function probe(waitForElements) {
  let cls = 0;
  let longest = 0;
  const lsObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;
  });
  lsObserver.observe({ type: 'layout-shift', buffered: true });
  const ltObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  ltObserver.observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them: the longest run of the package's own script.
  let ownScript = 0;
  const ownUrl = /\/cdn\/mbc-elements|\/bench\/vanilla-card\.js/;
  const loafObserver = new PerformanceObserver((list) => {
    for (const frame of list.getEntries()) {
      for (const script of frame.scripts ?? []) if (ownUrl.test(script.sourceURL)) ownScript = Math.max(ownScript, script.duration);
    }
  });
  try {
    loafObserver.observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    ownScript = NaN; // the browser has no Long Animation Frames API
  }
  const frame = () =>
    new Promise((ok) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = ok;
        channel.port2.postMessage(0);
      }),
    );
  const customElementsIn = (node, found = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.push(el);
      if (el.shadowRoot) customElementsIn(el.shadowRoot, found);
    }
    return found;
  };
  globalThis.__benchFrame = frame;
  globalThis.__benchLongest = (reset = false) => {
    for (const e of ltObserver.takeRecords()) longest = Math.max(longest, e.duration);
    const value = longest;
    if (reset) longest = 0;
    return value;
  };
  globalThis.__benchCustomElements = customElementsIn;
  if (window !== window.top) return;
  addEventListener('load', async () => {
    if (waitForElements) {
      // Module scripts have run before load: a tag still undefined now stays undefined (and is reported).
      for (let settled = -1; ; ) {
        const elements = customElementsIn(document).filter((e) => customElements.get(e.localName));
        await Promise.all(elements.map((e) => e.updateComplete));
        if (elements.length === settled) break;
        settled = elements.length;
      }
    }
    await frame();
    const rendered = performance.now();
    // A long frame's entry is queued some time after that frame: wait, so the last one is counted.
    await frame();
    await frame();
    await new Promise((ok) => setTimeout(ok, 100));
    for (const e of lsObserver.takeRecords()) if (!e.hadRecentInput) cls += e.value;
    for (const e of ltObserver.takeRecords()) longest = Math.max(longest, e.duration);
    loafObserver.takeRecords().forEach((frame) => (frame.scripts ?? []).forEach((script) => ownUrl.test(script.sourceURL) && (ownScript = Math.max(ownScript, script.duration))));
    const undefinedTags = [...new Set(customElementsIn(document).filter((e) => !customElements.get(e.localName)).map((e) => e.localName))];
    globalThis.__benchReport?.(JSON.stringify({ rendered, cls, longtask: longest, ownScript, undefinedTags }));
  });
}

async function newPage(rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}

const warnedTags = new Set();
async function load(url, { rate, waitForElements }) {
  const { context, page, cdp } = await newPage(rate);
  try {
    const requests = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.evaluateOnNewDocument(probe, waitForElements);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReport' });
    let timer;
    const reported = new Promise((ok, fail) => {
      cdp.on('Runtime.bindingCalled', (e) => e.name === '__benchReport' && ok(JSON.parse(e.payload)));
      timer = setTimeout(() => fail(new Error(`bench: ${url} did not finish rendering within 60 s`)), 60_000);
    }).finally(() => clearTimeout(timer));
    await page.goto(url, { waitUntil: 'load' });
    const report = await reported;
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    for (const tag of report.undefinedTags) {
      if (waitForElements && !warnedTags.has(tag)) console.warn(`bench: <${tag}> on ${new URL(url).pathname} is not defined by the page's script.`);
      warnedTags.add(tag);
    }
    return {
      render: report.rendered,
      script: metric('ScriptDuration') * 1000,
      task: report.longtask,
      ownScript: report.ownScript,
      heap: usedSize / 1024,
      cls: report.cls,
      requests: requests.length,
      packageRequests: requests.filter((u) => new URL(u).pathname.startsWith('/cdn/') || u.endsWith('/bench/vanilla-card.js')).length,
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads a page with the real elements, waits until they are rendered, and serializes the document with every
 * shadow root as declarative shadow DOM (adopted style sheets written out as <style>), without scripts.
 */
async function staticCopy(url) {
  const { context, page } = await newPage(1);
  try {
    await page.evaluateOnNewDocument(probe, true);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('treatment-card'));
    return await page.evaluate(async () => {
      for (let settled = -1; ; ) {
        const elements = globalThis.__benchCustomElements(document);
        await Promise.all(elements.map((e) => e.updateComplete));
        if (elements.length === settled) break;
        settled = elements.length;
      }
      const roots = globalThis.__benchCustomElements(document).map((e) => e.shadowRoot).filter(Boolean);
      for (const root of roots) {
        const css = root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');
        if (!css) continue;
        const style = document.createElement('style');
        style.textContent = css;
        root.prepend(style);
      }
      // Open popovers cannot be opened without script: keep them showing as ordinary boxes.
      for (const root of [document, ...roots]) {
        for (const el of root.querySelectorAll('[popover]')) if (el.matches(':popover-open')) el.removeAttribute('popover');
      }
      for (const script of document.querySelectorAll('script')) script.remove();
      const attrs = [...document.documentElement.attributes].map((a) => ` ${a.name}="${a.value.replace(/"/g, '&quot;')}"`).join('');
      const body = document.documentElement.getHTML({ shadowRoots: roots });
      return `<!doctype html>\n<html${attrs}>${body.replace(/<!--\?lit\$\d+\$-->|<!---->/g, '')}</html>\n`;
    });
  } finally {
    await context.close();
  }
}

async function cardCss() {
  const { context, page } = await newPage(1);
  try {
    await page.goto(`${origin}/bench/cards-lit.html`, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const ctor = await customElements.whenDefined('treatment-card');
      return ctor.elementStyles.map((s) => s.cssText ?? [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    });
  } finally {
    await context.close();
  }
}

/** The vanilla element, bundled and minified by the CDN build's own plugins, with the real element's CSS. */
async function vanillaBundle(css) {
  const configs = [(await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default].flat();
  const cdn = configs.find((c) => [c.output].flat().some((o) => o?.file?.endsWith('mbc-elements.js'))) ?? configs[0];
  const build = await rollup({
    input: 'bench/pages/vanilla-card.js',
    plugins: [
      {
        name: 'card-css',
        resolveId: (id) => (id === 'bench:card-css' ? id : null),
        load: (id) => (id === 'bench:card-css' ? `export default ${JSON.stringify(css)};` : null),
      },
      ...(cdn.plugins ?? []),
    ],
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  return output[0].code;
}

// ------------------------------------------------------------------------------------------ statistics
let seed = 0x2f6e2b1;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const resample = (xs) => xs.map(() => xs[Math.floor(random() * xs.length)]);
function ratio(num, den) {
  const point = median(num) / median(den);
  if (!Number.isFinite(point)) return { point: NaN, low: NaN, high: NaN };
  const rs = [];
  for (let i = 0; i < 2000; i++) rs.push(median(resample(num)) / median(resample(den)));
  const finite = rs.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length < 0.975 * rs.length) return { point, low: NaN, high: NaN }; // a zero median in the resamples
  return { point, low: finite[Math.floor(0.025 * finite.length)], high: finite[Math.ceil(0.975 * finite.length) - 1] };
}

// ------------------------------------------------------------------------------------------- scenarios
async function interleaved(pages, rate) {
  const samples = Object.fromEntries(pages.map((p) => [p.name, []]));
  for (let round = -1; round < SAMPLES; round++) {
    for (const p of pages) {
      const s = await load(p.url, { rate, waitForElements: p.waitForElements });
      if (round >= 0) samples[p.name].push(s); // round -1 warms the browser up
    }
  }
  return samples;
}

/** Scenario 3: click the tray's toggle; time from the click event to the DOM updated and laid out. */
async function trayToggles(rate) {
  const { context, page, cdp } = await newPage(rate);
  try {
    await page.evaluateOnNewDocument(probe, true);
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReport' });
    const ready = new Promise((ok) => cdp.on('Runtime.bindingCalled', ok));
    await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
    await ready;
    await new Promise((ok) => setTimeout(ok, 1000)); // a reader does not click within the first second
    const banner = await page.$('safety-banner[mode="tray"]');
    const toggle = banner && (await banner.evaluateHandle((b) => b.shadowRoot?.querySelector('button[aria-expanded]')));
    if (!banner || !toggle || !(await toggle.evaluate((t) => t instanceof HTMLElement))) return null;
    await page.evaluate(() => {
      globalThis.__benchLongest(true); // count only the tasks of the clicks below
      globalThis.__benchEvents = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'click') globalThis.__benchEvents.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16 });
    });
    const handled = [];
    const states = [];
    for (let i = 0; i < TOGGLES * 2; i++) {
      const measured = page.evaluate(
        () =>
          new Promise((ok) => {
            // Bubble phase on window: the element's own click handler has run and requested its update.
            addEventListener(
              'click',
              async (event) => {
                const host = document.querySelector('safety-banner[mode="tray"]');
                await host.updateComplete;
                host.shadowRoot.firstElementChild?.getBoundingClientRect();
                document.body.getBoundingClientRect();
                ok({ ms: performance.now() - event.timeStamp, expanded: host.hasAttribute('expanded') || host.expanded === true });
              },
              { once: true },
            );
          }),
      );
      await toggle.click();
      const { ms, expanded } = await measured;
      handled.push(ms);
      states.push(expanded);
      await page.evaluate(() => globalThis.__benchFrame());
      await new Promise((ok) => setTimeout(ok, 50));
    }
    const { slowEvents, longest } = await page.evaluate(() => ({ slowEvents: globalThis.__benchEvents, longest: globalThis.__benchLongest() }));
    const flips = states.every((s, i) => i === 0 || s !== states[i - 1]);
    return { handled, longest, slowEvents, flips };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------- run it
const css = await cardCss();
generated.set('/bench/vanilla-card.js', { type: 'text/javascript; charset=utf-8', body: await vanillaBundle(css) });
generated.set('/bench/cards-static.html', html(await staticCopy(`${origin}/bench/cards-lit.html`)));
generated.set('/demo/static-copy.html', html(await staticCopy(`${origin}/demo/index.html`)));

if (SERVE_ONLY) {
  await browser.close();
  for (const path of generated.keys()) console.log(`${origin}${path}`);
  console.log(`${origin}/demo/index.html\nPress Ctrl+C to stop.`);
  await new Promise(() => {});
}

// Same visible text in the three card pages, or the comparison means nothing.
{
  const texts = [];
  for (const name of ['static', 'vanilla', 'lit']) {
    const { context, page } = await newPage(1);
    await page.evaluateOnNewDocument(probe, name !== 'static');
    await page.goto(`${origin}/bench/cards-${name}.html`, { waitUntil: 'load' });
    await page.waitForFunction((n) => n === 'static' || customElements.get('treatment-card'), {}, name);
    await page.evaluate(() => Promise.all([...document.querySelectorAll('treatment-card')].map((card) => card.updateComplete)));
    texts.push(await page.evaluate(() => [document.body.innerText.replace(/\s+/g, ' '), document.body.scrollHeight]));
    await context.close();
  }
  if (texts.some(([t]) => t !== texts[0][0])) {
    console.error('bench: the three card pages do not show the same text, so their timings cannot be compared.');
    await cleanup();
    process.exit(1);
  }
  if (texts.some(([, h]) => h !== texts[0][1])) console.warn(`bench: warning: the card pages differ in height: ${texts.map(([, h]) => h).join(', ')} px.`);
}

const results = { scenario1: {}, scenario2: {}, scenario3: {} };
for (const rate of RATES) {
  if (SCENARIOS.includes(1)) {
    process.stderr.write(`scenario 1 at ${rate}x ...\n`);
    results.scenario1[rate] = await interleaved(
      [
        { name: 'static', url: `${origin}/bench/cards-static.html`, waitForElements: false },
        { name: 'vanilla', url: `${origin}/bench/cards-vanilla.html`, waitForElements: true },
        { name: 'lit', url: `${origin}/bench/cards-lit.html`, waitForElements: true },
      ],
      rate,
    );
  }
  if (SCENARIOS.includes(2)) {
    process.stderr.write(`scenario 2 at ${rate}x ...\n`);
    results.scenario2[rate] = await interleaved(
      [
        { name: 'static', url: `${origin}/demo/static-copy.html`, waitForElements: false },
        { name: 'demo', url: `${origin}/demo/index.html`, waitForElements: true },
        { name: 'spanish', url: `${origin}/demo/es/index.html`, waitForElements: true },
      ],
      rate,
    );
  }
  if (SCENARIOS.includes(3)) {
    process.stderr.write(`scenario 3 at ${rate}x ...\n`);
    results.scenario3[rate] = await trayToggles(rate);
  }
}
const browserVersion = await browser.version();
await cleanup();

// --------------------------------------------------------------------------------------------- report
const METRICS = [
  ['render', 'first frame with everything rendered (ms)', 1],
  ['script', 'main-thread script time (ms)', 1],
  ['task', 'longest task, whole page (ms)', -1],
  ['ownScript', "longest run of the package's script (ms)", -1],
  ['heap', 'JS heap after GC (KB)', 0],
  ['cls', 'layout-shift score', 3],
  ['requests', 'network requests', 0],
];
const col = (samples, key) => samples.map((s) => s[key]);
const num = (x, digits) => (!Number.isFinite(x) ? '–' : digits < 0 ? (x < 50 ? '< 50' : x.toFixed(0)) : x.toFixed(digits));
const ratioText = (r) =>
  !Number.isFinite(r.point) ? '–' : Number.isFinite(r.low) ? `${r.point.toFixed(2)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]` : `${r.point.toFixed(2)} [–]`;
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');
const goals = [];
const goal = (text, measured, ok) => {
  goals.push({ goal: text, measured, pass: ok });
  const shown = Number.isInteger(measured) ? measured : Number(measured).toFixed(measured < 1 ? 3 : 2);
  return `${verdict(ok)} (${text}: ${shown})`;
};
const lines = [];
const out = (s = '') => lines.push(s);

for (const rate of RATES) {
  const s1 = results.scenario1[rate];
  if (!s1) continue;
  out(`**Scenario 1: 100 \`<treatment-card>\` as bare tags, CPU ${rate}x** (medians of ${SAMPLES} interleaved loads each; ratio of medians [95% CI])`);
  out();
  out('| metric | static HTML | vanilla element | mbc-elements | mbc / static | vanilla / static | mbc / vanilla | goal |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [key, label, digits] of METRICS) {
    const [a, b, c] = ['static', 'vanilla', 'lit'].map((n) => col(s1[n], key));
    const ca = ratio(c, a);
    const cb = ratio(c, b);
    let g = '';
    if (key === 'render') {
      g = [goal(`render ≤ 1.25× static at ${rate}x`, ca.point, ca.point <= 1.25), goal(`render ≤ 1.15× vanilla at ${rate}x`, cb.point, cb.point <= 1.15)].join('; ');
    }
    if (key === 'ownScript' && rate >= 4) g = goal(`no task of ours over 50 ms at ${rate}x, 100 cards (worst load)`, Math.max(...c), Math.max(...c) <= 50);
    if (key === 'heap') g = goal(`heap ≤ 1.3× vanilla at ${rate}x`, cb.point, cb.point <= 1.3);
    if (key === 'cls') g = goal(`layout shift ≤ 0.01 with bare tags at ${rate}x (worst load)`, Math.max(...c), Math.max(...c) <= 0.01);
    if (key === 'requests') {
      const pkg = Math.max(...col(s1.lit, 'packageRequests'));
      g = goal(`one request for the package at ${rate}x`, pkg, pkg === 1 && Math.min(...col(s1.lit, 'packageRequests')) === 1);
    }
    out(`| ${label} | ${num(median(a), digits)} | ${num(median(b), digits)} | ${num(median(c), digits)} | ${ratioText(ca)} | ${ratioText(ratio(b, a))} | ${ratioText(cb)} | ${g} |`);
  }
  out();
}
for (const rate of RATES) {
  const s2 = results.scenario2[rate];
  if (!s2) continue;
  out(`**Scenario 2: demo hospital page, CPU ${rate}x** (medians of ${SAMPLES} interleaved loads each)`);
  out();
  out('| metric | static copy | demo page | Spanish demo | demo / static [95% CI] | Spanish / English demo [95% CI] | goal |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const [key, label, digits] of METRICS) {
    const [a, c, es] = ['static', 'demo', 'spanish'].map((n) => col(s2[n], key));
    let g = '';
    if (key === 'script' && rate >= 4) {
      const ours = median(c) - median(a);
      g = goal(`our script ≤ 50 ms at ${rate}x (demo − static)`, ours, ours <= 50);
    }
    if (key === 'ownScript' && rate >= 4) g = goal(`no task of ours over 50 ms at ${rate}x, demo (worst load)`, Math.max(...c), Math.max(...c) <= 50);
    if (key === 'requests') {
      const pkg = Math.max(...col(s2.demo, 'packageRequests'));
      const spanish = col(s2.spanish, 'packageRequests');
      g = [
        goal(`one request for the package, demo at ${rate}x`, pkg, pkg === 1 && Math.min(...col(s2.demo, 'packageRequests')) === 1),
        goal(`two for the Spanish demo (package + Spanish file) at ${rate}x`, Math.max(...spanish), Math.max(...spanish) === 2 && Math.min(...spanish) === 2),
      ].join('; ');
    }
    out(`| ${label} | ${num(median(a), digits)} | ${num(median(c), digits)} | ${num(median(es), digits)} | ${ratioText(ratio(c, a))} | ${ratioText(ratio(es, c))} | ${g} |`);
  }
  out();
}
const s3rates = RATES.filter((r) => r in results.scenario3);
if (s3rates.length) {
  out(`**Scenario 3: expand and collapse the demo's tray ${TOGGLES} times each** (click event to DOM updated and laid out)`);
  out();
  out('| CPU | median (ms) | worst (ms) | longest task (ms) | clicks with ≥ 16 ms from input to next paint (Event Timing) | goal |');
  out('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const rate of s3rates) {
    const r = results.scenario3[rate];
    if (!r) {
      out(`| ${rate}x | – | – | – | – | not run: the demo has no \`<safety-banner mode="tray">\` with a toggle button yet |`);
      continue;
    }
    const worst = Math.max(...r.handled);
    const g = rate === 1 ? goal('toggle handled within 16 ms at 1x (worst of 40)', worst, worst <= 16 && r.flips) : '';
    out(`| ${rate}x | ${num(median(r.handled), 1)} | ${num(worst, 1)} | ${num(r.longest, -1)} | ${r.slowEvents.length} | ${g}${r.flips ? '' : ' (the tray did not flip state on every click)'} |`);
  }
  out();
}
const machine = {
  cpu: cpus()[0]?.model,
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 2 ** 30),
  os: `Linux ${release()}`,
  node: process.version,
  browser: browserVersion,
  loadAverageAtStart,
  loadAverageAtEnd: loadavg().map((x) => Number(x.toFixed(2))),
};
out(`${machine.browser}, headless, ${VIEWPORT.width}×${VIEWPORT.height}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; load average ${machine.loadAverageAtStart[0]} at start, ${machine.loadAverageAtEnd[0]} at end. ` +
  `Run time ${Math.round((Date.now() - started) / 1000)} s. Reproduce: \`npm run build && npm run bench\`.`);
const table = lines.join('\n');
console.log(table);
const missed = goals.filter((g) => !g.pass);
console.log(missed.length ? `\n${missed.length} of ${goals.length} goals missed.` : `\nAll ${goals.length} goals met.`);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine, samples: SAMPLES, rates: RATES, viewport: VIEWPORT, goals, table, results }, null, 1)}\n`,
);
