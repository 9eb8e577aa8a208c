// Server rendering in Node (@lit-labs/ssr): every element in every state the stories show, in every
// shipped locale, renders without a browser to a declarative shadow root with its real content, and
// the same inputs always give the same markup (so a browser can hydrate it).
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { fallbackFrom, renderElement, snippet } from '../packages/snippets/render.mjs';
import { DoctorQuestions, ReceptorExplainer, SafetyBanner, TreatmentCard, TreatmentOptions, defineElement, explainReceptors, type ReceptorStatus } from '../src/index.js';
import { catalogFor } from '../src/content/index.js';
import { addLocale } from '../src/content/locales.js';
import { es } from '../src/content/es/index.js';

defineElement('treatment-card', TreatmentCard);
defineElement('safety-banner', SafetyBanner);
defineElement('receptor-explainer', ReceptorExplainer);
defineElement('treatment-options', TreatmentOptions);
defineElement('doctor-questions', DoctorQuestions);
addLocale('es', es as unknown as Readonly<Record<string, unknown>>);

type Attributes = Record<string, string | true>;
const TREATMENTS = ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'] as const;
const RECEPTORS: Attributes[] = [
  { er: 'positive', pr: 'positive', her2: 'negative', menopause: 'post' },
  { er: 'positive', pr: 'negative', her2: 'positive', menopause: 'pre' },
  { er: 'negative', pr: 'negative', her2: 'positive', menopause: 'unknown' },
  { er: 'negative', pr: 'negative', her2: 'negative', menopause: 'unknown' },
  { er: 'positive', pr: 'positive', her2: 'low', menopause: 'not-applicable' },
  { er: 'unknown', pr: 'unknown', her2: 'unknown', menopause: 'unknown' },
];

/** Every state the stories show, as [tag, attributes]. */
const STATES: [string, Attributes][] = [
  ...TREATMENTS.flatMap((treatment): [string, Attributes][] => [
    ['treatment-card', { treatment }],
    ['treatment-card', { treatment, variant: 'compact' }],
    ['treatment-card', { treatment, collapsible: true }],
    ['treatment-card', { treatment, collapsible: true, open: true }],
    ['treatment-card', { treatment, 'heading-level': '2', href: 'https://example.org/more' }],
  ]),
  ...RECEPTORS.map((attributes): [string, Attributes] => ['receptor-explainer', attributes]),
  ['receptor-explainer', { interactive: true }],
  ['receptor-explainer', { ...RECEPTORS[0], interactive: true }],
  ['safety-banner', {}],
  ['safety-banner', { product: 'faslodex' }],
  ['safety-banner', { product: 'faslodex', mode: 'tray' }],
  ['safety-banner', { product: 'faslodex', mode: 'tray', expanded: true, 'heading-level': '3' }],
  ['treatment-options', {}],
  ['treatment-options', { collapsible: true, 'group-by': 'none', treatments: 'surgery,hormonal' }],
  ['doctor-questions', {}],
  ['doctor-questions', { topics: 'tests,choosing' }],
];
const LOCALES = ['en', 'es'];

/** The text of markup: tags, comments and styles removed, entities of lit's escaping undone, spaces collapsed. */
const text = (markup: string) =>
  markup
    .replace(/<style>[^]*?<\/style>|<!--[^]*?-->|<\?>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const quiet = <T>(run: () => T): T => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return run();
  } finally {
    console.warn = warn;
  }
};
const renderState = (tag: string, attributes: Attributes, lang: string) => quiet(() => renderElement(tag, { ...attributes, lang }));

/** What each element must say, from the content modules. */
function expectedText(tag: string, attributes: Attributes, lang: string): string[] {
  const { catalog } = catalogFor(lang);
  switch (tag) {
    case 'treatment-card': {
      const entry = catalog.treatments.entries[attributes.treatment as (typeof TREATMENTS)[number]];
      return attributes.variant === 'compact' ? [entry.name, entry.summary] : [entry.name, entry.summary, ...entry.whatItIs, ...entry.questions];
    }
    case 'receptor-explainer': {
      const { subtype } = explainReceptors(attributes as Partial<ReceptorStatus>);
      return [catalog.receptors.ui.title, catalog.receptors.subtypes[subtype].name, catalog.receptors.subtypes[subtype].summary];
    }
    case 'safety-banner': {
      if (!attributes.product) return [catalog.safety.disclaimer.heading, ...catalog.safety.disclaimer.paragraphs];
      const pack = catalog.safety.packs.faslodex;
      return [catalog.safety.ui.title, pack.keyRisk, ...pack.sections.flatMap((section) => [section.heading, ...(section.items ?? [])])];
    }
    case 'treatment-options':
      return [catalog.options.overview.title, ...catalog.options.overview.intro, catalog.treatments.entries.surgery.name];
    default:
      return [catalog.questions.intro.title, catalog.questions.topics.tests.title, catalog.questions.topics.tests.questions[0].text];
  }
}

/** The values of every id attribute in one tree scope: the markup outside any shadow root, or one shadow root's own. */
function idsByScope(markup: string): string[][] {
  const scopes: string[][] = [[]];
  const stack = [0];
  for (const [token, close, id] of markup.matchAll(/<(\/?)template\b[^>]*>|\bid="([^"]*)"/g)) {
    if (token.startsWith('<template')) {
      if (!token.includes('shadowrootmode')) continue;
      scopes.push([]);
      stack.push(scopes.length - 1);
    } else if (close !== undefined && token.startsWith('</template')) stack.pop();
    else scopes[stack.at(-1)!].push(id);
  }
  return scopes;
}

describe('server rendering', () => {
  for (const lang of LOCALES) {
    for (const [tag, attributes] of STATES) {
      const name = `<${tag}${Object.entries(attributes).map(([key, value]) => (value === true ? ` ${key}` : ` ${key}="${value}"`)).join('')}> in ${lang}`;
      it(`${name}: a declarative shadow root with the element's real content, the same every time`, () => {
        const markup = renderState(tag, attributes, lang);
        assert.match(markup, new RegExp(`^<${tag} [^>]*><template shadowroot="open" shadowrootmode="open"><style>`), 'declarative shadow root with inline styles');
        const said = text(markup);
        for (const expected of expectedText(tag, attributes, lang)) assert.ok(said.includes(expected.replace(/\s+/g, ' ')), `says "${expected}"`);
        assert.doesNotMatch(markup, /checked="false"/, 'no box is ticked by a false value');
        assert.doesNotMatch(markup, /<slot><\/slot>/, 'the fallback slot is for unknown values only');
        assert.equal(renderState(tag, attributes, lang), markup, 'the same inputs render the same markup');
        assert.match(markup, new RegExp(`^<${tag} [^>]*lang="${lang}"[^]*?<template[^>]*><style>[^]*?</style>(?:<!--[^]*?-->|\\s)*<[a-z]+ [^>]*lang="${lang}"`), 'the element speaks the language asked for');
      });
    }
  }

  it('ticks exactly the chosen answers of an interactive explainer', () => {
    const markup = renderState('receptor-explainer', { ...RECEPTORS[0], interactive: true }, 'en');
    const ticked = [...markup.matchAll(/<input\s+type="radio"\s+name="(\w+)"\s+value="([\w-]+)"[^>]*\bchecked/g)].map(([, field, value]) => `${field}=${value}`);
    assert.deepEqual(ticked.sort(), ['er=positive', 'her2=negative', 'menopause=post', 'pr=positive']);
  });

  it('renders a tray as the full ISI in the flow, headed at the given level or 2', () => {
    const pack = catalogFor('en').catalog.safety.packs.faslodex;
    const tray = renderState('safety-banner', { product: 'faslodex', mode: 'tray' }, 'en');
    assert.match(tray, /<h2 part="heading"/);
    assert.doesNotMatch(tray, /class="root tray|popover|hidden="until-found"/, 'no tray, nothing collapsed');
    for (const section of pack.sections) assert.ok(text(tray).includes(section.heading));
    assert.match(renderState('safety-banner', { product: 'faslodex', mode: 'tray', 'heading-level': '4' }, 'en'), /<h4 part="heading"/);
  });

  it('keeps ids unique in each tree of a page of several elements, and none in the fallback text', () => {
    const page = STATES.slice(0, 8)
      .concat(STATES.slice(-6))
      .map(([tag, attributes]) => quiet(() => snippet(tag, { ...attributes, lang: 'en' }, { locale: 'en' })))
      .join('\n');
    const twice = page + page;
    for (const ids of idsByScope(twice)) assert.equal(new Set(ids).size, ids.length, `unique: ${ids.join(', ')}`);
    assert.deepEqual(idsByScope(twice)[0], [], 'the page itself gets no ids from a snippet');
  });
});

describe('fallback text', () => {
  it('says what the element says, as plain headings, paragraphs, lists and links', () => {
    for (const [tag, attributes] of STATES) {
      const markup = renderState(tag, attributes, 'es');
      const fallback = fallbackFrom(markup);
      assert.doesNotMatch(fallback, /<(?!\/?(?:h[1-6]|p|ul|ol|li|a|strong|em|time)\b)[^>]*>/, 'only plain tags');
      assert.doesNotMatch(fallback, /\b(?:id|class|part|style)=/, 'no ids, classes, parts or styles');
      for (const expected of expectedText(tag, attributes, 'es')) assert.ok(text(fallback).includes(expected.replace(/\s+/g, ' ')), `${tag}: says "${expected}"`);
    }
  });
});
