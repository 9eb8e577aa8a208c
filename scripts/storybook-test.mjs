#!/usr/bin/env node
// Every story of the built Storybook (storybook-static/, from `npm run build-storybook`; built here if
// missing), opened in headless Chromium in English and in Spanish: axe-core finds no violation, the
// page logs no error, and "Copy snippet" and "Copy fallback HTML" put on the clipboard what
// `mbc-snippet` prints for the element the story renders, its attributes and language (compared with
// packages/snippets' render() for every story, and with the CLI itself for the first story of each
// element); where there is no snippet the buttons are disabled and say why. Firefox repeats these
// checks for the first story of each element, and both engines check the buttons from the keyboard
// and without a clipboard. Every element's docs page: its tables list each attribute, event, slot,
// part and custom property of custom-elements.json once, only attributes have controls, each story
// has its copy buttons, and each story's "Show code" is the element's HTML to copy.
//
// Prints one line per check and closes with "Storybook: N passed, N failed"; scripts/test.mjs runs it
// and adds its counts (MBC_COUNTS_FILE) to the total.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { loadElements } from '../packages/snippets/configs.mjs';
import { fallbackFrom } from '../packages/snippets/render.mjs';
import { BROWSERS, launch, open } from './browsers.mjs';
import { serveDirectory } from './serve-demo.mjs';

const root = join(import.meta.dirname, '..');
const built = join(root, 'storybook-static');
const results = { passed: 0, failed: 0, skipped: 0 };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/**
 * A story is a fragment of a page, so the rules about a whole page (one main landmark, content inside
 * landmarks, a level-one heading) do not apply to it; every other rule does.
 */
const PAGE_RULES = { region: { enabled: false }, 'landmark-one-main': { enabled: false }, 'page-has-heading-one': { enabled: false } };

async function check(name, fn) {
  try {
    await fn();
    results.passed += 1;
    console.log(`ok ${name}`);
  } catch (error) {
    results.failed += 1;
    console.log(`not ok ${name}\n${String(error.message ?? error).replace(/^/gm, '    ')}`);
  }
}

/** Every element's declaration in the manifest, by tag. */
function declarations() {
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  return new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
}

/** Waits until the story has rendered and each custom element in it has finished its update. */
async function rendered(page) {
  await page.waitForFunction(() => document.querySelector('#storybook-root')?.children.length > 0, { timeout: 20000 });
  await page.evaluate(async () => {
    const elements = [...document.querySelectorAll('#storybook-root *')].filter((el) => el.localName.includes('-'));
    await Promise.all(elements.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
  });
}

/** axe-core's violations in the story, as lines. */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async (pageRules) => {
    // A rule a story turns off in its own a11y parameters, with its reason beside it, stays off here.
    const own = window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.a11y?.config?.rules ?? [];
    const rules = { ...pageRules, ...Object.fromEntries(own.map((rule) => [rule.id, { enabled: rule.enabled }])) };
    // Storybook's a11y panel runs axe after each render too; one run at a time.
    for (let tries = 0; ; tries += 1) {
      try {
        const { violations } = await window.axe.run(document.querySelector('#storybook-root'), { rules });
        return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      } catch (error) {
        if (tries > 50 || !String(error).includes('already running')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }, PAGE_RULES);
}

/** The docs page's tables, section by section: `{attributes: [{name, controls}], events: [...], ...}`. */
async function docsTables(page) {
  return page.evaluate(() => {
    const sections = {};
    let current = null;
    for (const row of document.querySelectorAll('.docblock-argstable tbody tr')) {
      // A section starts with a row whose button reads "Hide attributes items" (or "Show …").
      const toggle = [...row.querySelectorAll('button')].map((b) => b.textContent.trim()).find((text) => /^(Hide|Show) .+ items$/.test(text));
      if (toggle) {
        current = toggle.replace(/^(Hide|Show) | items$/g, '').toLowerCase();
        sections[current] = [];
        continue;
      }
      const cells = [...row.children];
      sections[current ?? 'none']?.push({
        name: cells[0]?.innerText.trim(),
        description: cells[1]?.innerText ?? '',
        controls: cells.at(-1)?.querySelectorAll('input, select, textarea, button').length ?? 0,
      });
    }
    return sections;
  });
}

async function docsPage(browser, url, declaration, storyCount) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await page.waitForSelector('.docblock-argstable', { timeout: 20000 });
    const tables = await docsTables(page);
    const expect = {
      attributes: declaration.attributes ?? [],
      events: declaration.events ?? [],
      slots: declaration.slots ?? [],
      'css shadow parts': declaration.cssParts ?? [],
      'css custom properties': declaration.cssProperties ?? [],
    };
    for (const section of Object.keys(tables)) if (!(section in expect)) problems.push(`unexpected table section "${section}": ${tables[section].map((r) => r.name).join(', ')}`);
    for (const [section, items] of Object.entries(expect)) {
      const rows = tables[section] ?? [];
      const names = rows.map((r) => r.name).sort();
      const wanted = items.map((i) => i.name || '(default)').sort();
      if (JSON.stringify(names) !== JSON.stringify(wanted)) problems.push(`${section}: rows ${names.join(', ') || 'none'}, manifest ${wanted.join(', ') || 'none'}`);
      if (section !== 'attributes') for (const r of rows) if (r.controls) problems.push(`${section} "${r.name}" has a control`);
    }
    for (const event of expect.events) {
      const row = tables.events?.find((r) => r.name === event.name);
      if (row && !row.description.includes(event.type?.text ?? '\0')) problems.push(`event ${event.name} does not name its class ${event.type?.text}`);
    }
    // Every story on the page has its copy buttons, each with its snippet or the reason it has none.
    await page
      .waitForFunction(
        (n) => {
          const panels = [...document.querySelectorAll('story-snippet')];
          return panels.length >= n && panels.every((p) => p.shadowRoot?.querySelector('button:enabled') || !/Making/.test(p.shadowRoot?.querySelector('#note')?.textContent ?? 'Making'));
        },
        { timeout: 20000 },
        storyCount,
      )
      .catch(() => {});
    const panels = await page.evaluate(() =>
      [...document.querySelectorAll('story-snippet')].map((p) => ({
        labels: [...p.shadowRoot.querySelectorAll('button')].map((b) => b.textContent.trim()).join(', '),
        ready: [...p.shadowRoot.querySelectorAll('button')].every((b) => !b.disabled) || Boolean(p.unavailable),
      })),
    );
    if (panels.length < storyCount) problems.push(`${panels.length} snippet panels for ${storyCount} stories`);
    for (const panel of panels) if (panel.labels !== 'Copy snippet, Copy fallback HTML' || !panel.ready) problems.push(`snippet panel: ${JSON.stringify(panel)}`);
    // Every story's "Show code": the element's markup, not the story's JavaScript.
    await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.textContent.trim() === 'Show code' && b.click()));
    const tag = declaration.tagName;
    await page.waitForFunction((n) => document.querySelectorAll('pre.prismjs').length >= n, { timeout: 10000 }, storyCount).catch(() => {});
    const sources = await page.evaluate(() => [...document.querySelectorAll('pre.prismjs')].map((pre) => pre.textContent));
    if (sources.length < storyCount) problems.push(`${sources.length} code blocks for ${storyCount} stories`);
    const bad = await page.evaluate(
      (codes, tagName) => codes.filter((code) => /=>|\$\{|html`|args|=""|story-snippet/.test(code) || !new DOMParser().parseFromString(code, 'text/html').body.querySelector(tagName)),
      sources,
      tag,
    );
    problems.push(...bad.map((code) => `"Show code" is not the HTML of <${tag}>:\n${code}`));
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

/**
 * One engine whose clipboard the test may read back: Chromium with the permission granted for the
 * Storybook's origin, Firefox with its testing preference (else it asks the reader before a paste).
 */
async function launchWithClipboard(engine, origin) {
  if (engine === 'chromium') {
    const chromium = await launch('chromium');
    await chromium.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    return chromium;
  }
  const profile = mkdtempSync(join(tmpdir(), `mbc-${engine}-`));
  const browser = await puppeteer.launch({ ...BROWSERS[engine].options(profile), extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true } });
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Runs `fn` without the warnings the elements give for the unknown values some stories show on purpose. */
function quietly(fn) {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return fn();
  } finally {
    console.warn = warn;
  }
}

/** Where two texts first differ, with a little of each around it. */
function difference(got, wanted) {
  if (got === wanted) return '';
  let at = 0;
  while (got[at] === wanted[at]) at += 1;
  return `differs at ${at} of ${wanted.length}: got ${JSON.stringify(got.slice(Math.max(0, at - 40), at + 60))}, wanted ${JSON.stringify(wanted.slice(Math.max(0, at - 40), at + 60))}`;
}

/** The story's snippet panel (preview.ts) once it has its snippet or its reason: `{ buttons, note, status }`. */
async function snippetPanel(page) {
  await page.waitForFunction(
    () => {
      const root = document.querySelector('story-snippet')?.shadowRoot;
      return root && (root.querySelector('button:enabled') || !/Making the snippet/.test(root.querySelector('#note')?.textContent ?? 'Making the snippet'));
    },
    { timeout: 20000 },
  );
  return page.evaluate(() => {
    const root = document.querySelector('story-snippet').shadowRoot;
    return {
      buttons: [...root.querySelectorAll('button')].map((b) => ({ label: b.textContent.trim(), disabled: b.disabled, type: b.type })),
      note: root.querySelector('#note').textContent.replace(/\s+/g, ' ').trim(),
      status: root.querySelector('[role="status"]')?.textContent.trim(),
    };
  });
}

/** Presses one of the panel's buttons and returns what it put on the clipboard (after its "Copied"). */
async function copyWith(page, label) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const button = await page.evaluateHandle((text) => [...document.querySelector('story-snippet').shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text), label);
  // From the keyboard: a story's fixed tray may cover the buttons from the pointer.
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('story-snippet').shadowRoot.querySelector('[role="status"]').textContent.trim() === 'Copied', { timeout: 10000 });
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The element the story renders (its first `tag`): attributes in order, without `lang`, and its language. */
function renderedElement(page, tag, locale) {
  return page.evaluate(
    (name, pageLocale) => {
      const el = document.querySelector(`#storybook-root ${name}`);
      if (!el) return null;
      const attributes = Object.fromEntries([...el.attributes].filter((a) => a.name !== 'lang').map((a) => [a.name, a.value]));
      return { attributes, lang: el.getAttribute('lang') || pageLocale };
    },
    tag,
    locale,
  );
}

/** The CLI's arguments for an element's attributes (a bare boolean attribute stays bare). */
const cliArguments = (tag, attributes, lang) => [tag, ...Object.entries(attributes).map(([name, value]) => (value === '' ? name : `${name}=${value}`)), `lang=${lang}`];

/**
 * One story in one language: no axe violation, no console error, and the copy buttons copy what
 * the CLI prints for the element the story renders (`tag`).
 */
async function story(browser, url, { tag, locale, elements, viaCli }) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await rendered(page);
    problems.push(...(await axeViolations(page)));
    const panel = await snippetPanel(page);
    const labels = panel.buttons.map((b) => b.label);
    if (JSON.stringify(labels) !== JSON.stringify(['Copy snippet', 'Copy fallback HTML']) || panel.buttons.some((b) => b.type !== 'button')) {
      problems.push(`buttons: ${JSON.stringify(panel.buttons)}`);
    }
    const unavailable = await page.evaluate(() => window.__STORYBOOK_PREVIEW__?.currentRender?.story?.parameters?.snippet?.unavailable);
    if (unavailable) {
      if (!panel.buttons.every((b) => b.disabled) || !panel.note.includes(unavailable)) problems.push(`a story without a snippet: buttons ${JSON.stringify(panel.buttons)}, note "${panel.note}"`);
    } else {
      const element = await renderedElement(page, tag, locale);
      if (!element) throw new Error(`no <${tag}> in the story`);
      const wanted = quietly(() => elements.render(tag, element.attributes, element.lang));
      if (viaCli) {
        const cli = spawnSync(process.execPath, [join(root, 'packages/snippets/cli.mjs'), ...cliArguments(tag, element.attributes, element.lang)], { encoding: 'utf8' });
        if (cli.status !== 0 || cli.stdout !== wanted) problems.push(`the CLI (exit ${cli.status}) and render() disagree: ${difference(cli.stdout, wanted)}`);
      }
      if (panel.buttons.some((b) => b.disabled)) throw new Error(`${problems.join('\n')}\nno snippet offered: "${panel.note}"`);
      const snippet = await copyWith(page, 'Copy snippet');
      if (snippet !== wanted) problems.push(`"Copy snippet" ${difference(snippet, wanted)}`);
      const fallback = await copyWith(page, 'Copy fallback HTML');
      // The snippet is the rendered element with its fallback last inside it; the fallback is what fallbackFrom() makes of the rest.
      const end = `</${tag}>\n`;
      const rest = wanted.slice(0, wanted.length - fallback.length - end.length) + end;
      if (!wanted.endsWith(fallback + end) || fallbackFrom(rest) !== fallback) problems.push(`"Copy fallback HTML" is not the snippet's fallback: ${difference(fallback, fallbackFrom(rest))}`);
    }
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

/**
 * Controls set to something with no snippet in the static build (`args`, sent as the controls panel
 * sends them): the buttons are disabled and the note names the command that makes one.
 */
async function snippetMissing(browser, url, storyId, args, command) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await rendered(page);
    await snippetPanel(page);
    await page.evaluate((id, updatedArgs) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId: id, updatedArgs }), storyId, args);
    await page
      .waitForFunction(() => /^No snippet/.test(document.querySelector('story-snippet').shadowRoot.querySelector('#note').textContent.trim()), { timeout: 10000 })
      .catch(() => {});
    const panel = await snippetPanel(page);
    if (!panel.buttons.every((b) => b.disabled)) problems.push(`buttons: ${JSON.stringify(panel.buttons)}`);
    if (panel.note !== `No snippet for these settings: run ${command}.`) problems.push(`note: "${panel.note}"`);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

/**
 * Keyboard and no clipboard: Tab reaches "Copy snippet" with a visible focus outline, Enter copies;
 * without `navigator.clipboard` the text is selected in its box and the status says to press Ctrl+C.
 */
async function snippetByKeyboard(browser, url) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await rendered(page);
    await snippetPanel(page);
    let focused = null;
    for (let tabs = 0; tabs < 80 && focused !== 'Copy snippet'; tabs += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.localName === 'story-snippet' && document.activeElement.shadowRoot.activeElement?.textContent.trim());
    }
    if (focused !== 'Copy snippet') throw new Error('Tab never reaches "Copy snippet"');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement.shadowRoot.activeElement);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    if (!outline.startsWith('solid') || outline.endsWith(' 0px')) problems.push(`focused "Copy snippet" has no visible outline (${outline})`);
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('story-snippet').shadowRoot.querySelector('[role="status"]').textContent.trim() === 'Copied', { timeout: 10000 });
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    if (!copied.startsWith('<')) problems.push(`Enter copied "${copied.slice(0, 40)}"`);

    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /Ctrl\+C/.test(document.querySelector('story-snippet').shadowRoot.querySelector('[role="status"]').textContent), { timeout: 10000 });
    const selection = await page.evaluate(() => {
      const root = document.querySelector('story-snippet').shadowRoot;
      const box = root.activeElement;
      return { open: root.querySelector('details').open, id: box?.id, whole: box?.selectionStart === 0 && box?.selectionEnd === box?.value.length && box.value.length > 0 };
    });
    if (!selection.open || selection.id !== 'fallback' || !selection.whole) problems.push(`without a clipboard: ${JSON.stringify(selection)}`);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

if (!existsSync(join(built, 'index.json'))) {
  console.log('storybook-static/ is missing: building it (npm run build-storybook)');
  spawnSync('npm', ['run', '-s', 'build-storybook'], { cwd: root, stdio: 'inherit' });
}
try {
  const { entries } = JSON.parse(readFileSync(join(built, 'index.json'), 'utf8'));
  const all = Object.values(entries);
  const elements = declarations();
  const server = await serveDirectory(built);
  const snippets = await loadElements(join(root, 'dist'));
  try {
    for (const engine of ['chromium', 'firefox']) {
      if (!existsSync(BROWSERS[engine].options('').executablePath)) {
        results.skipped += 1;
        console.log(`skipped the copy buttons in ${BROWSERS[engine].name}: ${BROWSERS[engine].options('').executablePath} is missing`);
        continue;
      }
      const { browser, close } = await launchWithClipboard(engine, server.url);
      // Chromium checks every story and docs page; Firefox the copy buttons of the first story of each element.
      const inEngine = engine === 'chromium' ? '' : ` [${BROWSERS[engine].name}]`;
      try {
        const firstOfEach = new Set();
        for (const entry of all.filter((e) => e.type === 'story')) {
          const tag = entry.title.split('/').pop();
          const first = !firstOfEach.has(tag);
          firstOfEach.add(tag);
          if (!first && engine !== 'chromium') continue;
          const viaCli = first && engine === 'chromium';
          for (const locale of snippets.locales) {
            await check(`story ${entry.id} (${locale})${inEngine}: no axe violation, no console error, the copy buttons copy what mbc-snippet prints or say why not${viaCli ? ' (checked with the CLI)' : ''}`, () =>
              story(browser, `${server.url}iframe.html?id=${entry.id}&viewMode=story&globals=locale:${locale}`, { tag, locale, elements: snippets, viaCli }),
            );
          }
        }
        await check(`story elements-treatment-card--hormonal with heading-level 5${inEngine}: no snippet in the static build, the buttons say how to make one`, () =>
          snippetMissing(
            browser,
            `${server.url}iframe.html?id=elements-treatment-card--hormonal&viewMode=story`,
            'elements-treatment-card--hormonal',
            { 'heading-level': 5 },
            'mbc-snippet treatment-card treatment=hormonal heading-level=5 variant=full lang=en',
          ),
        );
        await check(`story elements-safety-banner--inline (right-to-left test pack)${inEngine}: the copy buttons are disabled and say why`, async () => {
          const problems = [];
          const page = await open(browser, `${server.url}iframe.html?id=elements-safety-banner--inline&viewMode=story&globals=locale:ar-XB`, problems);
          try {
            await rendered(page);
            const panel = await snippetPanel(page);
            if (!panel.buttons.every((b) => b.disabled) || !/English and Spanish/.test(panel.note)) problems.push(`buttons ${JSON.stringify(panel.buttons)}, note "${panel.note}"`);
            if (problems.length) throw new Error(problems.join('\n'));
          } finally {
            await page.close();
          }
        });
        await check(`story elements-treatment-card--compact${inEngine}: the copy buttons work from the keyboard, and without a clipboard`, () =>
          snippetByKeyboard(browser, `${server.url}iframe.html?id=elements-treatment-card--compact&viewMode=story`),
        );
        if (engine !== 'chromium') continue;
        for (const docs of all.filter((e) => e.type === 'docs')) {
          const tag = docs.title.split('/').pop();
          const stories = all.filter((e) => e.type === 'story' && e.title === docs.title).length;
          await check(`docs ${docs.id}: tables match the manifest, each story has its copy buttons, "Show code" is HTML`, () => {
            if (!elements.has(tag)) throw new Error(`no <${tag}> in custom-elements.json`);
            return docsPage(browser, `${server.url}iframe.html?id=${docs.id}&viewMode=docs`, elements.get(tag), stories);
          });
        }
      } finally {
        await close();
      }
    }
  } finally {
    await server.close();
  }
} catch (error) {
  results.failed += 1;
  console.log(`not ok Storybook could not run\n    ${error.message}`);
}

console.log(`Storybook: ${results.passed} passed, ${results.failed} failed`);
if (process.env.MBC_COUNTS_FILE) writeFileSync(process.env.MBC_COUNTS_FILE, JSON.stringify(results));
process.exit(results.failed ? 1 : 0);
