// The CDN build's Trusted Types rewrite (scripts/rollup-trusted-types.mjs): it finds lit-html's policy
// creation in the installed lit, fails loudly when lit changes that code, and the built bundles create
// no policy named 'lit-html'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteLitHtml, trustedTypesPolicy, POLICY_NAME } from '../scripts/rollup-trusted-types.mjs';

// The package folder of the lit-html that resolves from here (its exports do not include package.json).
const litHtmlEntry = fileURLToPath(import.meta.resolve('lit-html'));
const litHtmlDir = litHtmlEntry.slice(0, litHtmlEntry.lastIndexOf('/lit-html/') + '/lit-html'.length);
const BUILDS = ['lit-html.js', 'development/lit-html.js', 'node/lit-html.js', 'node/development/lit-html.js'];

test('the installed lit-html contains the policy creation the CDN build rewrites, in every build', () => {
  for (const build of BUILDS) {
    const code = readFileSync(join(litHtmlDir, build), 'utf8');
    const out = rewriteLitHtml(code, build);
    assert.doesNotMatch(out, /createPolicy/, `${build}: no policy creation left`);
    assert.match(out, /__mbcHtmlPolicy\(/, `${build}: the package's own policy is asked for`);
    assert.match(out, /^import \{ htmlPolicy as __mbcHtmlPolicy \} from ".*trusted-types\.js";/, `${build}: the helper is imported`);
  }
});

test('a lit-html whose policy creation changed fails the build, saying why', () => {
  const code = readFileSync(join(litHtmlDir, 'lit-html.js'), 'utf8');
  const changed = [
    ['a renamed policy', code.replace('createPolicy("lit-html"', 'createPolicy("lit-html-4"')],
    ['a different createHTML', code.replace(/createPolicy\("lit-html",\{createHTML:([\w$]+)=>\1\}/, 'createPolicy("lit-html",{createHTML:$1=>String($1)}')],
    ['the call removed', code.replace(/createPolicy\("lit-html"/, 'makePolicy("lit-html"')],
    ['the call twice', `${code}\n${code.match(/[\w$]+\?[\w$]+\.createPolicy\("lit-html",\{createHTML:([\w$]+)=>\1\}\):void 0/)?.[0]};`],
  ];
  for (const [what, source] of changed) {
    assert.notEqual(source, code, `${what}: the test altered the source`);
    assert.throws(() => rewriteLitHtml(source, 'lit-html.js'), /lit-html changed how it creates its 'lit-html' policy|policy creation is left/, what);
  }
});

test('the rollup plugin stops the build on an unexpected lit-html, another policy, or a lit-html policy in the output', () => {
  const plugin = trustedTypesPolicy();
  const context = { error: (message: string) => { throw new Error(message); } };
  const litHtml = '/pkg/node_modules/lit-html/lit-html.js';
  assert.throws(() => plugin.transform.call(context, 'const p = undefined;', litHtml), /lit-html changed/);
  assert.throws(() => plugin.transform.call(context, 'trustedTypes.createPolicy("x", {})', '/pkg/node_modules/other/index.js'), /creates a Trusted Types policy/);
  assert.equal(plugin.transform.call(context, 'export const a = 1;', '/pkg/dist/index.js'), null);
  assert.throws(() => plugin.renderChunk.call(context, 't.createPolicy("lit-html",{})', { fileName: 'x.js' }), /lit-html's own Trusted Types policy/);
});

test("the built CDN bundles create only the package's own policy", () => {
  for (const file of ['dist/cdn/mbc-elements.js', 'dist/cdn/mbc-elements.iife.js']) {
    assert.ok(existsSync(file), `${file} is missing: run \`npm run build\` first`);
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /createPolicy\(\s*["'`]lit-html/, `${file} creates a 'lit-html' policy`);
    assert.equal(code.match(/\.createPolicy\(/g)?.length, 1, `${file}: exactly one policy creation`);
    assert.ok(code.includes(`"${POLICY_NAME}"`), `${file}: names the '${POLICY_NAME}' policy`);
  }
});
