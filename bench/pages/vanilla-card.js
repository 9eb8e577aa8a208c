// A hand-written <treatment-card> without lit: the "vanilla custom element" baseline of the benchmark.
// It renders the same shadow DOM as the real element for the attributes the benchmark uses (treatment,
// heading-level, variant, href), from the same content catalog, with the same styles in one shared sheet.
// The harness bundles it with the CDN build's rollup plugins; `bench:card-css` is the real element's CSS text.
import cssText from 'bench:card-css';
import { catalogFor, formatDate } from '../../dist/content/index.js';

let sheet;
const h = (tag, props, ...children) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) if (value != null) el.setAttribute(name, value);
  el.append(...children.flat());
  return el;
};
const safeHref = (value) => {
  try {
    const { protocol } = new URL(value.trim(), 'https://relative.invalid/');
    return ['https:', 'http:', 'mailto:', 'tel:'].includes(protocol) ? value.trim() : undefined;
  } catch {
    return undefined;
  }
};

class VanillaTreatmentCard extends HTMLElement {
  static observedAttributes = ['treatment', 'heading-level', 'variant', 'href'];

  connectedCallback() {
    if (!this.shadowRoot) {
      sheet ??= new CSSStyleSheet();
      if (!sheet.cssRules.length) sheet.replaceSync(cssText);
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    }
    this.render();
  }

  attributeChangedCallback() {
    if (this.shadowRoot) this.render();
  }

  render() {
    const { locale, catalog } = catalogFor(document.documentElement.lang || 'en');
    const entry = catalog.treatments.entries[this.getAttribute('treatment')?.trim().toLowerCase()];
    if (!entry) {
      this.shadowRoot.replaceChildren(h('slot'));
      return;
    }
    const { ui } = catalog.treatments;
    const level = Number(this.getAttribute('heading-level')) || 3;
    const sub = Math.min(6, level + 1);
    const scope = catalog.treatments.scopes[entry.scope];
    const compact = this.getAttribute('variant') === 'compact';
    const hrefAttr = this.getAttribute('href');
    const href = hrefAttr == null ? undefined : safeHref(hrefAttr);
    const linkText = ui.learnMore(entry.name);
    const link = hrefAttr == null ? [] : h('p', { class: 'more' }, href ? h('a', { part: 'link', href }, linkText) : linkText);
    const meta = catalog.meta;
    const footer = h('footer', { part: 'footer', class: 'meta' },
      h('p', null, `${meta.updated} `, h('time', { datetime: entry.updated }, formatDate(entry.updated, catalog.meta)), `. ${meta.reviewPending}.`),
      h('p', null, `${meta.sources}:`),
      h('ul', { class: 'sources' }, entry.sources.map((s) => {
        const url = s.url && safeHref(s.url);
        const label = `${s.title}, ${s.publisher}`;
        return h('li', null, url ? h('a', { href: url }, label) : label);
      })),
    );
    const para = (text) => h('p', null, text);
    const body = compact
      ? [link, footer]
      : h('div', { id: 'details', part: 'details' },
          h(`h${sub}`, { part: 'subheading' }, ui.whatItIs), entry.whatItIs.map(para),
          h(`h${sub}`, { part: 'subheading' }, ui.howUsed), entry.howUsed.map(para),
          h('slot', { name: 'extra' }),
          h(`h${sub}`, { part: 'subheading' }, ui.questions),
          h('ul', { class: 'questions' }, entry.questions.map((text) => h('li', null, text))),
          link, h('slot', { name: 'actions' }), footer);
    this.shadowRoot.replaceChildren(
      h('article', { class: 'root card', part: 'card', lang: locale, 'data-scope': entry.scope },
        h(`h${level}`, { part: 'heading' }, entry.name),
        h('p', { class: 'scope', part: 'scope' }, h('strong', { part: 'badge' }, `${scope.label}.`), ` ${scope.meaning}`),
        h('p', { class: 'summary', part: 'summary' }, entry.summary),
        body),
    );
  }
}

customElements.define('treatment-card', VanillaTreatmentCard);
