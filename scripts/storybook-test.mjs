#!/usr/bin/env node
// Every story of the built Storybook (storybook-static/, from `npm run build-storybook`; built here if
// missing), opened in headless Chromium: axe-core finds no violation and the page logs no error. Every
// element's docs page: its tables list each attribute, event, slot, part and custom property of
// custom-elements.json once, only attributes have controls, and each story's "Show code" is the
// element's HTML to copy.
//
// Prints one line per check and closes with "Storybook: N passed, N failed"; scripts/test.mjs runs it
// and adds its counts (MBC_COUNTS_FILE) to the total.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, open } from './browsers.mjs';
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

async function accessibleStory(browser, url) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await rendered(page);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async (pageRules) => {
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
    problems.push(...violations);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
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
    // Every story's "Show code": the element's markup, not the story's JavaScript.
    await page.evaluate(() => document.querySelectorAll('button').forEach((b) => b.textContent.trim() === 'Show code' && b.click()));
    const tag = declaration.tagName;
    await page.waitForFunction((n) => document.querySelectorAll('pre.prismjs').length >= n, { timeout: 10000 }, storyCount).catch(() => {});
    const sources = await page.evaluate(() => [...document.querySelectorAll('pre.prismjs')].map((pre) => pre.textContent));
    if (sources.length < storyCount) problems.push(`${sources.length} code blocks for ${storyCount} stories`);
    const bad = await page.evaluate(
      (codes, tagName) => codes.filter((code) => /=>|\$\{|html`|args|=""/.test(code) || !new DOMParser().parseFromString(code, 'text/html').body.querySelector(tagName)),
      sources,
      tag,
    );
    problems.push(...bad.map((code) => `"Show code" is not the HTML of <${tag}>:\n${code}`));
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
  const { browser, close } = await launch('chromium');
  try {
    for (const story of all.filter((e) => e.type === 'story')) {
      await check(`story ${story.id}: no axe violation, no console error`, () => accessibleStory(browser, `${server.url}iframe.html?id=${story.id}&viewMode=story`));
    }
    for (const docs of all.filter((e) => e.type === 'docs')) {
      const tag = docs.title.split('/').pop();
      const stories = all.filter((e) => e.type === 'story' && e.title === docs.title).length;
      await check(`docs ${docs.id}: tables match the manifest, "Show code" is HTML`, () => {
        if (!elements.has(tag)) throw new Error(`no <${tag}> in custom-elements.json`);
        return docsPage(browser, `${server.url}iframe.html?id=${docs.id}&viewMode=docs`, elements.get(tag), stories);
      });
    }
  } finally {
    await close();
    await server.close();
  }
} catch (error) {
  results.failed += 1;
  console.log(`not ok Storybook could not run\n    ${error.message}`);
}

console.log(`Storybook: ${results.passed} passed, ${results.failed} failed`);
if (process.env.MBC_COUNTS_FILE) writeFileSync(process.env.MBC_COUNTS_FILE, JSON.stringify(results));
process.exit(results.failed ? 1 : 0);
