// Writes dist/: this page with the classic script from the installed package and its SRI hash, as a
// CMS editor would paste them.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const cdn = join(dirname(createRequire(import.meta.url).resolve('mbc-elements/cdn/integrity.json')));
const integrity = JSON.parse(readFileSync(join(cdn, 'integrity.json'), 'utf8'))['mbc-elements.iife.js'];

mkdirSync('dist', { recursive: true });
copyFileSync(join(cdn, 'mbc-elements.iife.js'), 'dist/mbc-elements.iife.js');
writeFileSync('dist/index.html', readFileSync('index.html', 'utf8').replace('%MBC_INTEGRITY%', integrity));
