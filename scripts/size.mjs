#!/usr/bin/env node
// Size budget: `npm run size` (after `npm run build`). Deterministic, takes a few seconds, runs in CI.
//
// Measures, from the built dist/:
//   - dist/cdn/mbc-elements.js and its classic-script twin: minified, gzip (level 9) and brotli (quality 11) bytes;
//   - lit plus all element code without content text (dist/all.js bundled with every src/content/en/* module
//     replaced by an empty stub);
//   - each element's own cost: dist/elements/<tag>/define.js bundled with lit external, with and without content
//     text (shared helpers in src/internal count towards every element that uses them);
//   - the content text alone: every src/content/en/* module bundled on its own.
// Every bundle here uses the plugins of the CDN build in rollup.config.mjs (same resolver, same terser options),
// so a change to the build changes these numbers the same way. Elements are found from src/elements/*/, so a
// new element joins the table by itself.
//
// Two kinds of limits:
//   - Budgets (from the performance issue): CDN bundle <= 18 KB gzip, lit + element code without content
//     <= 13 KB gzip, no element's code > 2.5 KB gzip. Breaking one fails.
//   - The ratchet: size-budget.json holds the committed byte count of every row. Any number above its committed
//     value fails (raise it in the same change, so growth is a visible decision); a new row fails until it is
//     committed. A number below its committed value prints a note: lower the committed numbers.
//   `npm run size -- --update` rewrites size-budget.json with the numbers measured now (do it in the change that
//   grew or shrank the code, and commit the file with it).
//   While size-budget.json says `"enforceBudgets": false`, a missed budget is printed as a missed target
//   and does not fail the run (the ratchet still does); the file says so, so turning enforcement off is a
//   visible, committed decision.
// Exit status: 0 when the ratchet holds and every enforced budget holds, 1 otherwise.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';

const root = resolve(import.meta.dirname, '..');
process.chdir(root); // rollup.config.mjs uses paths relative to the package root
const budgetFile = join(root, 'size-budget.json');
const update = process.argv.includes('--update');
const KB = 1024;
const BUDGETS = { cdn: 18 * KB, core: 13 * KB, element: 2.5 * KB };

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
const measure = (code) => {
  const buf = Buffer.from(code);
  return { min: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
};

for (const file of ['dist/cdn/mbc-elements.js', 'dist/cdn/mbc-elements.iife.js', 'dist/all.js']) {
  if (!existsSync(join(root, file))) {
    console.error(`size: ${file} is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
}

// The CDN build's plugins (node resolve + terser with the project's options).
const configs = [(await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default].flat();
const cdnConfig = configs.find((c) => [c.output].flat().some((o) => o?.file?.endsWith('mbc-elements.js'))) ?? configs[0];
const cdnPlugins = cdnConfig.plugins ?? [];

const elementTags = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src/elements', d.name, 'define.ts')))
  .map((d) => d.name)
  .sort();
const contentModules = readdirSync(join(root, 'src/content/en'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
  .map((f) => join(root, 'dist/content/en', f.replace(/\.ts$/, '.js')))
  .sort();
const contentSet = new Set(contentModules);
for (const file of contentModules) {
  if (!existsSync(file)) {
    console.error(`size: ${file.slice(root.length + 1)} is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Replaces every content module by a stub that exports the same names as empty objects. */
async function contentStubs() {
  const stubs = new Map();
  for (const file of contentModules) {
    const names = Object.keys(await import(pathToFileURL(file).href));
    stubs.set(file, names.map((n) => `export const ${n} = {};`).join('\n') || 'export {};');
  }
  return {
    name: 'content-stubs',
    load: (id) => (contentSet.has(id) ? stubs.get(id) : null),
  };
}

/** A virtual entry module, e.g. `export * from '...'` for several files. */
const virtual = (code) => ({
  name: 'virtual-entry',
  resolveId: (id) => (id === '\0entry' ? id : null),
  load: (id) => (id === '\0entry' ? code : null),
});

const exportAll = (files) => files.map((f) => `export * from ${JSON.stringify(f)};`).join('\n');

const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);
const isShared = (id) => /[\\/]dist[\\/](internal[\\/]|content[\\/]index\.js$)/.test(id);
const EXTERNAL = {
  none: undefined,
  lit: (id) => isLit(id),
  'lit+shared': (id) => isLit(id) || isShared(id),
};

async function bundle({ input, external = 'none', plugins = [] }) {
  const build = await rollup({
    input,
    external: EXTERNAL[external],
    plugins: [...plugins, ...cdnPlugins],
    onwarn: (warning, warn) => (warning.code === 'EMPTY_BUNDLE' ? undefined : warn(warning)),
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  if (output.filter((c) => c.type === 'chunk').length !== 1) throw new Error(`size: ${input} did not bundle to one chunk`);
  return output[0].code;
}

const stubs = await contentStubs();
const rows = []; // { key, label, min, gzip, brotli, limit? }
const add = (key, label, code, limit) => rows.push({ key, label, ...measure(code), limit });

add('cdn/mbc-elements.js', 'dist/cdn/mbc-elements.js (all elements + English content)', readFileSync('dist/cdn/mbc-elements.js'), BUDGETS.cdn);
add('cdn/mbc-elements.iife.js', 'dist/cdn/mbc-elements.iife.js (classic script)', readFileSync('dist/cdn/mbc-elements.iife.js'), BUDGETS.cdn);
add('core', 'lit + all element code, content text stubbed', await bundle({ input: 'dist/all.js', plugins: [stubs] }), BUDGETS.core);
add('lit', '  of which lit (LitElement, html, css, nothing)', await bundle({ input: '\0entry', plugins: [virtual("export { LitElement, html, css, nothing } from 'lit';")] }));
const sharedFiles = [
  ...readdirSync(join(root, 'src/internal')).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'dist/internal', f.replace(/\.ts$/, '.js'))),
  join(root, 'dist/content/index.js'),
].sort();
add('shared', '  of which shared helpers (src/internal/*, content/index)', await bundle({ input: '\0entry', external: 'lit', plugins: [virtual(exportAll(sharedFiles)), stubs] }));
for (const tag of elementTags) {
  const input = `dist/elements/${tag}/define.js`;
  if (!existsSync(input)) {
    console.error(`size: ${input} is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  add(`element/${tag}`, `<${tag}> code (its own files only)`, await bundle({ input, external: 'lit+shared', plugins: [stubs] }), BUDGETS.element);
  add(`element/${tag}/alone`, `  <${tag}> alone: + shared helpers + content`, await bundle({ input, external: 'lit' }));
}
add('content/en', 'content text, all of src/content/en/*', await bundle({ input: '\0entry', plugins: [virtual(exportAll(contentModules))] }));
for (const file of contentModules) {
  const name = basename(file, '.js');
  add(`content/en/${name}`, `  content/en/${name} alone (with what it imports)`, await bundle({ input: '\0entry', plugins: [virtual(exportAll([file]))] }));
}

// Ratchet.
const budgetData = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
const committed = budgetData.bytes ?? {};
const enforceBudgets = budgetData.enforceBudgets !== false;
const missedTargets = [];
const METRICS = ['min', 'gzip', 'brotli'];
const problems = [];
const notes = [];
for (const row of rows) {
  row.status = [];
  if (row.limit != null && row.gzip > row.limit) {
    row.status.push(`OVER BUDGET (${fmt(row.limit)} gzip)`);
    (enforceBudgets ? problems : missedTargets).push(`${row.label}: ${row.gzip} B gzip is over the budget of ${row.limit} B.`);
  }
  const before = committed[row.key];
  if (!before) {
    row.status.push('new');
    if (!update) problems.push(`${row.label}: not in size-budget.json yet.`);
    continue;
  }
  for (const m of METRICS) {
    if (row[m] > before[m]) {
      row.status.push(`${m} +${row[m] - before[m]} B`);
      if (!update) problems.push(`${row.label}: ${m} grew from ${before[m]} B to ${row[m]} B.`);
    } else if (row[m] < before[m]) {
      row.status.push(`${m} -${before[m] - row[m]} B`);
      notes.push(`${row.label}: ${m} shrank from ${before[m]} B to ${row[m]} B.`);
    }
  }
}
const gone = Object.keys(committed).filter((key) => !rows.some((r) => r.key === key));
for (const key of gone) notes.push(`${key}: in size-budget.json but no longer measured.`);

function fmt(bytes) {
  return bytes >= KB ? `${(bytes / KB).toFixed(2)} KB` : `${bytes} B`;
}

// One table.
const header = ['what', 'minified', 'gzip -9', 'brotli 11', 'budget (gzip)', 'vs size-budget.json'];
const body = rows.map((r) => [
  r.label,
  `${r.min}`,
  `${r.gzip} (${fmt(r.gzip)})`,
  `${r.brotli}`,
  r.limit == null ? '' : `${fmt(r.limit)} ${r.gzip <= r.limit ? 'ok' : 'OVER'}`,
  r.status.length ? r.status.join(', ') : 'same',
]);
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
console.log('Bytes; gzip level 9, brotli quality 11 (Node zlib). Element code: its define.js with lit and the shared helpers external, content stubbed.');

for (const n of notes) console.log(`note: ${n}`);
if (update) {
  const bytes = Object.fromEntries(rows.map((r) => [r.key, { min: r.min, gzip: r.gzip, brotli: r.brotli }]));
  const data = {
    ...budgetData,
    budgets: { 'cdn gzip': BUDGETS.cdn, 'core gzip': BUDGETS.core, 'element gzip': BUDGETS.element },
    bytes,
  };
  writeFileSync(budgetFile, `${JSON.stringify(data, null, 2)}\n`);
  console.log('size-budget.json updated with the numbers above.');
} else if (notes.length) {
  console.log('Sizes went down: run `npm run size -- --update` and commit size-budget.json to lock the gain in.');
}

if (missedTargets.length) {
  console.log('\nbudgets missed (not enforced while size-budget.json has "enforceBudgets": false):');
  for (const p of missedTargets) console.log(`  - ${p}`);
}
const breaches = problems.filter((p) => update ? p.includes('over the budget') : true);
if (breaches.length) {
  console.error('\nsize check failed:');
  for (const p of breaches) console.error(`  - ${p}`);
  if (breaches.some((p) => !p.includes('over the budget'))) {
    console.error('If the growth is intended, raise the committed numbers in the same change: `npm run size -- --update`, then commit size-budget.json.');
  }
  process.exit(1);
}
console.log(update ? 'size: size-budget.json written.' : `size: size-budget.json holds${missedTargets.length ? '; budgets missed, see above' : ' and every budget holds'}.`);
