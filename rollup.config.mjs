// The CDN bundles: one self-registering ES module and its classic-script twin, lit inside, and each
// locale file the same two ways (dist/cdn/locales/es.js, es.iife.js), without lit, and so the partner
// language file (locales/register.js, register.iife.js).
// Input is the compiled `dist/` from `tsc`, so TypeScript is compiled exactly once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { trustedTypesPolicy } from './scripts/rollup-trusted-types.mjs';

const plugins = [
  // lit-html's Trusted Types policy becomes the package's own ('mbc-elements'), created without throwing:
  // a host page's lit may hold the name 'lit-html' already. Fails the build if lit changes that code.
  trustedTypesPolicy(),
  nodeResolve(),
  // Whitespace inside css`` templates is much of a component's size. html`` templates stay exactly as
  // tsc wrote them: lit identifies a template by a hash of its strings, and a prerendered snippet
  // (rendered on a server from dist/) hydrates only where the page's templates are the same.
  minifyHTML({ failOnError: true, options: { shouldMinify: () => false } }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

/** The languages shipped as files of their own: English pages never download them. */
const LOCALES = ['es'];

/** Virtual entry modules, by id. */
const entries = (modules) => ({
  name: 'virtual-entries',
  resolveId: (id) => (id in modules ? id : null),
  load: (id) => (id in modules ? modules[id]() : null),
});

/**
 * The main bundles tell the page where their locale files are (beside them, with their SRI hash), for
 * the automatic load when an element first needs one. The locale files are built first (rollup builds
 * this list in order), so their hashes are known here.
 */
const locateLocales = (ext, module) => {
  const files = Object.fromEntries(
    LOCALES.map((tag) => {
      const path = `locales/${tag}${ext}`;
      const integrity = `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${path}`)).digest('base64')}`;
      return [tag, { path, integrity }];
    }),
  );
  return `import { locateLocaleFiles } from './dist/internal/locale-loader.js';
locateLocaleFiles(import.meta.url, ${JSON.stringify(files)}, ${module});`;
};

/**
 * The partner language file checks packs against the English of the main bundle on the page (page
 * state), so, unlike the npm `locales/register.js`, it records none of its own.
 */
const register = `import { registerLocale } from './dist/content/pack.js';
import { pageState } from './dist/internal/page-state.js';
pageState().registerLocale ??= registerLocale;`;

const virtual = entries({
  // The module exports the API; the classic script exposes no global of its own (window.__mbcElements has it).
  'cdn-module': () => `export * from './dist/all.js';\n${locateLocales('.js', true)}`,
  'cdn-classic': () => `import './dist/all.js';\n${locateLocales('.iife.js', false)}`,
  'cdn-register-module': () => `${register}\nexport { registerLocale };`,
  'cdn-register-classic': () => register,
});

export default [
  ...LOCALES.flatMap((tag) => [
    { input: `dist/locales/${tag}.js`, output: { file: `dist/cdn/locales/${tag}.js`, format: 'es' }, plugins },
    { input: `dist/locales/${tag}.js`, output: { file: `dist/cdn/locales/${tag}.iife.js`, format: 'iife' }, plugins },
  ]),
  { input: 'cdn-register-module', output: { file: 'dist/cdn/locales/register.js', format: 'es' }, plugins: [virtual, ...plugins] },
  { input: 'cdn-register-classic', output: { file: 'dist/cdn/locales/register.iife.js', format: 'iife' }, plugins: [virtual, ...plugins] },
  {
    input: 'cdn-module',
    output: { file: 'dist/cdn/mbc-elements.js', format: 'es' },
    plugins: [virtual, ...plugins],
  },
  {
    input: 'cdn-classic',
    output: { file: 'dist/cdn/mbc-elements.iife.js', format: 'iife' },
    plugins: [virtual, ...plugins],
  },
];
