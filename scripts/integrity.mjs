#!/usr/bin/env node
// Writes dist/cdn/integrity.json: a Subresource Integrity hash (sha384, base64) for every CDN file,
// so partners can pin the exact bytes they reviewed:
//   <script type="module" src=".../mbc-elements.js" integrity="sha384-…" crossorigin="anonymous"></script>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '..', 'dist/cdn');
const hashes = {};
// Locale files (locales/es.js) are keyed by their path under dist/cdn.
const files = readdirSync(dir, { recursive: true }).map((name) => name.split('\\').join('/'));
for (const file of files.filter((name) => name.endsWith('.js')).sort()) {
  hashes[file] = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
}
writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
