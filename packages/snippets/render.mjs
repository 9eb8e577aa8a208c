// Server-renders mbc-elements to pasteable HTML: the element with its attributes, its declarative
// shadow root (styles inline, as lit renders them), and plain light-DOM fallback text made from the
// same render, so the fallback says what the element says.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
// The one place a tag name is not literal: the element to render is the caller's choice (checked below).
// eslint-disable-next-line no-restricted-imports
import { html, unsafeStatic } from 'lit/static-html.js';

const TAG = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;
const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;
const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The attributes as HTML: names checked, values escaped; `true` or '' writes a bare boolean attribute. */
export function attributeText(attributes) {
  return Object.entries(attributes)
    .map(([name, value]) => {
      if (!ATTRIBUTE.test(name)) throw new TypeError(`Not an attribute name: ${JSON.stringify(name)}`);
      return value === true || value === '' ? name : `${name}="${escapeAttribute(value)}"`;
    })
    .join(' ');
}

/** Renders one element (already defined) with its declarative shadow root, without lit's outer part markers. */
export function renderElement(tag, attributes = {}) {
  if (!TAG.test(tag)) throw new TypeError(`Not a custom element name: ${JSON.stringify(tag)}`);
  const open = [tag, attributeText(attributes)].filter(Boolean).join(' ');
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const markup = collectResultSync(render(html`<${unsafeStatic(open)}></${unsafeStatic(tag)}>`));
  // The template's own part markers belong to a page template; a pasted element stands alone.
  return markup
    .replace(/^<!--lit-part [^>]*-->/, '')
    .replace(/<!--\/lit-part-->$/, '')
    .replace(/^<([a-z0-9-]+)\s+/, '<$1 ')
    // Comments and indentation inside the inline styles are for the source, not the page.
    .replace(/<style>([^]*?)<\/style>/g, (_, css) => `<style>${css.replace(/\/\*[^]*?\*\//g, '').replace(/\s*\n\s*/g, '\n').trim()}</style>`);
}

/** Tags the fallback keeps (with only the attributes below); `summary` becomes a paragraph. */
const KEEP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'time']);
const AS_PARAGRAPH = new Set(['summary']);
const KEEP_ATTRIBUTES = { a: ['href'], time: ['datetime'] };
const SHARED_ATTRIBUTES = ['lang', 'dir'];

/**
 * Plain HTML that says what a rendered element says: headings, paragraphs, lists and links, no
 * styles, ids, controls or hidden copies. Its input is the output of `renderElement` (markup lit
 * wrote, attribute values escaped), not arbitrary HTML.
 */
export function fallbackFrom(markup) {
  const body = markup
    .replace(/<style[^>]*>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->|<\?>/g, '')
    // Controls are not content: choice lists, forms and buttons go (a button that is a heading's text stays).
    .replace(/<fieldset[^>]*>(?:(?!<\/fieldset>)[^])*?type="radio"[^]*?<\/fieldset>/g, '')
    .replace(/<form[^>]*>[^]*?<\/form>/g, '')
    .replace(/(?<!<h[1-6][^>]*>\s*)<button[^>]*>[^]*?<\/button>/g, '');
  const out = body.replace(/<(\/?)([a-zA-Z][\w-]*)([^>]*)>/g, (_, close, name, rest) => {
    const tag = name.toLowerCase();
    const as = AS_PARAGRAPH.has(tag) ? 'p' : KEEP.has(tag) ? tag : null;
    if (!as) return '';
    if (close) return `</${as}>`;
    const allowed = [...SHARED_ATTRIBUTES, ...(AS_PARAGRAPH.has(tag) ? [] : (KEEP_ATTRIBUTES[tag] ?? []))];
    const kept = [...rest.matchAll(/([a-z-]+)="([^"]*)"/g)].filter(([, attr]) => allowed.includes(attr)).map(([all]) => ` ${all}`);
    return `<${as}${kept.join('')}>`;
  });
  return out
    .replace(/<(p|li|strong|em|h[1-6])>\s*<\/\1>/g, '')
    .replace(/[ \t]*\n\s*/g, '\n')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * One snippet: the rendered element with its fallback text inside it (after the shadow root, so
 * it shows only where the shadow root cannot: a CMS that strips templates, a browser without
 * declarative shadow DOM) and the render inputs on `data-mbc-render`. `inputs` may be a function of
 * the attributes the element is rendered with, so the record lists exactly those.
 */
export function snippet(tag, attributes, inputs) {
  const record = typeof inputs === 'function' ? inputs(attributes) : inputs;
  const withInputs = { ...attributes, 'data-mbc-render': JSON.stringify(record) };
  const markup = renderElement(tag, withInputs);
  const end = markup.lastIndexOf(`</${tag}>`);
  return `${markup.slice(0, end)}${fallbackFrom(markup)}${markup.slice(end)}\n`;
}
