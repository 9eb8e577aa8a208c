// Turns a page that uses the elements as tags into the same page made of snippets: each element is
// replaced by its snippet for the same attributes and language, and keeps the children the partner
// gave to a named slot (their own words, links). Its default-slot children, the hand-written
// fallback, give way to the snippet's own.
const ELEMENTS = ['treatment-card', 'safety-banner', 'receptor-explainer', 'treatment-options', 'doctor-questions'];
const ELEMENT = new RegExp(`<(${ELEMENTS.join('|')})((?:\\s[^>]*)?)>([^]*?)</\\1>`, 'g');
const ATTRIBUTES = /([a-z][a-z0-9-]*)(?:="([^"]*)")?/g;
/** A top-level child element given to a named slot (the pages this runs on do not nest those). */
const SLOTTED = /<([a-z][a-z0-9]*)\b[^>]*\sslot="[^"]+"[^>]*>[^]*?<\/\1>/g;
const decode = (value) => value.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** `html` with every element replaced by `render(element, attributes, lang)`, slotted children kept. */
export function snippetPage(html, render) {
  const lang = html.match(/<html[^>]*\slang="([^"]+)"/)?.[1] ?? 'en';
  return html.replace(ELEMENT, (_, tag, attributeText, children) => {
    const attributes = {};
    for (const [, name, value] of attributeText.matchAll(ATTRIBUTES)) attributes[name] = value === undefined ? true : decode(value);
    const snippet = render(tag, attributes, lang).trimEnd();
    const slotted = children.match(SLOTTED) ?? [];
    if (!slotted.length) return snippet;
    // After the element's own shadow root (the last template before its closing tag: a nested
    // element's template closes earlier), before its fallback.
    const end = snippet.lastIndexOf('</template>', snippet.lastIndexOf(`</${tag}>`)) + '</template>'.length;
    return `${snippet.slice(0, end)}${slotted.join('')}${snippet.slice(end)}`;
  });
}
