// The CDN bundles: one self-registering ES module and its classic-script twin, lit inside.
// Input is the compiled `dist/all.js` from `tsc`, so TypeScript is compiled exactly once.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { trustedTypesPolicy } from './scripts/rollup-trusted-types.mjs';

const plugins = [
  // lit-html's Trusted Types policy becomes the package's own ('mbc-elements'), created without throwing:
  // a host page's lit may hold the name 'lit-html' already. Fails the build if lit changes that code.
  trustedTypesPolicy(),
  nodeResolve(),
  // Whitespace inside html`` and css`` templates is most of a component's size; the text nodes keep
  // their single spaces (tests compare the bundle's rendered text with the source's).
  minifyHTML({ failOnError: true }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

// The classic script exposes no global of its own: a virtual entry imports the registrations only.
const registerOnly = {
  name: 'register-only',
  resolveId: (id) => (id === 'register-only' ? id : null),
  load: (id) => (id === 'register-only' ? "import './dist/all.js';" : null),
};

export default [
  {
    input: 'dist/all.js',
    output: { file: 'dist/cdn/mbc-elements.js', format: 'es' },
    plugins,
  },
  {
    input: 'register-only',
    output: { file: 'dist/cdn/mbc-elements.iife.js', format: 'iife' },
    plugins: [registerOnly, ...plugins],
  },
];
