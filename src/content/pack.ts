import { isEntry } from './entries.js';
import { addLocale, LANGUAGE_TAG } from './locales.js';
import { contentState } from '../internal/page-state.js';

/**
 * Partner language packs: plain JSON in the shape of the English catalog, checked against it and
 * turned into the same catalog the TypeScript locales are (templates become functions).
 *
 * Every entry (a block with `updated` and `sources`), every group of entries and every topic but
 * `meta` may be left out: what a pack leaves out is shown in English, per entry, with the English
 * labels around it. Whatever a pack gives must be complete and typed as in English.
 *
 * This module carries no content: the English catalog comes from the page state, where the bundle
 * that has it put it (`recordEnglish`), so the CDN file `locales/register.js` holds no English.
 */

/** A function-valued string: the names its template may use, in the order of the function's arguments. */
interface TemplateSpec {
  readonly args: readonly string[];
  /** The argument that chooses a plural form, when the template may be an object of plural forms. */
  readonly count?: string;
  /** The template is `{ format, months }`: `{month}` is the month's name from the twelve `months`. */
  readonly months?: true;
}

/** Every function-valued string of the catalog, by its path: the one table of placeholder names. */
export const TEMPLATES: Readonly<Record<string, TemplateSpec>> = {
  'meta.sources': { args: ['count'], count: 'count' },
  'meta.checkedFor': { args: ['reviewer', 'organization', 'date'] },
  'meta.checkedBy': { args: ['reviewer', 'date'] },
  'meta.translationCheckedBy': { args: ['translator', 'organization', 'date'] },
  'meta.reviewInfo': { args: ['version', 'updated', 'reviewBy'] },
  'meta.date': { args: ['year', 'month', 'day'], months: true },
  'treatments.ui.learnMore': { args: ['name'] },
  'safety.ui.incomplete': { args: ['name'] },
  'safety.ui.moreSafety': { args: ['name'] },
  'questions.ui.characters': { args: ['used', 'max'] },
  'questions.ui.remove': { args: ['question'] },
  'questions.ui.count': { args: ['count'], count: 'count' },
};

/** Plural forms a template object may give: exact counts, then the CLDR categories of the language. */
const PLURAL_FORMS = new Set(['=0', '=1', '=2', 'zero', 'one', 'two', 'few', 'many', 'other']);
/** Keys that hold ids, not words: a pack repeats the English value. */
const IDS = new Set(['id', 'scope', 'treatment', 'product']);
/** Keys a pack may give or leave out wherever they appear. */
const OPTIONAL = new Set(['id', 'url', 'lang', 'translation']);

type Problems = { missing: string[]; extra: string[]; mistyped: string[] };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** An entry, or an object holding only entries (`entries`, `subtypes`): a pack may leave it out. */
const mayLeaveOut = (value: unknown): boolean =>
  isEntry(value) || (isObject(value) && Object.keys(value).length > 0 && Object.values(value).every(isEntry));
const kind = (value: unknown) => (Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** `{name}`, or `{name:lower}` for the value in lower case ("More about {name:lower}"). */
const PLACEHOLDER = /\{([A-Za-z]+)(:lower)?\}/g;

/** A template string as a function of the spec's arguments (unknown placeholder names are problems). */
function template(format: string, spec: TemplateSpec, path: string, problems: Problems, months?: readonly string[]) {
  const unknown = [...format.matchAll(PLACEHOLDER)].map((m) => m[1]).filter((name) => !spec.args.includes(name));
  if (unknown.length) problems.mistyped.push(`${path} (unknown placeholder {${unknown[0]}}; it may use ${spec.args.map((a) => `{${a}}`).join(' ')})`);
  return (...values: unknown[]) =>
    format.replace(PLACEHOLDER, (whole, name: string, lower?: string) => {
      const at = spec.args.indexOf(name);
      if (at < 0) return whole;
      const text = months && name === 'month' ? (months[Number(values[at]) - 1] ?? String(values[at])) : String(values[at]);
      return lower ? text.toLowerCase() : text;
    });
}

const pluralRules = new Map<string, { select(n: number): string } | undefined>();

/** The CLDR plural category of `count` in the language (`other` where `Intl.PluralRules` is missing). */
function pluralOf(tag: string, count: number): string {
  if (!pluralRules.has(tag)) {
    try {
      pluralRules.set(tag, new Intl.PluralRules(tag));
    } catch {
      pluralRules.set(tag, undefined);
    }
  }
  return pluralRules.get(tag)?.select(count) ?? 'other';
}

function convertTemplate(value: unknown, spec: TemplateSpec, path: string, tag: string, problems: Problems): unknown {
  if (typeof value === 'string' && value.trim()) return template(value, spec, path, problems);
  if (spec.months && isObject(value)) {
    const { format, months } = value;
    const extra = Object.keys(value).filter((key) => key !== 'format' && key !== 'months');
    if (extra.length) problems.extra.push(...extra.map((key) => `${path}.${key}`));
    if (typeof format !== 'string' || !format.trim()) problems.mistyped.push(`${path}.format (expected a template string)`);
    else if (!Array.isArray(months) || months.length !== 12 || !months.every((m) => typeof m === 'string' && m.trim())) {
      problems.mistyped.push(`${path}.months (expected the twelve month names)`);
    } else return template(format, spec, path, problems, months as string[]);
    return undefined;
  }
  if (spec.count && isObject(value)) {
    const forms: Record<string, (...values: unknown[]) => string> = {};
    for (const [form, text] of Object.entries(value)) {
      if (!PLURAL_FORMS.has(form)) problems.extra.push(`${path}.${form}`);
      else if (typeof text !== 'string' || !text.trim()) problems.mistyped.push(`${path}.${form} (expected a template string)`);
      else forms[form] = template(text, spec, `${path}.${form}`, problems);
    }
    if (!('other' in value)) problems.missing.push(`${path}.other`);
    const at = spec.args.indexOf(spec.count);
    return (...values: unknown[]) => {
      const count = Number(values[at]);
      const form = forms[`=${count}`] ?? forms[pluralOf(tag, count)] ?? forms.other;
      return form ? form(...values) : '';
    };
  }
  const shapes = [`a template string using ${spec.args.map((a) => `{${a}}`).join(' ')}`];
  if (spec.count) shapes.push('an object of plural forms with "other"');
  if (spec.months) shapes.push('{ format, months }');
  problems.mistyped.push(`${path} (expected ${shapes.join(' or ')}, got ${kind(value)})`);
  return undefined;
}

function clinicalReview(value: unknown, path: string, problems: Problems): unknown {
  if (isObject(value) && value.status === 'pending' && Object.keys(value).length === 1) return { status: 'pending' };
  if (isObject(value) && value.status === 'approved' && typeof value.reviewer === 'string' && value.reviewer.trim() && typeof value.date === 'string' && /^\d{4}-\d\d-\d\d$/.test(value.date)) {
    return { status: 'approved', reviewer: value.reviewer, date: value.date };
  }
  problems.mistyped.push(`${path} (expected { "status": "pending" } or { "status": "approved", "reviewer", "date" })`);
  return undefined;
}

/** A translation record: `{ from: 'en', sourceVersion, review }`, review `pending`, `outdated` or `{ status: 'approved', translator, organization, date }`. */
function translation(value: unknown, path: string, problems: Problems): unknown {
  const review = isObject(value) ? value.review : undefined;
  const named = (v: unknown) => typeof v === 'string' && v.trim().length > 0;
  const reviewOk =
    review === 'pending' ||
    review === 'outdated' ||
    (isObject(review) && review.status === 'approved' && named(review.translator) && named(review.organization) && typeof review.date === 'string' && /^\d{4}-\d\d-\d\d$/.test(review.date));
  if (isObject(value) && value.from === 'en' && typeof value.sourceVersion === 'string' && /^[0-9a-f]{12}$/.test(value.sourceVersion) && reviewOk) {
    return { from: 'en', sourceVersion: value.sourceVersion, review: isObject(review) ? { ...review } : review };
  }
  problems.mistyped.push(
    `${path} (expected { "from": "en", "sourceVersion": the English entry's version, "review": "pending", "outdated" or { "status": "approved", "translator", "organization", "date" } })`,
  );
  return undefined;
}

/** Checks `value` against the English value at the same path and returns its catalog form. */
function convert(value: unknown, english: unknown, path: string, tag: string, problems: Problems): unknown {
  if (typeof english === 'function') {
    const spec = TEMPLATES[path];
    if (spec) return convertTemplate(value, spec, path, tag, problems);
    problems.mistyped.push(`${path} (no template is defined for it)`);
    return undefined;
  }
  if (typeof english === 'string') {
    if (typeof value === 'string' && value.trim()) return value;
    problems.mistyped.push(`${path} (expected a non-empty string, got ${kind(value)})`);
    return undefined;
  }
  if (typeof english !== 'object' || english === null) {
    if (typeof value === typeof english) return value;
    problems.mistyped.push(`${path} (expected ${kind(english)}, got ${kind(value)})`);
    return undefined;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(value) || (english.length > 0 && value.length === 0)) {
      problems.mistyped.push(`${path} (expected a non-empty array, got ${kind(value)})`);
      return undefined;
    }
    return value.map((item, i) => convert(item, english[0], `${path}[${i}]`, tag, problems));
  }
  if (!isObject(value)) {
    problems.mistyped.push(`${path} (expected an object, got ${kind(value)})`);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const entry = isEntry(english);
  for (const [key, child] of Object.entries(english)) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in value)) {
      // Topics (but the footer words), entries, groups of entries and the optional fields may be left out; an entry's id is filled in.
      const optional = (path === '' && key !== 'meta') || mayLeaveOut(child) || (OPTIONAL.has(key) && (key !== 'id' || entry));
      if (!optional) problems.missing.push(at);
      else if (key === 'id') out.id = child;
    } else if (key === 'packs' && path === 'safety') {
      if (!isObject(value.packs) || Object.keys(value.packs).length) {
        problems.extra.push(`${at} (a product's safety information is never part of a language pack: register it with registerSafetyContent and its locale)`);
      }
      out.packs = {};
    } else if (IDS.has(key) && (key !== 'id' || entry)) {
      if (value[key] === child) out[key] = child;
      else problems.mistyped.push(`${at} (expected "${String(child)}")`);
    } else out[key] = OPTIONAL.has(key) || key === 'clinicalReview' ? field(key, value[key], at, problems) : convert(value[key], child, at, tag, problems);
  }
  for (const key of Object.keys(value)) {
    if (key in english) continue;
    const at = path ? `${path}.${key}` : key;
    if (OPTIONAL.has(key) && key !== 'id') out[key] = field(key, value[key], at, problems);
    else problems.extra.push(at);
  }
  return out;
}

/** The fields checked by their own rules, wherever they appear: a source's `url` and `lang`, an entry's review and translation records. */
function field(key: string, value: unknown, at: string, problems: Problems): unknown {
  if (key === 'clinicalReview') return clinicalReview(value, at, problems);
  if (key === 'translation') return translation(value, at, problems);
  if (key === 'url' && typeof value === 'string' && /^https?:\/\//i.test(value)) return value;
  if (key === 'lang' && typeof value === 'string' && LANGUAGE_TAG.test(value)) return value;
  if (key === 'id' && typeof value === 'string' && value.trim()) return value;
  problems.mistyped.push(`${at} (expected ${key === 'url' ? 'an http: or https: URL' : key === 'lang' ? 'a language tag' : 'a non-empty string'})`);
  return undefined;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const list = (name: string, items: string[]) =>
  items.length ? `${name}: ${items.slice(0, 12).join(', ')}${items.length > 12 ? ` and ${items.length - 12} more` : ''}.` : '';

/**
 * Checks a JSON language pack against the English catalog and returns it as a catalog: templates
 * become functions, every entry gets its `id`. Throws a TypeError listing every missing, extra and
 * mistyped key (nothing is registered then), or when no English catalog is on the page yet.
 */
export function packToCatalog(tag: string, pack: unknown): Readonly<Record<string, unknown>> {
  const english = contentState().english;
  if (!english) throw new TypeError(`registerLocale("${tag}"): load the main mbc-elements script before registering a language (packs are checked against its English text).`);
  const problems: Problems = { missing: [], extra: [], mistyped: [] };
  const catalog = convert(pack, english(), '', tag, problems);
  const count = problems.missing.length + problems.extra.length + problems.mistyped.length;
  if (count) {
    throw new TypeError(
      [`registerLocale("${tag}"): the pack does not match the English catalog (${count} problem${count === 1 ? '' : 's'}; npm run locale-template writes a complete example).`,
        list('Missing', problems.missing), list('Extra', problems.extra), list('Mistyped', problems.mistyped)].filter(Boolean).join(' '),
    );
  }
  return deepFreeze(catalog as Record<string, unknown>);
}

/**
 * Registers a language for the whole page from a plain JSON pack (see `dist/locales/template.json`
 * for a complete example generated from the English text). Elements whose language it matches
 * (`fr` serves `fr-CA`; matching ignores case) show it at once, including those already on the page;
 * a right-to-left language renders right to left. What the pack leaves out is shown in English,
 * marked `lang="en"`. Registering the same tag again replaces the pack.
 *
 * Throws a TypeError that lists every missing, extra and mistyped key; nothing changes then.
 * Import it from `mbc-elements/locales/register.js`; CDN pages load `locales/register.js` after the
 * main script, and classic-script pages call it as `window.__mbcElements.registerLocale(tag, pack)`.
 */
export function registerLocale(tag: string, pack: unknown): { readonly tag: string; readonly dir: 'ltr' | 'rtl' } {
  if (typeof tag !== 'string' || !LANGUAGE_TAG.test(tag)) {
    throw new TypeError(`registerLocale: the first argument must be a language tag such as "fr" or "pt-BR", got ${typeof tag === 'string' ? `"${tag.slice(0, 40)}"` : kind(tag)}.`);
  }
  if (tag.toLowerCase() === 'en') throw new TypeError('registerLocale: English is built in; register a regional variant such as "en-GB" instead.');
  if (!isObject(pack)) throw new TypeError(`registerLocale("${tag}"): the pack must be an object (parsed JSON), got ${kind(pack)}.`);
  const { dir } = addLocale(tag, packToCatalog(tag, pack));
  return Object.freeze({ tag, dir });
}
