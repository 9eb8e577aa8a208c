// Dev-server middleware for the robustness pages (registered in web-test-runner.config.mjs):
// - tests/fixtures/csp-*.html get a real Content-Security-Policy response header;
// - /dist/cdn/* is served byte for byte, as a CDN would (the dev server's own transforms would break
//   Subresource Integrity and add imports a strict policy blocks);
// - /robustness/second-version/<file> serves a dist/cdn bundle whose VERSION string is replaced,
//   standing in for a second, different release of the package on the same page;
// - /robustness/tampered/<file> serves the CDN module with a locale file changed after its SRI hash was
//   taken (a compromised CDN);
// - /snippet-pages/* serves the demo pages made of snippets (dist/snippets/pages) under the strict policy
//   of dist/snippets/csp.json (`?policy=no-hashes`: the same without the style hashes), with `?script=off`
//   served as they are and otherwise with the recorder first in the head; the browser posts every
//   violation to /snippet-pages/csp-report, and GET /snippet-pages/csp-reports hands them over once.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const STRICT = "script-src 'self'; style-src 'self'";
/** The one Trusted Types policy the CDN bundles create, for lit's template HTML: `mbc-elements`. */
export const TRUSTED_TYPES = `${STRICT}; require-trusted-types-for 'script'; trusted-types mbc-elements`;
/** A host page with its own lit (policy `lit-html`) that allows ours beside it, without 'allow-duplicates'. */
export const TRUSTED_TYPES_WITH_HOST_LIT = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html mbc-elements`;
/** A host page that allows only its own lit's policy: ours cannot be created. */
export const TRUSTED_TYPES_HOST_ONLY = `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`;
const POLICIES = {
  '/tests/fixtures/csp-strict.html': STRICT,
  '/tests/fixtures/csp-strict-classic.html': STRICT,
  '/tests/fixtures/csp-trusted-types.html': TRUSTED_TYPES,
  '/tests/fixtures/csp-tt-host-lit.html': TRUSTED_TYPES_WITH_HOST_LIT,
  '/tests/fixtures/csp-tt-host-lit-classic.html': TRUSTED_TYPES_WITH_HOST_LIT,
  '/tests/fixtures/csp-tt-both-bundles.html': TRUSTED_TYPES_WITH_HOST_LIT,
  '/tests/fixtures/csp-tt-no-policy.html': TRUSTED_TYPES_HOST_ONLY,
  '/tests/fixtures/csp-tt-no-policy-classic.html': TRUSTED_TYPES_HOST_ONLY,
};
export const SECOND_VERSION = '9.9.9-second';

const snippetPages = resolve(root, 'dist/snippets/pages');
const cspReports = [];

/** The strict policy of the snippet pages; `hashes: false` leaves the style hashes out (nothing inline may style). */
function snippetPolicy(hashes) {
  const { policy } = JSON.parse(readFileSync(resolve(root, 'dist/snippets/csp.json'), 'utf8'));
  const chosen = hashes ? policy : policy.replace(/ 'sha256-[^']+'/g, '');
  return `${chosen}; report-uri /snippet-pages/csp-report`;
}

/** Answers a /snippet-pages/ request; false if there is no such file. */
async function snippetPage(ctx) {
  ctx.set('Cache-Control', 'no-store');
  if (ctx.path === '/snippet-pages/csp-report') {
    let body = '';
    for await (const chunk of ctx.req) body += chunk;
    cspReports.push(body);
    ctx.status = 204;
    return true;
  }
  if (ctx.path === '/snippet-pages/csp-reports') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(cspReports.splice(0));
    return true;
  }
  const file = resolve(snippetPages, `.${ctx.path.slice('/snippet-pages'.length)}`);
  if (!file.startsWith(snippetPages) || !existsSync(file)) return false;
  if (!file.endsWith('.html')) {
    ctx.type = 'text/css';
    ctx.body = readFileSync(file);
    return true;
  }
  let html = readFileSync(file, 'utf8');
  if (ctx.query.script !== 'off') html = html.replace('<head>', '<head><script src="/tests/fixtures/robustness-recorder.js"></script>');
  ctx.type = 'text/html';
  ctx.set('Content-Security-Policy', snippetPolicy(ctx.query.policy !== 'no-hashes'));
  ctx.body = html;
  return true;
}

export async function robustnessMiddleware(ctx, next) {
  if (ctx.path.startsWith('/snippet-pages/') && (await snippetPage(ctx))) return;
  const second = ctx.path.match(/^\/robustness\/second-version\/(mbc-elements(?:\.iife)?\.js)$/);
  if (second) {
    const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
    const code = readFileSync(resolve(root, 'dist/cdn', second[1]), 'utf8');
    ctx.type = 'text/javascript';
    ctx.body = code.split(`"${version}"`).join(`"${SECOND_VERSION}"`);
    return;
  }
  const tampered = ctx.path.match(/^\/robustness\/tampered\/((?:locales\/)?[\w.-]+\.js)$/);
  if (tampered && existsSync(resolve(root, 'dist/cdn', tampered[1]))) {
    ctx.type = 'text/javascript';
    const code = readFileSync(resolve(root, 'dist/cdn', tampered[1]), 'utf8');
    ctx.body = tampered[1].startsWith('locales/') ? `${code}\nconsole.log('changed');\n` : code;
    return;
  }
  // /cdn/ too: the path the demo pages (and so the snippet pages) load the bundle from.
  const cdn = ctx.path.match(/^\/(?:dist\/)?cdn\/((?:locales\/)?[\w.-]+\.(?:js|json))$/);
  if (cdn && existsSync(resolve(root, 'dist/cdn', cdn[1]))) {
    ctx.type = cdn[1].endsWith('.json') ? 'application/json' : 'text/javascript';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = readFileSync(resolve(root, 'dist/cdn', cdn[1]));
    return;
  }
  await next();
  const policy = POLICIES[ctx.path];
  if (policy) ctx.set('Content-Security-Policy', policy);
}
