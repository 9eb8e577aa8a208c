#!/usr/bin/env node
// Writes the content report: one HTML page and the same as JSON, with every entry of every locale
// (key, version, text, sources, dates, review and translation state, reading score), ending with the registerReview()
// call that approves exactly what it shows. This is the document a medical-legal reviewer signs.
//
//   npm run content-report                      content-report/index.html and content-report/content.json
//   npm run content-report -- --since 0.1.0     only entries changed since that release, old and new side by side
//   npm run content-report -- --snapshot        keep this release's catalog in src/content/releases/<version>.json
//   npm run content-report -- --readme          rewrite the README's reading tables (English grades, Spanish INFLESZ)
//   npm run content-report -- --check-readme    fail when either README table is stale
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const outfile = '.tmp/content-data.mjs';
await build({ entryPoints: ['scripts/content-data.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
const { collect } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
const locales = collect();

const RELEASES = 'src/content/releases';
const snapshotOf = (data) => ({
  release: pkg.version,
  locales: Object.fromEntries(
    data.map(({ locale, version, entries }) => [locale, { version, entries: Object.fromEntries(entries.map(({ key, ...rest }) => [key, rest])) }]),
  ),
});

if (flag('--snapshot')) {
  mkdirSync(RELEASES, { recursive: true });
  const file = join(RELEASES, `${pkg.version}.json`);
  writeFileSync(file, `${JSON.stringify(snapshotOf(locales), null, 1)}\n`);
  console.log(`Kept the ${pkg.version} catalog in ${file}.`);
  process.exit(0);
}

/* README tables, between marker comments: English reading grades, and Spanish INFLESZ scores with translation state. */
const TABLES = [
  {
    name: 'reading-grade',
    start: '<!-- content-grades:start -->',
    end: '<!-- content-grades:end -->',
    head: ['| locale | entry | grade (text) | grade (hardest label) |', '| --- | --- | ---: | ---: |'],
    rows: (e) => `| en | \`${e.key}\` | ${e.grade.toFixed(1)} | ${e.labelGrade ? e.labelGrade.toFixed(1) : ''} |`,
    locale: 'en',
  },
  {
    name: 'Spanish INFLESZ',
    start: '<!-- content-inflesz:start -->',
    end: '<!-- content-inflesz:end -->',
    head: ['| locale | entry | INFLESZ | band | translation review | clinical review |', '| --- | --- | ---: | --- | --- | --- |'],
    rows: (e) => `| es | \`${e.key}\` | ${e.inflesz.toFixed(1)} | ${e.band} | ${e.translation?.review ?? 'none'} | ${e.review} |`,
    locale: 'es',
  },
];
const tableOf = ({ start, end, head, rows, locale }) =>
  [start, ...head, ...(locales.find((l) => l.locale === locale)?.entries ?? []).map(rows), end].join('\n');

if (flag('--readme') || flag('--check-readme')) {
  const readme = readFileSync('README.md', 'utf8');
  let next = readme;
  for (const table of TABLES) {
    const start = next.indexOf(table.start);
    const end = next.indexOf(table.end);
    if (start < 0 || end < 0) throw new Error(`README.md has no ${table.start} … ${table.end} markers.`);
    next = next.slice(0, start) + tableOf(table) + next.slice(end + table.end.length);
  }
  const names = TABLES.map((t) => t.name).join(' and ');
  if (flag('--check-readme')) {
    if (next !== readme) {
      console.error(`The README ${names} tables are stale: run \`npm run content-report -- --readme\`.`);
      process.exit(1);
    }
    console.log(`The README ${names} tables are current.`);
  } else {
    writeFileSync('README.md', next);
    console.log(`Rewrote the README ${names} tables.`);
  }
  process.exit(0);
}

/* The report. */
const since = option('--since');
let previous;
if (since) {
  const file = join(RELEASES, `${since}.json`);
  if (!existsSync(file)) throw new Error(`No snapshot of release ${since} (${file}).`);
  previous = JSON.parse(readFileSync(file, 'utf8'));
}

const shown = locales.map(({ locale, version, entries }) => {
  const old = previous?.locales[locale]?.entries ?? {};
  const changed = previous ? entries.filter((e) => old[e.key]?.version !== e.version) : entries;
  const removed = previous ? Object.keys(old).filter((key) => !entries.some((e) => e.key === key)) : [];
  return { locale, version, entries: changed.map((e) => ({ ...e, previous: old[e.key] ?? null })), removed };
});

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const paragraphs = (text) => text.map((t) => `<p>${escape(t)}</p>`).join('');
const reviewCall = (locale, entries) =>
  `registerReview({\n  reviewer: 'NAME, ROLE',\n  organization: 'ORGANIZATION',\n  date: 'YYYY-MM-DD',\n  locale: '${locale}',\n  entries: {\n${entries
    .map((e) => `    '${e.key}': '${e.version}',`)
    .join('\n')}\n  },\n});`;

const translationRows = ({ translation: t }) =>
  t
    ? `<dt>Translation review</dt><dd>${escape(t.review)}</dd>
    <dt>Translated from</dt><dd>English version <code>${escape(t.sourceVersion)}</code>${t.problems.length ? ` <strong>${escape(t.problems.join('; '))}</strong>` : ''}</dd>`
    : '';

const sections = shown.map(({ locale, version, entries, removed }) => {
  const rows = entries.map((e) => {
    const sources = e.sources
      .map((s) => `<li>${escape(s.title)}, ${escape(s.publisher)}${s.url ? `<br><a href="${escape(s.url)}">${escape(s.url)}</a>` : ' (no public address)'}</li>`)
      .join('');
    const text = e.previous
      ? `<div class="side"><div><h4>Before (${escape(e.previous.version)})</h4>${paragraphs(e.previous.text)}</div><div><h4>Now</h4>${paragraphs(e.text)}</div></div>`
      : `${previous ? '<p class="new">New entry</p>' : ''}${paragraphs(e.text)}`;
    return `<section class="entry" id="${escape(`${locale}-${e.key}`)}">
  <h3><code>${escape(e.key)}</code></h3>
  <dl>
    <dt>Version</dt><dd><code>${escape(e.version)}</code></dd>
    <dt>Updated</dt><dd>${escape(e.updated)}</dd>
    <dt>Review by</dt><dd>${escape(e.reviewBy)}</dd>
    <dt>Clinical review</dt><dd>${escape(e.review)}</dd>
    ${translationRows(e)}
    ${e.inflesz === undefined ? `<dt>Reading grade</dt><dd>${e.grade.toFixed(1)} (Flesch-Kincaid)</dd>` : `<dt>Readability</dt><dd>INFLESZ ${e.inflesz.toFixed(1)}, ${escape(e.band)} (Szigriszt-Pazos)</dd>`}
  </dl>
  <div lang="${escape(locale)}">${text}</div>
  <h4>Sources</h4><ul>${sources}</ul>
</section>`;
  });
  const gone = removed.length ? `<h3>Removed since ${escape(since)}</h3><ul>${removed.map((k) => `<li><code>${escape(k)}</code></li>`).join('')}</ul>` : '';
  const translated = entries.filter((e) => e.translation);
  const counts = new Map();
  for (const e of translated) counts.set(e.translation.review, (counts.get(e.translation.review) ?? 0) + 1);
  const reviews = [...counts].map(([review, count]) => `${count} ${escape(review)}`);
  const stale = translated.filter((e) => e.translation.problems.length).length;
  const translation = translated.length
    ? `<p>Translated from English. Translation review by a qualified medical translator (a step apart from clinical review): ${reviews.join(', ')}${stale ? `; <strong>${stale} no longer match their English entry</strong>` : ''}.</p>`
    : '';
  return `<h2>Locale <code>${escape(locale)}</code>: catalog version <code>${escape(version)}</code>, ${entries.length} entries${previous ? ` changed since ${escape(since)}` : ''}</h2>
${translation}
${rows.join('\n')}
${gone}
<h3>Approve what this report shows (${escape(locale)})</h3>
<p>Run this on the partner's pages after the script has loaded (classic script: <code>window.__mbcElements.registerReview(…)</code>). An entry whose text changes in a later release drops back to unreviewed.</p>
<pre>${escape(reviewCall(locale, entries))}</pre>`;
});

const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mbc-elements ${escape(pkg.version)} content report${since ? ` (changes since ${escape(since)})` : ''}</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1d2329; }
  .entry { border-top: 1px solid #8b949e; padding-block: 0.5rem; break-inside: avoid; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: 0 0 0.5rem; }
  dt { font-weight: 600; } dd { margin: 0; }
  .side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
  .side > div:first-child { background: #fdf2f2; } .side > div:last-child { background: #eef7ee; }
  .side > div { padding: 0 0.5rem; } .new { font-weight: 600; }
  pre { background: #f3f4f6; padding: 1rem; overflow-x: auto; }
  a { overflow-wrap: anywhere; }
</style>
</head>
<body>
<h1>mbc-elements ${escape(pkg.version)}: content report${since ? ` (changes since ${escape(since)})` : ''}</h1>
<p>Every patient-facing entry with its sources, dates, review state (clinical review, and translation review for a translated entry) and reading score (Flesch-Kincaid grade in English, INFLESZ in Spanish). Each entry's version is a hash of its text and sources. These machines cannot open the cited pages: check every address below live before signing.</p>
${sections.join('\n')}
</body>
</html>
`;

mkdirSync('content-report', { recursive: true });
writeFileSync('content-report/index.html', html);
writeFileSync('content-report/content.json', `${JSON.stringify({ package: pkg.version, since: since ?? null, locales: shown }, null, 2)}\n`);
const count = shown.reduce((n, l) => n + l.entries.length, 0);
console.log(`Wrote content-report/index.html and content-report/content.json (${count} entries${since ? ` changed since ${since}` : ''}).`);
