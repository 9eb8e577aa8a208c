// Rollup plugin for the CDN bundles (lit inside): lit-html's Trusted Types policy gets the package's own
// name and can no longer throw at load.
//
// lit-html evaluates `trustedTypes.createPolicy('lit-html', {createHTML: (s) => s})` when its module loads.
// On a page whose own lit already created `lit-html`, under a CSP without 'allow-duplicates', that throws
// and nothing of the bundle runs. This plugin rewrites exactly that call into `htmlPolicy(trustedTypes)`
// from dist/internal/trusted-types.js (policy `mbc-elements`, one per page, created without throwing).
//
// It fails the build, naming what it expected, when
//   - a lit-html module in the bundle does not contain the call exactly once, in the form below (a lit
//     upgrade that changes it must be looked at, not silently shipped with lit's own policy), or
//   - any output chunk still creates a policy named `lit-html`, or any module other than lit-html and the
//     package's own helper creates a Trusted Types policy.
// tests/trusted-types.node.test.ts runs this against the installed lit and against altered copies.
import { resolve } from 'node:path';

export const POLICY_NAME = 'mbc-elements';
const HELPER = resolve(import.meta.dirname, '../dist/internal/trusted-types.js');

/** lit-html's entry module, in any of its builds (production, development, node). */
const LIT_HTML_MODULE = /[\\/]node_modules[\\/]lit-html[\\/](?:node[\\/])?(?:development[\\/])?lit-html\.js$/;

/**
 * The call as lit-html 3 ships it. Production (minified): `s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0`.
 * Development: `trustedTypes\n    ? trustedTypes.createPolicy('lit-html', {\n        createHTML: (s) => s,\n    })\n    : undefined`.
 * The identifiers may change between builds; the shape may not.
 */
const CREATE_POLICY = new RegExp(
  [
    String.raw`(?<tt>[A-Za-z_$][\w$]*)\s*\?\s*\k<tt>\.createPolicy\(\s*(?<q>["'])lit-html\k<q>\s*,\s*\{\s*`,
    String.raw`createHTML\s*:\s*\(?\s*(?<p>[A-Za-z_$][\w$]*)\s*\)?\s*=>\s*\k<p>\s*,?\s*\}\s*\)\s*:\s*(?:void 0|undefined)`,
  ].join(''),
  'g',
);
/** Any policy creation left in a module or chunk. */
const ANY_CREATE_POLICY = /\.createPolicy\s*\(/;
const LIT_HTML_POLICY = /\.createPolicy\s*\(\s*(["'`])lit-html\1/;

/** Rewrites lit-html's module source; throws with the reason when the expected call is not there once. */
export function rewriteLitHtml(code, id = 'lit-html') {
  const matches = [...code.matchAll(CREATE_POLICY)];
  if (matches.length !== 1) {
    throw new Error(
      `${id}: expected lit-html's Trusted Types policy creation exactly once, found it ${matches.length} times. ` +
        "lit-html changed how it creates its 'lit-html' policy: update scripts/rollup-trusted-types.mjs so the CDN " +
        `bundles keep their own policy ('${POLICY_NAME}') and cannot throw at load.`,
    );
  }
  const [match] = matches;
  const { tt } = match.groups;
  const replaced = `${tt}?__mbcHtmlPolicy(${tt}):void 0`;
  const out = code.slice(0, match.index) + replaced + code.slice(match.index + match[0].length);
  if (ANY_CREATE_POLICY.test(out)) throw new Error(`${id}: a Trusted Types policy creation is left after the rewrite.`);
  return `import { htmlPolicy as __mbcHtmlPolicy } from ${JSON.stringify(HELPER)};\n${out}`;
}

export function trustedTypesPolicy() {
  return {
    name: 'mbc-trusted-types-policy',
    transform(code, id) {
      if (LIT_HTML_MODULE.test(id)) {
        try {
          return { code: rewriteLitHtml(code, id), map: null };
        } catch (error) {
          this.error(error.message);
        }
      }
      if (id !== HELPER && ANY_CREATE_POLICY.test(code)) {
        this.error(`${id} creates a Trusted Types policy: the CDN bundles create only '${POLICY_NAME}' (dist/internal/trusted-types.js).`);
      }
      return null;
    },
    renderChunk(code, chunk) {
      if (LIT_HTML_POLICY.test(code)) this.error(`${chunk.fileName} still creates lit-html's own Trusted Types policy.`);
      return null;
    },
  };
}
