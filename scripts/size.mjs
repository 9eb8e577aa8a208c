#!/usr/bin/env node
// Size ratchet: `npm run size` (after `npm run build`). Deterministic, takes a few seconds, runs in CI.
//
// Two kinds of rows, both measured minified, gzip (level 9) and brotli (quality 11):
//   - Shipped files: every .js file under dist/cdn/ (the CDN module, its classic-script twin, and any
//     file added later, such as a locale file or hydration support). A new file there is a new row by
//     itself.
//   - Breakdown: where the bytes go. lit plus all element code without content text (dist/all.js with
//     every src/content/<locale>/* module replaced by an empty stub); lit alone; the shared helpers;
//     each element's own code (dist/elements/<tag>/define.js with lit and the shared helpers external,
//     content stubbed) and the element alone as a bundler user ships it (lit external); the content
//     text per locale and per topic. Elements and locales are found from src/, so new ones join by
//     themselves.
// Every bundle here uses the plugins of the CDN build in rollup.config.mjs, so a change to the build
// changes these numbers the same way.
//
// The rule (size-budget.json holds the committed figures):
//   - Any figure above its committed value fails, and so does a row that is not committed yet. The change
//     that grows the code records the growth, with the feature that paid for it:
//         npm run size -- --update --reason "Spanish locale file"
//     which rewrites the figures and appends one line to `history` in size-budget.json. `--update`
//     without `--reason` refuses to record growth or a new row.
//   - Shrinking is always allowed: the run prints a note, and `--update` (reason optional) lowers the
//     committed figures so the gain cannot be lost unnoticed.
// There are no fixed byte targets any more (the README's Performance section says why).
// Exit status: 0 when no figure is above its committed value (or the update was recorded), 1 otherwise.
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';

const root = resolve(import.meta.dirname, '..');
process.chdir(root); // rollup.config.mjs uses paths relative to the package root
const budgetFile = join(root, 'size-budget.json');
const args = process.argv.slice(2);
const update = args.includes('--update');
const reasonAt = args.findIndex((a) => a === '--reason' || a.startsWith('--reason='));
const reason = (reasonAt < 0 ? '' : args[reasonAt].includes('=') ? args[reasonAt].slice('--reason='.length) : (args[reasonAt + 1] ?? ''))
  .replace(/\s+/g, ' ')
  .trim();
if (reasonAt >= 0 && !update) fail('--reason only goes with --update.');
if (reasonAt >= 0 && !reason) fail('--reason needs the feature that paid for the growth, e.g. --reason "Spanish locale file".');
const KB = 1024;

function fail(message) {
  console.error(`size: ${message}`);
  process.exit(1);
}

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;
const measure = (code) => {
  const buf = Buffer.from(code);
  return { min: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
};
const need = (file) => {
  if (!existsSync(join(root, file))) fail(`${file} is missing. Run \`npm run build\` first.`);
  return file;
};

// ---------------------------------------------------------------- what to measure

/** Every .js file under dir, as paths relative to the root, sorted. */
const jsFiles = (dir) =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith('.js'))
        .map((d) => relative(root, join(d.parentPath, d.name)).split('\\').join('/'))
        .sort()
    : [];
// The module file before its classic twin (x.js, x.iife.js), otherwise by name.
const shipped = jsFiles('dist/cdn').sort((a, b) => a.replace(/\.iife\.js$/, '.js~').localeCompare(b.replace(/\.iife\.js$/, '.js~')));
for (const file of ['dist/cdn/mbc-elements.js', 'dist/cdn/mbc-elements.iife.js', 'dist/all.js']) need(file);

// The CDN build's plugins (node resolve, template minifier, terser with the project's options).
const configs = [(await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default].flat();
const cdnConfig = configs.find((c) => [c.output].flat().some((o) => o?.file?.endsWith('mbc-elements.js'))) ?? configs[0];
const cdnPlugins = cdnConfig.plugins ?? [];

const elementTags = readdirSync(join(root, 'src/elements'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(root, 'src/elements', d.name, 'define.ts')))
  .map((d) => d.name)
  .sort();
// A locale is a folder of content modules (src/content/releases holds release snapshots, not text that ships).
const locales = readdirSync(join(root, 'src/content'), { withFileTypes: true })
  .filter((d) => d.isDirectory() && readdirSync(join(root, 'src/content', d.name)).some((f) => f.endsWith('.ts')))
  .map((d) => d.name)
  .sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)));
/** Compiled content modules per locale: { locale: [absolute dist paths] }. */
const contentModules = Object.fromEntries(
  locales.map((locale) => [
    locale,
    readdirSync(join(root, 'src/content', locale))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(root, need(`dist/content/${locale}/${f.replace(/\.ts$/, '.js')}`)))
      .sort(),
  ]),
);
const allContent = new Set(Object.values(contentModules).flat());

/** Replaces every content module by a stub that exports the same names as empty objects. */
async function contentStubs() {
  const stubs = new Map();
  for (const file of allContent) {
    const names = Object.keys(await import(pathToFileURL(file).href));
    stubs.set(file, names.map((n) => `export const ${n} = {};`).join('\n') || 'export {};');
  }
  return { name: 'content-stubs', load: (id) => (allContent.has(id) ? stubs.get(id) : null) };
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

// ---------------------------------------------------------------- measure

const stubs = await contentStubs();
const rows = []; // { group: 'shipped' | 'breakdown', key, label, min, gzip, brotli }
const add = (group, key, label, code) => rows.push({ group, key, label, ...measure(code) });

for (const file of shipped) {
  const key = file.slice('dist/'.length);
  const what = file.endsWith('.iife.js') ? 'classic script' : file === 'dist/cdn/mbc-elements.js' ? 'ES module, all elements + English content' : 'shipped file';
  add('shipped', key, `${file} (${what})`, readFileSync(file));
}
add('breakdown', 'core', 'lit + all element code, content text stubbed', await bundle({ input: 'dist/all.js', plugins: [stubs] }));
add('breakdown', 'lit', '  of which lit (LitElement, html, css, nothing)', await bundle({ input: '\0entry', plugins: [virtual("export { LitElement, html, css, nothing } from 'lit';")] }));
const sharedFiles = [
  ...readdirSync(join(root, 'src/internal')).filter((f) => f.endsWith('.ts')).map((f) => join(root, 'dist/internal', f.replace(/\.ts$/, '.js'))),
  join(root, 'dist/content/index.js'),
].sort();
add('breakdown', 'shared', '  of which shared helpers (src/internal/*, content/index)', await bundle({ input: '\0entry', external: 'lit', plugins: [virtual(exportAll(sharedFiles)), stubs] }));
for (const tag of elementTags) {
  const input = need(`dist/elements/${tag}/define.js`);
  add('breakdown', `element/${tag}`, `<${tag}> code (its own files only)`, await bundle({ input, external: 'lit+shared', plugins: [stubs] }));
  add('breakdown', `element/${tag}/alone`, `  <${tag}> alone: + shared helpers + content`, await bundle({ input, external: 'lit' }));
}
for (const locale of locales) {
  const files = contentModules[locale];
  add('breakdown', `content/${locale}`, `content text, all of src/content/${locale}/*`, await bundle({ input: '\0entry', plugins: [virtual(exportAll(files))] }));
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1, -'.js'.length);
    add('breakdown', `content/${locale}/${name}`, `  content/${locale}/${name} alone (with what it imports)`, await bundle({ input: '\0entry', plugins: [virtual(exportAll([file]))] }));
  }
}

// ---------------------------------------------------------------- compare with size-budget.json

const data = existsSync(budgetFile) ? JSON.parse(readFileSync(budgetFile, 'utf8')) : {};
const committed = { ...(data.shipped ?? {}), ...(data.breakdown ?? {}) };
const METRICS = ['min', 'gzip', 'brotli'];
const grew = []; // rows above their committed figures, or new
const shrank = [];
for (const row of rows) {
  const before = committed[row.key];
  row.delta = before ? Object.fromEntries(METRICS.map((m) => [m, row[m] - before[m]])) : null;
  if (!row.delta) grew.push(row);
  else if (METRICS.some((m) => row.delta[m] > 0)) grew.push(row);
  else if (METRICS.some((m) => row.delta[m] < 0)) shrank.push(row);
}
const gone = Object.keys(committed).filter((key) => !rows.some((r) => r.key === key));

const fmt = (bytes) => (Math.abs(bytes) >= KB ? `${(bytes / KB).toFixed(2)} KB` : `${bytes} B`);
const signed = (n) => (n > 0 ? `+${n}` : n < 0 ? `${n}` : '±0');
const cell = (row, m) => `${row[m]} ${row.delta ? `(${signed(row.delta[m])})` : '(new)'}`;

// One table: each figure with its delta from the committed value.
const header = ['what', 'minified (Δ)', 'gzip -9 (Δ)', 'brotli 11 (Δ)', 'gzip'];
const body = [];
for (const group of ['shipped', 'breakdown']) {
  body.push([group === 'shipped' ? 'Shipped files (ratchet)' : 'Breakdown (ratchet)', '', '', '', '']);
  for (const r of rows.filter((x) => x.group === group)) body.push([`  ${r.label}`, cell(r, 'min'), cell(r, 'gzip'), cell(r, 'brotli'), fmt(r.gzip)]);
}
const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
const line = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const b of body) console.log(line(b));
console.log('Bytes; gzip level 9, brotli quality 11 (Node zlib); Δ = change from size-budget.json. Element code: its define.js with lit and the shared helpers external, content stubbed.');

// Each classic-script file against its module twin.
for (const classic of rows.filter((r) => r.group === 'shipped' && r.key.endsWith('.iife.js'))) {
  const module = rows.find((r) => r.key === classic.key.replace(/\.iife\.js$/, '.js'));
  if (!module) continue;
  const diff = (m) => `${m} ${signed(classic[m] - module[m])} B`;
  console.log(`classic vs module (${classic.key} - ${module.key}): ${METRICS.map(diff).join(', ')}`);
}

// The English bundles carry none of another locale's text: its own strings (24 characters or more, not also
// in English) are looked for in each main CDN file. Any found fails the run.
const stringsOf = async (files) => {
  const out = new Set();
  const walk = (value) => {
    if (typeof value === 'string' && value.length >= 24) out.add(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const file of files) walk(await import(pathToFileURL(file).href));
  return out;
};
const english = await stringsOf(contentModules.en ?? []);
const leaks = [];
for (const locale of locales.filter((l) => l !== 'en')) {
  const own = [...(await stringsOf(contentModules[locale]))].filter((text) => !english.has(text));
  for (const file of ['dist/cdn/mbc-elements.js', 'dist/cdn/mbc-elements.iife.js']) {
    const code = readFileSync(file, 'utf8');
    const found = own.filter((text) => code.includes(JSON.stringify(text).slice(1, -1)));
    if (found.length) leaks.push(`${file} carries ${found.length} strings of content/${locale}, e.g. "${found[0].slice(0, 60)}"`);
    else console.log(`${file}: none of the ${own.length} strings of content/${locale} (the ${locale} text is only in its own file).`);
  }
}

// Partner language checking ships only in locales/register.js: the main bundles lack its error message,
// and the register file, which checks packs against the English of the main bundle on the page, lacks the
// English text (its strings of 24 characters or more).
const PACK_CHECKER = 'the pack does not match the English catalog';
for (const file of ['dist/cdn/mbc-elements.js', 'dist/cdn/mbc-elements.iife.js']) {
  if (readFileSync(file, 'utf8').includes(PACK_CHECKER)) leaks.push(`${file} carries the partner pack checker (it belongs in locales/register.js)`);
}
for (const file of shipped.filter((f) => /\/locales\/register(\.iife)?\.js$/.test(f))) {
  const code = readFileSync(file, 'utf8');
  if (!code.includes(PACK_CHECKER)) leaks.push(`${file} lacks the partner pack checker`);
  const found = [...english].filter((text) => code.includes(JSON.stringify(text).slice(1, -1)));
  if (found.length) leaks.push(`${file} carries ${found.length} strings of content/en, e.g. "${found[0].slice(0, 60)}"`);
  else console.log(`${file}: the pack checker, and none of the ${english.size} strings of content/en.`);
}

for (const key of gone) console.log(`note: ${key} is in size-budget.json but no longer measured${update ? ' (removed)' : ''}.`);
for (const r of shrank) console.log(`note: ${r.key} shrank (${METRICS.filter((m) => r.delta[m] < 0).map((m) => `${m} ${r.delta[m]} B`).join(', ')}).`);

// ---------------------------------------------------------------- check, or record

const growthText = (r) =>
  r.delta ? METRICS.filter((m) => r.delta[m] > 0).map((m) => `${m} ${r[m] - r.delta[m]} -> ${r[m]} B (+${r.delta[m]})`).join(', ') : 'not in size-budget.json yet';

if (leaks.length) {
  console.error(`\nsize check failed: a file carries code or text that belongs elsewhere:\n  - ${leaks.join('\n  - ')}`);
  process.exit(1);
}

if (!update) {
  if (grew.length) {
    console.error('\nsize check failed: these figures are above their committed values:');
    for (const r of grew) console.error(`  - ${r.key}: ${growthText(r)}`);
    console.error('If the growth is intended, record it in the same change with the feature that paid for it:');
    console.error('  npm run size -- --update --reason "<the feature that paid for it>"');
    console.error('then commit size-budget.json.');
    process.exit(1);
  }
  if (shrank.length || gone.length) console.log('Sizes went down: run `npm run size -- --update` and commit size-budget.json to lock the gain in.');
  console.log('size: every figure is at or below its committed value in size-budget.json.');
  process.exit(0);
}

if (grew.length && !reason) {
  console.error('\nsize: refusing to record growth without a reason. These grew:');
  for (const r of grew) console.error(`  - ${r.key}: ${growthText(r)}`);
  console.error('Run again with the feature that paid for it: npm run size -- --update --reason "<feature>"');
  process.exit(1);
}

const figures = (group) =>
  Object.fromEntries(rows.filter((r) => r.group === group).map((r) => [r.key, { min: r.min, gzip: r.gzip, brotli: r.brotli }]));
const history = [...(data.history ?? [])];
if (reason) {
  /** One history line: the reason, and each row's gzip/brotli change ("+412", or "new 28568"). */
  const change = (r) => (r.delta ? `gzip ${signed(r.delta.gzip)}, brotli ${signed(r.delta.brotli)}` : `new: gzip ${r.gzip}, brotli ${r.brotli}`);
  const changed = rows.filter((r) => !r.delta || r.delta.gzip || r.delta.brotli);
  history.push({
    reason,
    shipped: Object.fromEntries(changed.filter((r) => r.group === 'shipped').map((r) => [r.key, change(r)])),
    breakdown: Object.fromEntries(changed.filter((r) => r.group === 'breakdown').map((r) => [r.key, change(r)])),
  });
}
const next = {
  comment: data.comment,
  retiredTargets: data.retiredTargets,
  shipped: figures('shipped'),
  breakdown: figures('breakdown'),
  history,
};
writeFileSync(budgetFile, serialize(next));
console.log(`size: size-budget.json written${reason ? `, with the history line "${reason}"` : ''}.`);

/** Two-space JSON, except that each history entry stays on one line (one line per feature that paid). */
function serialize(value) {
  const { history: lines, ...rest } = value;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  // JSON.stringify puts line breaks only between tokens (a string's own line breaks are escaped).
  const entries = lines.map((entry) => `    ${JSON.stringify(entry, null, 1).replace(/\n\s*/g, ' ')}`);
  return `${head},\n  "history": [${entries.length ? `\n${entries.join(',\n')}\n  ` : ''}]\n}\n`;
}
