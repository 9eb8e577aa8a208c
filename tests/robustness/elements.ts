/**
 * The robustness registry: every element the package ships, described once. Each test file in
 * tests/robustness/ runs its whole matrix over this list, so an element joins every category by
 * adding ONE entry here (read its JSDoc and tests to fill it in).
 */
import '../../src/elements/treatment-card/define.js';
import '../../src/elements/safety-banner/define.js';
import '../../src/elements/receptor-explainer/define.js';
import '../../src/elements/treatment-options/define.js';
import '../../src/elements/doctor-questions/define.js';

export interface ElementEntry {
  tag: string;
  /** Attributes of a valid instance that shows its own (safety or educational) text. */
  valid: Record<string, string>;
  /** Enumerated attributes and their valid values. */
  enums: Record<string, readonly string[]>;
  /**
   * The enum attribute that selects the content (`treatment`, `product`): an invalid value shows the
   * light-DOM fallback instead of the element's text. Omit when an invalid value falls back to a default.
   */
  selects?: string;
  /** The selecting attribute may be absent and the element still shows its own text (a general default). */
  selectsOptional?: boolean;
  /** Attributes that hold URLs. */
  urls: readonly string[];
  /** Other string attributes a partner can set (payloads go through these too). */
  strings?: readonly string[];
  /** Selectors, inside the shadow root, of the text that must always be present, visible and exposed. */
  text: readonly string[];
  /** Named slots for the partner's own words. */
  slots: readonly string[];
  /** The documented fallback markup a partner pastes inside the element (shown without JavaScript). */
  fallback: string;
  /** A phrase of that fallback markup, to find it on the page. */
  fallbackText: string;
  /**
   * Instances that stand in for one another share a key (one tray per product: a second tray steps
   * aside). Such an instance may show nothing while another member of its group shows the text.
   */
  standIn?: (el: Element) => string | undefined;
  /** Booleans that change what shows (exercised by the lifecycle sequences). */
  booleans?: readonly string[];
}

export const elements: readonly ElementEntry[] = [
  {
    tag: 'treatment-card',
    valid: { treatment: 'hormonal' },
    enums: {
      treatment: ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'],
      variant: ['full', 'compact'],
      'heading-level': ['1', '2', '3', '4', '5', '6'],
    },
    selects: 'treatment',
    urls: ['href'],
    text: ['[part~="heading"]', '[part~="scope"]', '[part~="summary"]'],
    slots: ['extra', 'actions'],
    fallback:
      '<h3>Hormonal therapy</h3><p>Hormonal therapy is a systemic treatment: it travels through the whole body. Ask your care team whether it suits you.</p>',
    fallbackText: 'Hormonal therapy is a systemic treatment',
    booleans: ['collapsible', 'open'],
  },
  {
    tag: 'safety-banner',
    valid: { product: 'faslodex' },
    enums: { product: ['faslodex'], mode: ['inline', 'tray'], 'heading-level': ['1', '2', '3', '4', '5', '6'] },
    selects: 'product',
    selectsOptional: true,
    urls: ['pi-href', 'more-href'],
    text: ['[part~="heading"]', 'p'],
    slots: [],
    fallback:
      '<h2>Important Safety Information</h2><p>Do not use FASLODEX if you are allergic to fulvestrant. See the full Prescribing Information and talk with your care team.</p>',
    fallbackText: 'Do not use FASLODEX if you are allergic',
    // A tray steps aside for another tray or an inline banner of the same product (documented).
    standIn: (el) => (el.getAttribute('mode')?.trim().toLowerCase() === 'tray' ? `product:${el.getAttribute('product')}` : undefined),
    booleans: ['expanded'],
  },
  {
    tag: 'receptor-explainer',
    valid: { er: 'positive', pr: 'positive', her2: 'negative' },
    enums: {
      er: ['positive', 'negative', 'unknown'],
      pr: ['positive', 'negative', 'unknown'],
      her2: ['positive', 'low', 'negative', 'unknown'],
      menopause: ['pre', 'post', 'not-applicable', 'unknown'],
      'heading-level': ['1', '2', '3', '4', '5', '6'],
    },
    urls: [],
    text: ['[part~="heading"]', '[part~="result"]'],
    slots: [],
    fallback: '<p>Hormone receptor and HER2 results help your care team choose treatments. Ask them what your results mean.</p>',
    fallbackText: 'Hormone receptor and HER2 results help',
    booleans: ['interactive'],
  },
  {
    tag: 'treatment-options',
    valid: {},
    enums: { 'group-by': ['scope', 'none'], 'heading-level': ['1', '2', '3', '4', '5', '6'] },
    urls: [],
    strings: ['treatments'],
    text: ['[part~="heading"]', '[part~="intro"]'],
    slots: ['safety'],
    fallback: '<p>Treatments for metastatic breast cancer include hormonal therapy, chemotherapy, targeted therapy, radiation and surgery. Ask your care team which suit you.</p>',
    fallbackText: 'Treatments for metastatic breast cancer include',
    booleans: ['collapsible'],
  },
  {
    tag: 'doctor-questions',
    valid: {},
    enums: { 'heading-level': ['1', '2', '3', '4', '5', '6'] },
    urls: [],
    strings: ['topics', 'persist'],
    text: ['[part~="heading"]', '[part~="intro"]'],
    slots: [],
    fallback: '<p>Questions to ask your care team: What is the goal of this treatment? What side effects should I watch for?</p>',
    fallbackText: 'Questions to ask your care team',
  },
];

/** Builds an element of `entry` in `doc` with its fallback children, valid attributes and `attrs`. */
export function build(entry: ElementEntry, attrs: Record<string, string | null> = {}, doc: Document = document): HTMLElement {
  const el = doc.createElement(entry.tag);
  const all = { ...entry.valid, ...attrs };
  for (const [name, value] of Object.entries(all)) if (value != null) el.setAttribute(name, value);
  const template = doc.createElement('template');
  template.innerHTML = entry.fallback;
  el.append(template.content);
  return el;
}

/** The markup of a valid instance with its fallback (for pages built as HTML). */
export function markup(entry: ElementEntry, attrs: Record<string, string> = {}): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const all = { ...entry.valid, ...attrs };
  const attributes = Object.entries(all).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<${entry.tag}${attributes}>${entry.fallback}</${entry.tag}>`;
}
