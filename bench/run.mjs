#!/usr/bin/env node
// Benchmark: `npm run bench` (after `npm run build`). Not part of `npm test`: timings are never a test.
//
// Headless Chromium (Debian's /usr/bin/chromium, driven by puppeteer-core) loads pages served on 127.0.0.1 by a
// server started and stopped here, compressed with brotli as a CDN would. Each load is a fresh incognito
// context (nothing cached, no-store, new connections) with a 412 x 915 viewport, under one of two profiles:
//   unthrottled  CPU 1x, no network emulation
//   slow-4g      150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up (CDP Network.emulateNetworkConditions,
//                which delays each request, so protocols are not compared), CPU 4x (Emulation.setCPUThrottlingRate)
// Every page is measured against its static copy, and all loads of a profile are interleaved (every page once
// per round, each round in a new shuffled order), after one discarded warm-up round, so load on the machine
// falls on every page alike.
//
// Pages (--pages):
//   tray      one <safety-banner mode="tray"> as a bare tag on an article page   static: its rendered copy
//   card      one <treatment-card> as a bare tag on an article page              static: its rendered copy
//   demo      demo/index.html (pasted fallback text inside the elements)        static: its rendered copy
//   es        demo/es/index.html (the Spanish file by a second script tag)      static: its rendered copy
//   snippets  the demo made only of prerendered snippets (dist/snippets/pages/)  static: the same, scripts removed
//             and "stripped": the same with every <template shadowrootmode> removed, as a CMS that strips them
//   cards100  100 <treatment-card> bare tags: static copy, a hand-written element (bench/pages/vanilla-card.js), ours
//   toggle    expand and collapse the demo's tray 20 times each (no static copy)
// A "rendered copy" is the page's final content serialized as declarative shadow DOM with the same styles
// inlined and no script, made in this run from the real page, so it follows the page.
//
// Metrics per load: time until every element shows its content (the later of first contentful paint and the
// start of the first frame from which, the document parsed, every element of ours has content in its shadow
// root and keeps it: the fallback or an empty root does not count), first contentful
// paint and whether it came before our script started (the earliest Long Animation Frames script entry of our
// bundle; without one, the moment its first element is defined, in its evaluation task; else the bundle's
// responseEnd, before which it cannot run), main-thread script time (CDP
// ScriptDuration; ours is the page's minus its static copy's), the longest run of our script (Long Animation
// Frames script attribution to our bundle), the longest task of the page (Long Tasks API: "< 50" means none),
// layout-shift score, bytes over the network (encoded) and requests, JS heap after a forced GC. Medians, and
// for ratios the 95% bootstrap interval of the ratio of medians (fixed seed, so the same data prints the same).
//
// Options: --profiles unthrottled,slow-4g  --pages tray,card,demo,es,snippets,toggle  --samples 14
//          --serve (serve the pages and print their URLs)  --cpu-profile <url path> (one load under the last
//          profile with the CDP Profiler: prints where our script's time goes)
// Prints Markdown tables with each goal's pass/fail; writes bench/results.json (not committed).
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { withoutScripts, withoutShadowTemplates } from './html.mjs';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const list = (name, fallback) => arg(name, fallback).split(',').map((s) => s.trim()).filter(Boolean);

const PROFILES = {
  unthrottled: { label: 'unthrottled: CPU 1x, no network emulation', cpu: 1 },
  'slow-4g': {
    label: 'slow 4G: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4x',
    cpu: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
};
const PAGE_NAMES = ['tray', 'card', 'demo', 'es', 'snippets', 'cards100', 'toggle'];
const SAMPLES = Number(arg('samples', 14));
const PROFILE_NAMES = list('profiles', 'unthrottled,slow-4g');
const PAGES = list('pages', 'tray,card,demo,es,snippets,toggle');
const SERVE_ONLY = process.argv.includes('--serve');
const CPU_PROFILE = arg('cpu-profile', '');
for (const p of PROFILE_NAMES) if (!PROFILES[p]) throw new Error(`bench: unknown profile ${p} (${Object.keys(PROFILES).join(', ')})`);
for (const p of PAGES) if (!PAGE_NAMES.includes(p)) throw new Error(`bench: unknown page ${p} (${PAGE_NAMES.join(', ')})`);
if (!(SAMPLES >= 1)) throw new Error('bench: --samples needs a number');
const TOGGLES = 20;
const VIEWPORT = { width: 412, height: 915 };
const CARDS = 100;
const TREATMENTS = ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'];
const OUR_TAGS = ['treatment-card', 'safety-banner', 'receptor-explainer', 'treatment-options', 'doctor-questions'];
const OUR_SCRIPT = '/cdn/|/bench/vanilla-card\\.js'; // URL paths of the package's files (and the hand-written card)
const started = Date.now();
const loadAverageAtStart = loadavg().map((x) => Number(x.toFixed(2)));

for (const file of ['dist/cdn/mbc-elements.js', 'dist/content/index.js', 'dist/snippets/pages/index.html']) {
  if (!existsSync(file)) {
    console.error(`bench: ${file} is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------- server
const generated = new Map(); // path -> { type, body }
const mounts = [
  ['/cdn/', join(root, 'dist/cdn')],
  ['/demo/', join(root, 'demo')],
  ['/snippets/', join(root, 'dist/snippets/pages')],
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };
const compressed = new Map(); // body -> brotli, computed once per body
const brotli = (body) => {
  if (!compressed.has(body)) {
    const buf = Buffer.from(body);
    compressed.set(body, brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }));
  }
  return compressed.get(body);
};
const fileBodies = new Map(); // path -> { mtime, body }
const readBody = (file) => {
  const mtime = statSync(file).mtimeMs;
  if (fileBodies.get(file)?.mtime !== mtime) fileBodies.set(file, { mtime, body: readFileSync(file) });
  return fileBodies.get(file).body;
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  const send = (type, body) => {
    const br = /\bbr\b/.test(request.headers['accept-encoding'] ?? '') && !type.startsWith('image/png');
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...(br ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}) });
    response.end(br ? brotli(body) : body);
  };
  if (generated.has(path)) return send(generated.get(path).type, generated.get(path).body);
  for (const [prefix, dir] of mounts) {
    if (!path.startsWith(prefix)) continue;
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) break;
    if (file === dir || path.endsWith('/')) file = join(file, 'index.html');
    if (existsSync(file)) return send(TYPES[extname(file)] ?? 'application/octet-stream', readBody(file));
  }
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('Not found');
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

// ----------------------------------------------------------------------------------------------- pages
const html = (body) => ({ type: 'text/html; charset=utf-8', body });
const BUNDLE = '<script type="module" src="/cdn/mbc-elements.js"></script>';
const article = readFileSync('bench/pages/article.html', 'utf8');
const articlePage = (element, script = BUNDLE) => article.replace('<!--script-->', script).replace('<!--element-->', element);
generated.set('/bench/tray.html', html(articlePage('<safety-banner product="faslodex" mode="tray" pi-href="/faslodex/prescribing-information"></safety-banner>')));
generated.set('/bench/card.html', html(articlePage('<treatment-card treatment="hormonal" href="/hormonal-therapy"></treatment-card>')));
const template = readFileSync('bench/pages/cards.html', 'utf8');
const cardTags = Array.from({ length: CARDS }, (_, i) => {
  const t = TREATMENTS[i % TREATMENTS.length];
  return `    <treatment-card treatment="${t}" heading-level="3" href="/treatments/${t}"></treatment-card>`;
}).join('\n');
const cardsPage = (script) => template.replace('<!--script-->', script).replace('    <!--cards-->', cardTags);
generated.set('/bench/cards-lit.html', html(cardsPage(BUNDLE)));
generated.set('/bench/cards-vanilla.html', html(cardsPage('<script type="module" src="/bench/vanilla-card.js"></script>')));
const snippetPage = readFileSync('dist/snippets/pages/index.html', 'utf8');
generated.set('/snippets/static.html', html(withoutScripts(snippetPage)));
generated.set('/snippets/stripped.html', html(withoutShadowTemplates(snippetPage)));

/** Page groups: each variant is loaded in every round; the first variant is the static copy the rest are divided by. */
const GROUPS = {
  tray: { title: 'One `<safety-banner mode="tray">` as a bare tag on an article page', variants: [['static', '/bench/tray-static.html'], ['page', '/bench/tray.html']] },
  card: { title: 'One `<treatment-card>` as a bare tag on an article page', variants: [['static', '/bench/card-static.html'], ['page', '/bench/card.html']] },
  demo: { title: 'Demo hospital page (pasted fallback text)', variants: [['static', '/demo/static-copy.html'], ['page', '/demo/index.html']] },
  es: { title: 'Spanish demo page (pasted fallback text, plus the Spanish file)', variants: [['static', '/demo/es/static-copy.html'], ['page', '/demo/es/index.html']] },
  snippets: {
    title: 'Demo page made only of prerendered snippets',
    variants: [['static', '/snippets/static.html'], ['page', '/snippets/index.html'], ['stripped', '/snippets/stripped.html']],
  },
  cards100: {
    title: '100 `<treatment-card>` as bare tags',
    variants: [['static', '/bench/cards-static.html'], ['vanilla', '/bench/cards-vanilla.html'], ['page', '/bench/cards-lit.html']],
  },
};
const COPIES = { '/bench/tray-static.html': '/bench/tray.html', '/bench/card-static.html': '/bench/card.html', '/demo/static-copy.html': '/demo/index.html', '/demo/es/static-copy.html': '/demo/es/index.html', '/bench/cards-static.html': '/bench/cards-lit.html' };

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
  server.closeAllConnections();
  rmSync(userDataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

// Injected into every page before its own scripts: observers, and `__benchReport` once everything is rendered.
function probe({ waitForElements, tags, ourScript }) {
  const ours = new RegExp(ourScript);
  const selector = tags.join(',');
  let cls = 0;
  let longest = 0;
  let ownScript = 0;
  let ownForced = 0; // of that run: forced style and layout
  let ownInvoker = ''; // of that run: what ran it (the module's evaluation, a timer, an observer ...)
  let scriptStart = Infinity;
  // The first element defined, in a microtask of the bundle's evaluation task: no frame is painted between
  // that task's start and this moment, so a paint before it came before our script ran.
  let definedAt = Infinity;
  for (const tag of tags) customElements.whenDefined(tag).then(() => (definedAt = Math.min(definedAt, performance.now())));
  const lsObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) cls += e.value;
  });
  lsObserver.observe({ type: 'layout-shift', buffered: true });
  const ltObserver = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest = Math.max(longest, e.duration);
  });
  ltObserver.observe({ type: 'longtask', buffered: true });
  // Long animation frames name the scripts that ran in them: the longest run of ours, and when ours first ran.
  const frames = (entries) => {
    for (const frame of entries) {
      for (const script of frame.scripts ?? []) {
        if (!ours.test(new URL(script.sourceURL || 'about:blank', location.href).pathname)) continue;
        if (script.duration > ownScript) {
          ownScript = script.duration;
          ownForced = script.forcedStyleAndLayoutDuration ?? NaN;
          ownInvoker = script.invokerType === 'classic-script' || script.invokerType === 'module-script' ? 'evaluation' : `${script.invokerType} ${script.invoker}`.trim();
        }
        scriptStart = Math.min(scriptStart, script.startTime);
      }
    }
  };
  const loafObserver = new PerformanceObserver((list) => frames(list.getEntries()));
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
  /** Our elements in the document and, recursively, in their shadow roots. */
  const ourElements = (node = document, found = []) => {
    for (const el of node.querySelectorAll(selector)) {
      found.push(el);
      if (el.shadowRoot) ourElements(el.shadowRoot, found);
    }
    return found;
  };
  const customElementsIn = (node, found = []) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.includes('-')) found.push(el);
      if (el.shadowRoot) customElementsIn(el.shadowRoot, found);
    }
    return found;
  };
  // A shadow root holding only styles, or the placeholder slot that shows the fallback while a render waits,
  // shows no content of its own yet.
  const shows = (el) => [...(el.shadowRoot?.children ?? [])].some((c) => c.localName !== 'style' && c.localName !== 'slot');
  // Checked at the start of every frame: does every element show content? `shownAt` is the start of the first
  // frame of the last unbroken run of such frames. That frame paints it, so "shown" is reported as the later of
  // this and FCP (the first paint; a frame's start comes before its own style, layout and paint).
  let shownAt = NaN;
  let watching = true; // until the report is sent
  const watch = (time) => {
    const all = document.readyState !== 'loading' && ourElements().every(shows);
    if (!all) shownAt = NaN;
    else if (Number.isNaN(shownAt)) shownAt = time;
    if (watching) requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

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
    for (let waited = 0; Number.isNaN(shownAt) && waited < 20_000; waited += 50) await new Promise((ok) => setTimeout(ok, 50));
    // A long frame's entry is queued some time after that frame: wait, so the last one is counted.
    await frame();
    await frame();
    await new Promise((ok) => setTimeout(ok, 100));
    watching = false;
    for (const e of lsObserver.takeRecords()) if (!e.hadRecentInput) cls += e.value;
    for (const e of ltObserver.takeRecords()) longest = Math.max(longest, e.duration);
    frames(loafObserver.takeRecords());
    const bundle = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' && ours.test(new URL(r.name).pathname));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    // When our script started: its first long-animation-frame entry, else the first definition (see above),
    // else its response end (a lower bound).
    const ourStart = Number.isFinite(scriptStart) ? scriptStart : Number.isFinite(definedAt) ? definedAt : Math.min(...bundle.map((r) => r.responseEnd));
    const undefinedTags = [...new Set(ourElements().filter((e) => !customElements.get(e.localName)).map((e) => e.localName))];
    globalThis.__benchReport?.(
      JSON.stringify({
        shown: Math.max(shownAt, fcp),
        fcp,
        // No script of ours on the page: FCP came before it by definition.
        fcpBeforeScript: bundle.length === 0 || fcp < ourStart,
        scriptStart: bundle.length ? ourStart : NaN,
        cls,
        longtask: longest,
        ownScript,
        ownForced,
        ownInvoker,
        undefinedTags,
      }),
    );
  });
}
const probeArgs = (waitForElements) => ({ waitForElements, tags: OUR_TAGS, ourScript: OUR_SCRIPT });

async function newPage(profile) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(VIEWPORT);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  if (profile.network) await cdp.send('Network.emulateNetworkConditions', profile.network);
  return { context, page, cdp };
}

const warnedTags = new Set();
async function load(path, profile, waitForElements) {
  const url = `${origin}${path}`;
  const { context, page, cdp } = await newPage(profile);
  try {
    const requests = new Map(); // requestId -> { ours, bytes }
    cdp.on('Network.requestWillBeSent', (e) => {
      if (!e.request.url.startsWith('data:')) requests.set(e.requestId, { ours: new RegExp(OUR_SCRIPT).test(new URL(e.request.url).pathname), bytes: 0 });
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (requests.has(e.requestId)) requests.get(e.requestId).bytes = e.encodedDataLength;
    });
    await page.evaluateOnNewDocument(probe, probeArgs(waitForElements));
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReport' });
    let timer;
    const reported = new Promise((ok, fail) => {
      cdp.on('Runtime.bindingCalled', (e) => e.name === '__benchReport' && ok(JSON.parse(e.payload)));
      timer = setTimeout(() => fail(new Error(`bench: ${url} did not finish rendering within 90 s`)), 90_000);
    }).finally(() => clearTimeout(timer));
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    const report = await reported;
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
    for (const tag of report.undefinedTags) {
      if (waitForElements && !warnedTags.has(tag)) console.warn(`bench: <${tag}> on ${path} is not defined by the page's script.`);
      warnedTags.add(tag);
    }
    if (Number.isNaN(report.shown)) console.warn(`bench: ${path}: not every element showed its content within 20 s of load.`);
    const all = [...requests.values()];
    return {
      shown: report.shown,
      fcp: report.fcp,
      fcpBeforeScript: report.fcpBeforeScript,
      scriptStart: report.scriptStart,
      script: metric('ScriptDuration') * 1000,
      ownScript: report.ownScript,
      ownForced: report.ownForced,
      ownInvoker: report.ownInvoker,
      task: report.longtask,
      cls: report.cls,
      kb: all.reduce((sum, r) => sum + r.bytes, 0) / 1024,
      requests: all.length,
      packageRequests: all.filter((r) => r.ours).length,
      heap: usedSize / 1024,
    };
  } finally {
    await context.close();
  }
}

/**
 * Loads a page with the real elements, waits until they are rendered, and serializes the document with every
 * shadow root as declarative shadow DOM (adopted style sheets written out as <style>), without scripts.
 */
async function staticCopy(path) {
  const { context, page } = await newPage(PROFILES.unthrottled);
  try {
    await page.evaluateOnNewDocument(probe, probeArgs(true));
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
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
  const { context, page } = await newPage(PROFILES.unthrottled);
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

/** The tray on the demo page: click the tray's toggle; time from the click event to the DOM updated and laid out. */
async function trayToggles(profile) {
  const { context, page, cdp } = await newPage(profile);
  try {
    await page.evaluateOnNewDocument(probe, probeArgs(true));
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

/** One load with the CDP Profiler: self time per function of our script, largest first. */
async function cpuProfile(path, profile) {
  const { context, page, cdp } = await newPage(profile);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.evaluateOnNewDocument(probe, probeArgs(true));
    await cdp.send('Runtime.enable');
    await cdp.send('Runtime.addBinding', { name: '__benchReport' });
    const reported = new Promise((ok) => cdp.on('Runtime.bindingCalled', ok));
    await page.goto(`${origin}${path}`, { waitUntil: 'load', timeout: 90_000 });
    await reported;
    const { profile: p } = await cdp.send('Profiler.stop');
    const ours = new RegExp(OUR_SCRIPT);
    const interval = (p.endTime - p.startTime) / 1000 / p.samples.length;
    const hits = new Map(p.samples.map((id) => [id, 0]));
    for (const id of p.samples) hits.set(id, hits.get(id) + 1);
    const self = new Map();
    for (const node of p.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const key = `${functionName || '(anonymous)'} ${url ? new URL(url, origin).pathname : `(${functionName || 'program'})`}:${lineNumber + 1}:${columnNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (hits.get(node.id) ?? 0) * interval);
    }
    const rows = [...self].filter(([, ms]) => ms > 0).sort((a, b) => b[1] - a[1]);
    const ourTotal = rows.filter(([k]) => ours.test(k)).reduce((s, [, ms]) => s + ms, 0);
    console.log(`CPU profile of ${path}, ${profile.label}: our script ${ourTotal.toFixed(1)} ms self time. Largest self times (ms):`);
    for (const [key, ms] of rows.slice(0, 30)) console.log(`${ms.toFixed(1).padStart(8)}  ${key}`);
  } finally {
    await context.close();
  }
}

// ------------------------------------------------------------------------------------------ statistics
/** A small fixed-seed generator (numbers in [0, 1)), so a rerun makes the same choices. */
const generator = (seed) => () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const random = generator(0x2f6e2b1);
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

// ---------------------------------------------------------------------------------------------- run it
if (PAGES.includes('cards100') || SERVE_ONLY) {
  generated.set('/bench/vanilla-card.js', { type: 'text/javascript; charset=utf-8', body: await vanillaBundle(await cardCss()) });
}
const groups = PAGES.filter((p) => GROUPS[p]);
for (const [copy, of] of Object.entries(COPIES)) {
  if (SERVE_ONLY || groups.some((g) => GROUPS[g].variants.some(([, path]) => path === copy))) generated.set(copy, html(await staticCopy(of)));
}

if (SERVE_ONLY) {
  await browser.close();
  for (const g of Object.values(GROUPS)) for (const [, path] of g.variants) console.log(`${origin}${path}`);
  console.log('Press Ctrl+C to stop.');
  await new Promise(() => {});
}
if (CPU_PROFILE) {
  await cpuProfile(CPU_PROFILE, PROFILES[PROFILE_NAMES.at(-1)]);
  await cleanup();
  process.exit(0);
}

// The same visible text in every variant of a group, or their timings cannot be compared (the stripped
// snippet page shows the fallback until the script runs, and then the same).
for (const name of groups) {
  const texts = [];
  for (const [variant, path] of GROUPS[name].variants) {
    const { context, page } = await newPage(PROFILES.unthrottled);
    await page.evaluateOnNewDocument(probe, probeArgs(variant !== 'static'));
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.evaluate(() => Promise.all(globalThis.__benchCustomElements(document).map((e) => e.updateComplete)));
    const text = () => {
      const walk = (node) => [...(node.shadowRoot ?? node).childNodes].map((n) => (n.nodeType === 3 ? n.data : n.nodeType === 1 && !['script', 'style', 'template'].includes(n.localName) ? walk(n) : '')).join(' ');
      return walk(document.body).replace(/\s+/g, ' ').trim().length;
    };
    texts.push([variant, await page.evaluate(text)]);
    await context.close();
  }
  const [, first] = texts[0];
  if (texts.some(([, n]) => Math.abs(n - first) > first * 0.02)) {
    console.warn(`bench: warning: the ${name} pages do not hold the same amount of text (${texts.map(([v, n]) => `${v} ${n}`).join(', ')} characters).`);
  }
}

const results = {};
for (const profileName of PROFILE_NAMES) {
  const profile = PROFILES[profileName];
  results[profileName] = {};
  const loads = groups.flatMap((g) => GROUPS[g].variants.map(([variant, path]) => ({ group: g, variant, path })));
  for (const { group, variant } of loads) (results[profileName][group] ??= {})[variant] = [];
  process.stderr.write(`${profileName}: ${loads.length} pages x ${SAMPLES} samples (+1 warm-up round) ...\n`);
  // Each round in its own order: a page after a heavy one pays for the browser's cleanup of that one, so no
  // page may always follow the same neighbour.
  const order = generator(0x51ed);
  for (let round = -1; round < SAMPLES; round++) {
    const shuffled = loads.map((l) => [order(), l]).sort((a, b) => a[0] - b[0]).map(([, l]) => l);
    for (const { group, variant, path } of shuffled) {
      const s = await load(path, profile, variant !== 'static');
      if (round >= 0) results[profileName][group][variant].push(s); // round -1 warms the browser up
    }
    process.stderr.write(`  round ${round + 1}/${SAMPLES} done, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  if (PAGES.includes('toggle')) results[profileName].toggle = await trayToggles(profile);
}
const browserVersion = await browser.version();
await cleanup();

// --------------------------------------------------------------------------------------------- report
const METRICS = [
  ['shown', 'everything shown (ms)', 0],
  ['fcp', 'first contentful paint (ms)', 0],
  ['scriptStart', 'our script started (ms)', 0],
  ['fcpBeforeScript', 'FCP before our script ran (loads)', 'share'],
  ['script', 'main-thread script time (ms)', 0],
  ['ownScript', 'longest run of our script (ms; worst load)', 'worst'],
  ['ownForced', '  of which forced style and layout (ms)', 0],
  ['ownInvoker', '  what ran it (most loads)', 'mode'],
  ['task', 'longest task, whole page (ms)', -1],
  ['cls', 'layout shift (median; worst load)', 'cls'],
  ['kb', 'bytes over the network (KB, brotli)', 1],
  ['requests', 'requests', 0],
  ['heap', 'JS heap after GC (KB)', 0],
];
const col = (samples, key) => samples.map((s) => s[key]);
const worst = (xs) => Math.max(...xs.filter(Number.isFinite));
const num = (x, digits) => (!Number.isFinite(x) ? '–' : digits < 0 ? (x < 50 ? '< 50' : x.toFixed(0)) : x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const cellOf = (xs, digits) => {
  if (digits === 'share') return `${xs.filter(Boolean).length}/${xs.length}`;
  if (digits === 'mode') {
    const counts = new Map(xs.filter(Boolean).map((x) => [x, xs.filter((y) => y === x).length]));
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]?.replace(/\|/g, '\\|') ?? '–';
  }
  if (digits === 'worst') return `${num(median(xs), 0)} (${num(worst(xs), 0)})`;
  if (digits === 'cls') return `${num(median(xs), 3)} (${num(worst(xs), 3)})`;
  return num(median(xs), digits);
};
const ratioText = (r) => (!Number.isFinite(r.point) ? '–' : Number.isFinite(r.low) ? `${r.point.toFixed(2)} [${r.low.toFixed(2)}–${r.high.toFixed(2)}]` : `${r.point.toFixed(2)} [–]`);
const goals = [];
const goal = (text, measured, ok, where) => {
  goals.push({ goal: text, where, measured, pass: ok });
  const shown = typeof measured === 'string' ? measured : Number.isInteger(measured) ? measured : Number(measured).toFixed(measured < 1 ? 3 : 2);
  return `${ok ? 'pass' : '**FAIL**'} (${text}: ${shown})`;
};
const lines = [];
const out = (s = '') => lines.push(s);

/** The goals of issue 16 for one metric of one group at one profile, as text for the table's last column. */
const goalTexts = new Map();
function goalsFor(key, group, profileName, v) {
  const id = `${profileName} ${group} ${key}`;
  if (!goalTexts.has(id)) goalTexts.set(id, judge(key, group, profileName, v));
  return goalTexts.get(id);
}
function judge(key, group, profileName, v) {
  if (profileName !== 'slow-4g') return '';
  const page = v.page;
  const where = `${GROUPS[group].title}, ${profileName}`;
  const ratioOf = (variant) => ratio(col(v[variant], key), col(v.static, key)).point;
  const found = [];
  if (['tray', 'card', 'demo', 'es', 'cards100'].includes(group)) {
    if (key === 'shown') found.push(goal('shown ≤ 1.2× static', ratioOf('page'), ratioOf('page') <= 1.2, where));
    if (key === 'ownScript' && ['tray', 'card'].includes(group)) {
      const m = median(col(page, key));
      found.push(goal('our longest script run ≤ 50 ms (median of loads)', m, m <= 50, where));
    }
    if (key === 'script' && group === 'demo') {
      const ours = median(col(page, key)) - median(col(v.static, key));
      found.push(goal('our script ≤ 50 ms (page − static)', ours, ours <= 50, where));
    }
  }
  if (group === 'snippets') {
    if (key === 'shown' || key === 'fcp') found.push(goal(`${key === 'fcp' ? 'FCP' : 'shown'} ≤ 1.05× static`, ratioOf('page'), ratioOf('page') <= 1.05, where));
    if (key === 'fcpBeforeScript') {
      const before = col(page, key).filter(Boolean).length;
      found.push(goal('FCP before our script in every load', `${before}/${page.length}`, before === page.length, where));
    }
    if (key === 'cls') found.push(goal('layout shift 0 (worst load)', worst(col(page, key)), worst(col(page, key)) === 0, where));
  }
  if (key === 'packageRequests') return '';
  return found.join('; ');
}

// Summary: one row per page (each against its static copy), the numbers the goals are judged on.
const SUMMARY_LABEL = { page: '', stripped: ', templates stripped', vanilla: ', hand-written element' };
for (const profileName of PROFILE_NAMES) {
  out(`**Summary, ${PROFILES[profileName].label}** (medians of ${SAMPLES} interleaved loads; page / static copy: ratio of medians [95% CI])`);
  out();
  out('| page | everything shown, static → page (ms) | shown / static | FCP / static | FCP before our script | our script time (ms) | our longest script run (ms; worst) | layout shift (worst) | KB / requests | goals |');
  out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const group of groups) {
    const v = results[profileName][group];
    for (const [variant] of GROUPS[group].variants.slice(1)) {
      const s = v[variant];
      const r = (key) => ratioText(ratio(col(s, key), col(v.static, key)));
      const ours = median(col(s, 'script')) - median(col(v.static, 'script'));
      const verdicts = variant === 'page' ? ['shown', 'fcp', 'fcpBeforeScript', 'script', 'ownScript', 'cls'].map((key) => goalsFor(key, group, profileName, v)).filter(Boolean) : [];
      out(
        `| ${GROUPS[group].title}${SUMMARY_LABEL[variant]} | ${num(median(col(v.static, 'shown')), 0)} → ${num(median(col(s, 'shown')), 0)} | ${r('shown')} | ${r('fcp')} | ${cellOf(col(s, 'fcpBeforeScript'), 'share')} | ` +
          `${num(ours, 0)} | ${cellOf(col(s, 'ownScript'), 'worst')} | ${cellOf(col(s, 'cls'), 'cls')} | ${num(median(col(s, 'kb')), 1)} / ${num(median(col(s, 'requests')), 0)} | ${verdicts.join('; ').replace(/\|/g, '\\|')} |`,
      );
    }
  }
  out();
}

for (const profileName of PROFILE_NAMES) {
  out(`### ${PROFILES[profileName].label}`);
  out();
  for (const group of groups) {
    const v = results[profileName][group];
    const variants = GROUPS[group].variants.map(([name]) => name);
    const others = variants.slice(1);
    out(`**${GROUPS[group].title}** (medians of ${SAMPLES} interleaved loads; ratio to static: ratio of medians [95% CI])`);
    out();
    out(`| metric | ${variants.join(' | ')} | ${others.map((o) => `${o} / static`).join(' | ')} | goal |`);
    out(`| --- | ${variants.map(() => '---:').join(' | ')} | ${others.map(() => '---:').join(' | ')} | --- |`);
    for (const [key, label, digits] of METRICS) {
      const ratios = ['shown', 'fcp', 'script', 'kb'].includes(key) ? others.map((o) => ratioText(ratio(col(v[o], key), col(v.static, key)))) : others.map(() => '');
      out(`| ${label} | ${variants.map((n) => cellOf(col(v[n], key), digits)).join(' | ')} | ${ratios.join(' | ')} | ${goalsFor(key, group, profileName, v)} |`);
    }
    out();
  }
  const t = results[profileName].toggle;
  if (PAGES.includes('toggle')) {
    if (!t) out(`Tray toggle: not run, the demo has no \`<safety-banner mode="tray">\` with a toggle button.`);
    else {
      const w = worst(t.handled);
      const g = profileName === 'unthrottled' ? ` ${goal('toggle handled within 16 ms at 1x (worst of 40)', w, w <= 16 && t.flips, `tray toggle, ${profileName}`)}` : '';
      out(`**Tray toggle** (the demo's tray expanded and collapsed ${TOGGLES} times each; click event to DOM updated and laid out): median ${num(median(t.handled), 1)} ms, worst ${num(w, 1)} ms, longest task ${num(t.longest, -1)} ms, ${t.slowEvents.length} clicks with ≥ 16 ms from input to next paint.${g}${t.flips ? '' : ' The tray did not flip state on every click.'}`);
    }
    out();
  }
}

// Layout shift side by side (issue 15, item 5): pasted fallback, bare tags, snippets, snippets without templates.
const clsRows = [
  ['demo', 'page', 'demo page, pasted fallback text', '0.130'],
  ['es', 'page', 'Spanish demo page, pasted fallback text', ''],
  ['card', 'page', 'one card, bare tag', ''],
  ['tray', 'page', 'one tray, bare tag', ''],
  ['cards100', 'page', '100 cards, bare tags', '0.024'],
  ['snippets', 'page', 'demo page from snippets', ''],
  ['snippets', 'stripped', 'demo page from snippets, templates stripped by a CMS', ''],
].filter(([group]) => groups.includes(group));
if (clsRows.length) {
  out('**Layout shift** (median; worst load)');
  out();
  out(`| page | ${PROFILE_NAMES.join(' | ')} | before snippets, at 1x |`);
  out(`| --- | ${PROFILE_NAMES.map(() => '---:').join(' | ')} | ---: |`);
  for (const [group, variant, label, before] of clsRows) out(`| ${label} | ${PROFILE_NAMES.map((p) => cellOf(col(results[p][group][variant], 'cls'), 'cls')).join(' | ')} | ${before} |`);
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
const seconds = Math.round((Date.now() - started) / 1000);
out(
  `${machine.browser}, headless, ${VIEWPORT.width}×${VIEWPORT.height}; ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; ` +
    `load average ${machine.loadAverageAtStart[0]} at start, ${machine.loadAverageAtEnd[0]} at end. Run time ${Math.floor(seconds / 60)} min ${seconds % 60} s. ` +
    'Reproduce: `npm run build && npm run bench`.',
);
const table = lines.join('\n');
console.log(table);
const missed = goals.filter((g) => !g.pass);
console.log(missed.length ? `\n${missed.length} of ${goals.length} goals missed.` : `\nAll ${goals.length} goals met.`);

writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine, samples: SAMPLES, profiles: PROFILE_NAMES, pages: PAGES, seconds, viewport: VIEWPORT, goals, table, results }, null, 1)}\n`,
);
