#!/usr/bin/env node
// Writes dist/locales/template.json (after `tsc`): a complete language pack generated from the English
// content, in the JSON form registerLocale(tag, pack) takes. Partners' translators start from it.
//   npm run locale-template              writes dist/locales/template.json
//   npm run locale-template -- out.json  writes it elsewhere
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const load = (file) => import(pathToFileURL(resolve(root, 'dist', file)).href);
const { catalogFor } = await load('content/index.js');
const { packTemplate } = await load('content/pack-template.js');
const { packToCatalog } = await load('content/pack.js');
(await load('content/english.js')).recordEnglish();

const template = packTemplate(catalogFor('en').catalog);
packToCatalog('en-x-template', template); // throws if the template would not register
const out = resolve(process.argv[2] ?? resolve(root, 'dist/locales/template.json'));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(template, null, 2)}\n`);
