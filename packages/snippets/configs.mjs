// The documented configurations a snippet is made for, and loading the elements to render them.
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { snippet } from './render.mjs';

const TREATMENTS = ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'];
/** Collapsible cards are rendered open: without script there is nothing to open them with. */
const CARD_VARIANTS = { full: {}, compact: { variant: 'compact' }, collapsible: { collapsible: true, open: true } };
/** The receptor combinations the stories show. */
const RECEPTORS = {
  'hr-positive-her2-negative': { er: 'positive', pr: 'positive', her2: 'negative', menopause: 'post' },
  'hr-positive-her2-positive': { er: 'positive', pr: 'negative', her2: 'positive', menopause: 'pre' },
  'hr-negative-her2-positive': { er: 'negative', pr: 'negative', her2: 'positive', menopause: 'unknown' },
  'triple-negative': { er: 'negative', pr: 'negative', her2: 'negative', menopause: 'unknown' },
  'her2-low': { er: 'positive', pr: 'positive', her2: 'low', menopause: 'not-applicable' },
  'all-unknown': { er: 'unknown', pr: 'unknown', her2: 'unknown', menopause: 'unknown' },
};

/** Every documented configuration: `{ element, name, attributes }`; `products` are the built-in safety packs. */
export function configurations(products) {
  const list = [];
  const add = (element, name, attributes) => list.push({ element, name, attributes });
  for (const treatment of TREATMENTS) {
    for (const [variant, attributes] of Object.entries(CARD_VARIANTS)) add('treatment-card', `${treatment}-${variant}`, { treatment, ...attributes });
  }
  for (const [name, attributes] of Object.entries(RECEPTORS)) add('receptor-explainer', name, attributes);
  add('receptor-explainer', 'interactive', { interactive: true });
  add('receptor-explainer', 'interactive-hr-positive-her2-negative', { ...RECEPTORS['hr-positive-her2-negative'], interactive: true });
  add('safety-banner', 'disclaimer', {});
  for (const product of products) {
    add('safety-banner', `${product}-inline`, { product });
    add('safety-banner', `${product}-tray`, { product, mode: 'tray' });
  }
  add('treatment-options', 'all', {});
  add('treatment-options', 'collapsible', { collapsible: true });
  add('doctor-questions', 'all', {});
  return list;
}

/**
 * Loads the elements from a built mbc-elements (its `dist` folder) and returns a renderer for them.
 * Registers every element and every shipped locale, as a page that loads the bundle and its
 * locale files does.
 */
export async function loadElements(dist) {
  const load = (file) => import(pathToFileURL(join(dist, file)).href);
  const [{ catalogFor }, { renderInputs }] = await Promise.all([load('content/index.js'), load('internal/render-inputs.js')]);
  await load('all.js');
  await load('locales/es.js');
  const locales = ['en', 'es'];
  const products = Object.keys(catalogFor('en').catalog.safety.packs);

  /**
   * The inputs a render depends on, recorded on the snippet: computed by the function the elements
   * run in the page to decide whether to keep a snippet's nodes, so the two cannot drift apart.
   */
  const inputs = (element, attributes) => {
    const read = Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name, value === true ? '' : String(value)]));
    return renderInputs(customElements.get(element).contentTopics, attributes.lang, read);
  };
  return {
    locales,
    products,
    render: (element, attributes, locale = 'en') => snippet(element, { ...attributes, lang: locale }, (rendered) => inputs(element, rendered)),
  };
}
