/**
 * The Trusted Types policy of the CDN bundles, under the package's own name: `mbc-elements`.
 *
 * lit-html creates a policy named `lit-html` when its module is evaluated, for the HTML of its own
 * templates. On a page that enforces Trusted Types and already runs its own lit, that name is taken, and
 * without `'allow-duplicates'` creating it again throws: the whole bundle stopped at load. So the CDN
 * build (scripts/rollup-trusted-types.mjs) replaces lit-html's `createPolicy('lit-html', …)` with a call
 * to `htmlPolicy(trustedTypes)` below. The npm build (lit external) is not rewritten: there the page's
 * own lit, and its `lit-html` policy, render the elements.
 *
 * The policy is created once per page and kept on the page state, so every file the package ships
 * (module, classic script, two copies, two versions) uses the one policy and a page needs to allow only
 * one name. When the page's policy refuses the name, nothing is thrown: one console error gives the CSP
 * line to add, lit gets no policy, and where Trusted Types are enforced its template HTML is then blocked,
 * which the render guard (render-guard.ts) turns into the element's light-DOM fallback.
 */
import { pageState } from './page-state.js';

export const POLICY_NAME = 'mbc-elements';

/** The part of a Trusted Types policy lit-html calls. */
export interface HtmlPolicy {
  createHTML(html: string): unknown;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(html: string): string }): HtmlPolicy;
}

/**
 * The page's `mbc-elements` policy, created on first call; `undefined` where the page's
 * Content-Security-Policy refuses it (reported once per page with a console error).
 */
export function htmlPolicy(factory: PolicyFactory): HtmlPolicy | undefined {
  const state = pageState();
  if (state.trustedTypes) return state.trustedTypes.policy ?? undefined;
  let policy: HtmlPolicy | null = null;
  try {
    // The template HTML is the package's own constant markup, parsed before any value is bound
    // (the reason lit-html's own policy is an identity function too).
    policy = factory.createPolicy(POLICY_NAME, { createHTML: (html) => html });
  } catch (error) {
    console.error(
      `[mbc-elements] The page's Content-Security-Policy refused the Trusted Types policy "${POLICY_NAME}": where it ` +
        `requires Trusted Types, the elements show their fallback text. Add the name to its trusted-types directive, ` +
        `after the names already there: trusted-types ${POLICY_NAME} (${String(error)})`,
    );
  }
  state.trustedTypes = { policy };
  return policy ?? undefined;
}
