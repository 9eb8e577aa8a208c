// Text transforms that turn one page into its comparison copies. Plain string work on HTML the build wrote
// (no parser needed: templates and scripts there are never inside comments or attribute values).

/** The page without its scripts: what a reader gets when the script is blocked, and what it costs. */
export function withoutScripts(html) {
  return html.replace(/[^\S\n]*<script\b[^>]*>[\s\S]*?<\/script>[^\S\n]*\n?/gi, '');
}

/**
 * The page with every declarative shadow root removed, as a CMS that strips `<template>` leaves it: each
 * element keeps its attributes and light-DOM fallback text. Templates nested in a removed one go with it;
 * a template that is not a shadow root stays.
 */
export function withoutShadowTemplates(html) {
  const tag = /<template\b[^>]*>|<\/template\s*>/gi;
  let out = '';
  let kept = 0; // end of the text copied so far
  let depth = 0; // > 0 while inside a removed shadow-root template
  for (const match of html.matchAll(tag)) {
    const closing = match[0][1] === '/';
    if (depth > 0) {
      depth += closing ? -1 : 1;
      if (depth === 0) kept = match.index + match[0].length;
    } else if (!closing && /\sshadowrootmode\s*=/i.test(match[0])) {
      out += html.slice(kept, match.index);
      depth = 1;
    }
  }
  if (depth > 0) throw new Error('withoutShadowTemplates: a shadow-root template is not closed');
  return out + html.slice(kept);
}
