#!/usr/bin/env node
// Writes dist/cdn/integrity.json: a Subresource Integrity hash (sha384, base64) for every CDN file,
// so partners can pin the exact bytes they reviewed:
//   <script type="module" src=".../mbc-elements.js" integrity="sha384-…" crossorigin="anonymous"></script>
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(import.meta.dirname, '..', 'dist/cdn');
const hashes = {};
for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
  hashes[file] = `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`;
}
writeFileSync(join(dir, 'integrity.json'), `${JSON.stringify(hashes, null, 2)}\n`);
