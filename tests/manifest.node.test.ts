// custom-elements.json against the code: every element, observed attribute, value list, default, event
// class and type map it describes, and that it names the built files and no private member. Reads the
// manifest and dist/ written by `npm run build` (npm test builds first). Runs in Node: scripts/test.mjs
// bundles it with esbuild.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as api from '../src/index.js';
import type { DoctorQuestions, ReceptorExplainer, SafetyBanner, TreatmentCard, TreatmentOptions } from '../src/index.js';

interface Typed { text: string }
interface Attribute { name: string; fieldName?: string; type?: Typed; default?: string; description?: string }
interface Member { kind: string; name: string; privacy?: string; static?: boolean; type?: Typed; description?: string }
interface ManifestEvent { name: string; type?: Typed; description?: string }
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: ManifestEvent[];
  slots?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
}
interface Export { kind: string; name: string; declaration: { name: string; module?: string } }
interface Module { path: string; declarations?: Declaration[]; exports?: Export[] }

const root = process.cwd();
const manifestPath = join(root, 'custom-elements.json');
assert.ok(existsSync(manifestPath), 'custom-elements.json is missing: run `npm run build` first');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { schemaVersion: string; modules: Module[] };

const modules = manifest.modules;
const elements = modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((d) => ({ mod, d })));
const byTag = new Map(elements.map(({ d }) => [d.tagName, d]));
const classes = api as unknown as Record<string, unknown>;
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The tags the sources register: `defineElement('tag', Class)` in each src/elements/<tag>/define.ts. */
const defined = readdirSync(join(root, 'src/elements')).map((dir) => {
  const match = read(`src/elements/${dir}/define.ts`).match(/defineElement\('([a-z-]+)',\s*(\w+)\)/);
  assert.ok(match, `src/elements/${dir}/define.ts calls defineElement`);
  return { dir, tag: match[1], className: match[2] };
});

/** Every exported event class: a constructor with a static `eventName`. */
const eventClasses = Object.entries(classes)
  .filter(([, value]) => typeof value === 'function' && typeof (value as { eventName?: unknown }).eventName === 'string')
  .map(([name, value]) => ({ name, eventName: (value as unknown as { eventName: string }).eventName }));

const values = (type: Typed | undefined) => (type?.text ?? '').split(' | ');
const quoted = (list: readonly string[]) => list.map((v) => `'${v}'`);

describe('custom-elements.json', () => {
  it('uses schema 2.1.0 and describes exactly the elements the sources define', () => {
    assert.equal(manifest.schemaVersion, '2.1.0');
    assert.deepEqual([...byTag.keys()].sort(), defined.map((d) => d.tag).sort());
    for (const { tag, className } of defined) assert.equal(byTag.get(tag)?.name, className, `<${tag}> is ${className}`);
  });

  it('names the built dist/ files, which exist, and registers each tag from its define.js', () => {
    for (const mod of modules) {
      assert.match(mod.path, /^dist\/.+\.js$/, `module path ${mod.path}`);
      assert.ok(existsSync(join(root, mod.path)), `${mod.path} exists (after npm run build)`);
      for (const entry of mod.exports ?? []) {
        const target = entry.declaration.module;
        if (target) assert.ok(existsSync(join(root, target)), `${mod.path} exports ${entry.name} from ${target}, which exists`);
      }
    }
    for (const { dir, tag, className } of defined) {
      const mod = modules.find((m) => m.path === `dist/elements/${dir}/define.js`);
      const definition = mod?.exports?.find((e) => e.kind === 'custom-element-definition');
      assert.deepEqual(definition, {
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name: className, module: `dist/elements/${dir}/${dir}.js` },
      });
    }
  });

  it('lists every observed attribute, plus lang, with its property, a type, a description', () => {
    for (const { d } of elements) {
      const ctor = classes[d.name] as { observedAttributes: string[] };
      const names = (d.attributes ?? []).map((a) => a.name);
      assert.deepEqual([...names].sort(), [...ctor.observedAttributes, 'lang'].sort(), `<${d.tagName}> attributes`);
      for (const attribute of d.attributes ?? []) {
        const where = `<${d.tagName}> ${attribute.name}`;
        assert.ok(attribute.type?.text, `${where} has a type`);
        assert.ok(attribute.description?.trim(), `${where} has a description`);
        assert.ok(attribute.fieldName && d.members?.some((m) => m.name === attribute.fieldName), `${where} names its property`);
        // Values, not type names: a page author cannot look up `CardVariant`.
        assert.match(attribute.type.text, /^('[a-z0-9-]+'|\d+|string|boolean)( \| ('[a-z0-9-]+'|\d+|string))*$/, `${where} type ${attribute.type.text}`);
        if (attribute.type.text === 'boolean') assert.equal(attribute.default, 'false', `${where}: boolean attributes are off unless present`);
        else if (attribute.default !== undefined && attribute.type.text.includes("'") && !attribute.type.text.includes('string')) {
          assert.ok(values(attribute.type).includes(attribute.default), `${where} default ${attribute.default} is one of its values`);
        }
      }
    }
  });

  it('gives the value lists and defaults the elements validate against', () => {
    const attr = (tag: string, name: string) => byTag.get(tag)?.attributes?.find((a) => a.name === name);
    assert.deepEqual(values(attr('treatment-card', 'treatment')?.type), quoted(api.TREATMENTS));
    for (const marker of ['er', 'pr']) assert.deepEqual(values(attr('receptor-explainer', marker)?.type), quoted(api.RECEPTOR_VALUES));
    assert.deepEqual(values(attr('receptor-explainer', 'her2')?.type), quoted(api.HER2_VALUES));
    assert.deepEqual(values(attr('receptor-explainer', 'menopause')?.type), quoted(api.MENOPAUSE_VALUES));
    assert.equal(attr('treatment-options', 'treatments')?.default, `'${api.TREATMENTS.join(',')}'`);
    assert.equal(attr('doctor-questions', 'topics')?.default, `'${api.QUESTION_TOPICS.join(',')}'`);
    for (const [tag, level] of [['treatment-card', '3'], ['safety-banner', '2'], ['receptor-explainer', '2'], ['treatment-options', '2'], ['doctor-questions', '2']]) {
      const heading = attr(tag, 'heading-level');
      assert.equal(heading?.type?.text, '1 | 2 | 3 | 4 | 5 | 6', `<${tag}> heading-level values`);
      assert.equal(heading?.default, level, `<${tag}> heading-level default`);
    }
  });

  it('lists each event under its class\'s name and type, and every mbc-* event class somewhere', () => {
    assert.ok(eventClasses.length >= 6, 'the package exports its event classes');
    const listed = new Map<string, string>();
    for (const { d } of elements) {
      for (const event of d.events ?? []) {
        const where = `<${d.tagName}> event ${event.name}`;
        assert.match(event.name ?? '', /^mbc-[a-z]+(-[a-z]+)+$/, where);
        const klass = eventClasses.find((c) => c.eventName === event.name);
        assert.ok(klass, `${where} has an exported event class`);
        assert.equal(event.type?.text, klass.name, `${where} type`);
        assert.ok(event.description?.trim(), `${where} has a description`);
        listed.set(event.name, klass.name);
      }
      assert.ok(d.events?.some((e) => e.name === 'mbc-render-error'), `<${d.tagName}> lists mbc-render-error`);
    }
    for (const { name, eventName } of eventClasses) assert.equal(listed.get(eventName), name, `${name} (${eventName}) is listed`);
  });

  it('lists no private, protected or internal member, and only members the typings declare', () => {
    for (const { mod, d } of elements) {
      const typings = read(mod.path.replace(/\.js$/, '.d.ts'));
      const body = typings.slice(typings.indexOf(`class ${d.name} `));
      const hidden = [...body.matchAll(/^\s+(?:private|protected)\s+(?:static\s+|readonly\s+)*(\w+)/gm)].map((m) => m[1]);
      const internal = [...body.matchAll(/@internal[\s\S]*?\*\/\s*(?:static\s+|readonly\s+)*(\w+)/g)].map((m) => m[1]);
      assert.ok(hidden.length > 0, `${d.name}.d.ts has private members to compare against`);
      for (const member of d.members ?? []) {
        const where = `${d.name}.${member.name}`;
        assert.ok(!member.privacy || member.privacy === 'public', `${where} is public`);
        assert.doesNotMatch(member.name, /^[#_]/, where);
        assert.ok(!hidden.includes(member.name), `${where} is private in the typings`);
        assert.ok(!internal.includes(member.name), `${where} is @internal`);
        if (member.name !== 'lang') assert.match(body, new RegExp(`^\\s+(?:static\\s+|readonly\\s+|get\\s+)*${member.name}\\b`, 'm'), `${where} is declared`);
      }
    }
  });

  it('matches the type maps: HTMLElementTagNameMap and GlobalEventHandlersEventMap', () => {
    const typings = modules.map((m) => m.path.replace(/\.js$/, '.d.ts')).filter((p) => existsSync(join(root, p))).map(read).join('\n');
    for (const { d } of elements) {
      assert.match(typings, new RegExp(`interface HTMLElementTagNameMap \\{\\s*['"]${d.tagName}['"]: ${d.name};`), `<${d.tagName}> in HTMLElementTagNameMap`);
    }
    for (const { name, eventName } of eventClasses) {
      assert.match(typings, new RegExp(`['"]${eventName}['"]: ${name};`), `${eventName} in GlobalEventHandlersEventMap`);
    }
  });

  it('describes slots, parts and custom properties of every element', () => {
    for (const { d } of elements) {
      assert.ok(d.slots?.some((s) => s.name === ''), `<${d.tagName}> documents its fallback slot`);
      assert.ok((d.cssParts ?? []).length > 0, `<${d.tagName}> documents its parts`);
      assert.ok(d.cssProperties?.some((p) => p.name === '--mbc-color-text'), `<${d.tagName}> documents its custom properties`);
    }
  });

  it('is what the README API tables say', () => {
    const check = spawnSync(process.execPath, [join(root, 'scripts/readme-api.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});

/** Type-checked (npm run typecheck), never run: the public properties take only their documented values. */
export function typedProperties(card: TreatmentCard, banner: SafetyBanner, explainer: ReceptorExplainer, options: TreatmentOptions, questions: DoctorQuestions) {
  card.treatment = 'hormonal';
  // @ts-expect-error: not a treatment
  card.treatment = 'hormonl';
  card.variant = 'compact';
  // @ts-expect-error: not a variant
  card.variant = 'small';
  card.headingLevel = 4;
  card.headingLevel = '4';
  // @ts-expect-error: headings go from 1 to 6
  card.headingLevel = 7;
  banner.mode = 'tray';
  // @ts-expect-error: not a mode
  banner.mode = 'sticky';
  banner.product = 'faslodex';
  banner.product = 'a-registered-product';
  explainer.her2 = 'low';
  // @ts-expect-error: HER2 has no such value
  explainer.her2 = 'high';
  // @ts-expect-error: not a menopause status
  explainer.menopause = 'peri';
  options.groupBy = 'none';
  // @ts-expect-error: not a grouping
  options.groupBy = 'treatment';
  questions.persist = 'my-list';
  const tags: { [K in 'treatment-card' | 'safety-banner' | 'receptor-explainer' | 'treatment-options' | 'doctor-questions']: HTMLElementTagNameMap[K] } = {
    'treatment-card': card,
    'safety-banner': banner,
    'receptor-explainer': explainer,
    'treatment-options': options,
    'doctor-questions': questions,
  };
  return tags;
}
