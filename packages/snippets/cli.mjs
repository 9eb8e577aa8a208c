#!/usr/bin/env node
// Prints one snippet: mbc-snippet <element> [name=value ...] [lang=en|es] [--dist <folder>] [--review <file.json>]
//   mbc-snippet treatment-card treatment=hormonal lang=es
// A bare name (collapsible) is a boolean attribute. The elements come from the mbc-elements the
// current folder installs, or from --dist (a built dist/ folder). Each --review file holds what the
// page passes to registerReview(): the snippet then shows and records that review, so it hydrates on
// the page that registers it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadElements } from './configs.mjs';

const ELEMENTS = ['treatment-card', 'safety-banner', 'receptor-explainer', 'treatment-options', 'doctor-questions'];

function findDist(given) {
  if (given) return resolve(given);
  try {
    return join(dirname(createRequire(join(process.cwd(), 'index.js')).resolve('mbc-elements/package.json')), 'dist');
  } catch {
    // Inside the mbc-elements repository itself.
    return fileURLToPath(new URL('../../dist/', import.meta.url));
  }
}

/** Reads the command line; returns an error message or what to render. */
function parse(args) {
  const [element, ...rest] = args;
  if (!ELEMENTS.includes(element)) return { error: `Usage: mbc-snippet <element> [name=value ...] [lang=…]. Elements: ${ELEMENTS.join(', ')}.` };
  let dist;
  let lang = 'en';
  const reviews = [];
  const attributes = {};
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i];
    if (arg === '--dist') dist = rest[(i += 1)];
    else if (arg === '--review') reviews.push(rest[(i += 1)]);
    else {
      const [name, ...value] = arg.split('=');
      if (name === 'lang') lang = value.join('=');
      else attributes[name] = value.length ? value.join('=') : true;
    }
  }
  return { element, attributes, lang, dist, reviews };
}

const request = parse(process.argv.slice(2));
if (request.error) {
  console.error(request.error);
  process.exit(2);
}
const dist = findDist(request.dist);
if (!existsSync(join(dist, 'all.js'))) {
  console.error(`No built mbc-elements in ${dist}: install mbc-elements, or pass --dist <its dist folder>.`);
  process.exit(2);
}
const elements = await loadElements(dist);
if (!elements.locales.includes(request.lang)) {
  console.error(`lang=${request.lang} has no snippets; shipped languages: ${elements.locales.join(', ')}.`);
  process.exit(2);
}
try {
  if (request.reviews.length) {
    const { registerReview } = await import(pathToFileURL(join(dist, 'index.js')).href);
    for (const file of request.reviews) registerReview(JSON.parse(readFileSync(String(file), 'utf8')));
  }
  process.stdout.write(elements.render(request.element, request.attributes, request.lang));
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(2);
}
