#!/usr/bin/env node
// Writes dist/snippets/<locale>/<element>/<configuration>.html for every documented configuration
// (packages/snippets/configs.mjs) in every shipped locale, dist/snippets/index.json listing them with
// the render inputs, dist/snippets/csp.json with the style hashes a strict CSP lists for them, and
// dist/snippets/pages/: the demo pages (English and Spanish) made only of snippets. Runs after the
// TypeScript build (it renders dist/).
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configurations, loadElements } from '../packages/snippets/configs.mjs';
import { cspFor } from '../packages/snippets/csp.mjs';
import { snippetPage } from '../packages/snippets/page.mjs';

const out = 'dist/snippets';
rmSync(out, { recursive: true, force: true });
const elements = await loadElements('dist');
const index = [];
const written = [];
for (const locale of elements.locales) {
  for (const { element, name, attributes } of configurations(elements.products)) {
    const file = join(locale, element, `${name}.html`);
    mkdirSync(join(out, locale, element), { recursive: true });
    const html = elements.render(element, attributes, locale);
    writeFileSync(join(out, file), html);
    written.push(html);
    index.push({ file, element, locale, attributes, inputs: JSON.parse(html.match(/data-mbc-render="([^"]*)"/)[1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')) });
  }
}
writeFileSync(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
// The style hashes a strict Content-Security-Policy lists for these snippets (packages/snippets/csp.mjs).
writeFileSync(join(out, 'csp.json'), `${JSON.stringify(cspFor(written, elements), null, 2)}\n`);
// Served at /snippets/ by scripts/serve-demo.mjs, beside the demo it is made from (same links, same site.css).
for (const page of ['index.html', 'es/index.html']) {
  mkdirSync(join(out, 'pages', page, '..'), { recursive: true });
  writeFileSync(join(out, 'pages', page), snippetPage(readFileSync(join('demo', page), 'utf8'), elements.render));
}
copyFileSync('demo/site.css', join(out, 'pages', 'site.css'));
console.log(`snippets: ${index.length} written to ${out}/`);
