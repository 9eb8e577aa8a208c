// The Content-Security-Policy a page of snippets needs. Each declarative shadow root carries its
// element's styles in an inline <style> (a linked stylesheet would show the element unstyled while
// it loads in Firefox and WebKit), so `style-src` allows them by hash: one hash per element, the same
// for every configuration and locale, new when a release changes that element's styles.
import { createHash } from 'node:crypto';

/** A host element's tag and the inline style that opens its declarative shadow root. */
const SHADOW_STYLE = /<([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\b[^>]*><template shadowroot="open" shadowrootmode="open"><style>([^]*?)<\/style>/g;

/** The CSP source that allows one inline style: its text as the browser reads it, hashed. */
const styleSource = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

/**
 * The style hashes of the given snippets by element (nested elements too), and the whole policy of a
 * page that serves the bundle and its stylesheets from its own origin. Throws if the snippets hold an
 * inline style no element opens its shadow root with (its hash would be missing) or two different
 * styles for one element.
 */
export function cspFor(snippets, { version, trustedTypes }) {
  const byElement = {};
  for (const markup of snippets) {
    const found = [...markup.matchAll(SHADOW_STYLE)];
    if (found.length !== markup.split('<style>').length - 1) throw new Error('A snippet has an inline style outside a shadow root opening: it would have no hash.');
    for (const [, tag, css] of found) {
      const source = styleSource(css);
      if (byElement[tag] && byElement[tag] !== source) throw new Error(`<${tag}> is rendered with two different styles.`);
      byElement[tag] = source;
    }
  }
  const styles = Object.values(byElement).sort();
  return {
    version,
    'style-src': byElement,
    policy: `default-src 'self'; style-src 'self' ${styles.join(' ')}; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`,
  };
}
