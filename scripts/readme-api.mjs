#!/usr/bin/env node
// Writes each element's API tables (attributes, properties without an attribute, methods, events,
// slots, parts, its own custom properties) into README.md, between
//   <!-- api:<tag> -->  and  <!-- /api:<tag> -->
// from custom-elements.json, the one source of the API. Run after `npm run build`.
//
//   node scripts/readme-api.mjs          rewrite the tables
//   node scripts/readme-api.mjs --check  fail (exit 1) when README.md is not what the manifest says
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const readmePath = join(root, 'README.md');
const manifestPath = join(root, 'custom-elements.json');

/** One table cell: one line, pipes escaped (also inside code spans, as GitHub tables need). */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${text}\`` : '');

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`), ''];
}

/** The elements of the manifest, by tag name. */
export function elements(manifest) {
  const found = new Map();
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.customElement && declaration.tagName) found.set(declaration.tagName, declaration);
    }
  }
  return found;
}

/** Custom properties every element reads (the shared theme): listed once, in Theming, not per element. */
function sharedProperties(all) {
  const lists = [...all.values()].map((d) => new Set((d.cssProperties ?? []).map((p) => p.name)));
  return new Set([...(lists[0] ?? [])].filter((name) => lists.every((list) => list.has(name))));
}

/** The Markdown for one element's API, from its manifest declaration. */
export function apiSection(declaration, shared = new Set()) {
  const attributes = declaration.attributes ?? [];
  const withAttribute = new Set(attributes.map((a) => a.fieldName));
  const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && !m.static && !withAttribute.has(m.name));
  const methods = (declaration.members ?? []).filter((m) => m.kind === 'method' && !m.static);
  const signature = (m) => `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`;
  const ownProperties = (declaration.cssProperties ?? []).filter((p) => !shared.has(p.name));
  return [
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      attributes.map((a) => [code(a.name), code(a.fieldName), code(a.type?.text), a.default ? code(a.default) : '', a.description]),
    ),
    ...table(
      ['property', 'type', 'description'],
      fields.map((f) => [code(f.name), code(`${f.readonly ? 'readonly ' : ''}${f.type?.text ?? ''}`), f.description]),
    ),
    ...table(['method', 'returns', 'description'], methods.map((m) => [code(signature(m)), code(m.return?.type?.text), m.description])),
    ...table(['event', 'class', 'description'], (declaration.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])),
    ...table(['slot', 'description'], (declaration.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])),
    ...table(['part', 'description'], (declaration.cssParts ?? []).map((p) => [code(p.name), p.description])),
    ...table(
      ['custom property', 'default', 'description'],
      ownProperties.map((p) => [code(p.name), p.default ? code(p.default) : '', p.description]),
    ),
  ]
    .join('\n')
    .trimEnd();
}

/** README.md with every marked section replaced by what the manifest says. */
export function render(readme, manifest) {
  const all = elements(manifest);
  const shared = sharedProperties(all);
  const seen = new Set();
  const out = readme.replace(/(<!-- api:([a-z0-9-]+) -->)[\s\S]*?(<!-- \/api:\2 -->)/g, (_, open, tag, close) => {
    const declaration = all.get(tag);
    if (!declaration) throw new Error(`README.md has an API section for <${tag}>, which custom-elements.json does not describe.`);
    seen.add(tag);
    const note = '<!-- Generated from custom-elements.json by scripts/readme-api.mjs: edit the JSDoc, then run npm run build && node scripts/readme-api.mjs -->';
    return `${open}\n${note}\n\n${apiSection(declaration, shared)}\n\n${close}`;
  });
  const missing = [...all.keys()].filter((tag) => !seen.has(tag));
  if (missing.length) throw new Error(`README.md has no API section for ${missing.map((t) => `<${t}>`).join(', ')} (add <!-- api:TAG --> and <!-- /api:TAG -->).`);
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync(readmePath, 'utf8');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const next = render(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md API tables are stale: run `npm run build && node scripts/readme-api.mjs` and commit README.md.');
      process.exit(1);
    }
    console.log('README.md API tables match custom-elements.json.');
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md API tables updated from custom-elements.json.');
  }
}
