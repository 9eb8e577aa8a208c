// The generated editor data and framework types (scripts/editor-data.mjs, run by `npm run build`): the
// editor files describe every element, and the React, Vue and Svelte types compile and reject a wrong
// attribute value. The frameworks themselves are not installed here: small stand-ins declare the few
// types the generated files extend (`HTMLAttributes`, `DefineComponent`, the JSX namespace).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import ts from 'typescript';

const root = process.cwd();
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const manifest = json('custom-elements.json') as { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
const tags = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const work = mkdtempSync(join(tmpdir(), 'mbc-frameworks-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Stand-ins for the framework packages, just enough for the generated declarations. */
const stubs: Record<string, string> = {
  'react/index.d.ts': `export interface HTMLAttributes<T> { id?: string; className?: string; lang?: string; children?: unknown; ref?: (el: T) => void }
export type DetailedHTMLProps<E, T> = E & { key?: string; _element?: T };
export namespace JSX { interface Element {} interface IntrinsicElements {} }`,
  'react/jsx-runtime.d.ts': `import type { JSX as ReactJSX } from './index.js';
export namespace JSX { interface Element {} interface IntrinsicElements extends ReactJSX.IntrinsicElements {} }
export function jsx(type: unknown, props: unknown): JSX.Element;`,
  'vue/index.d.ts': `export type DefineComponent<P> = { props: P };
export interface GlobalComponents {}`,
  'svelte/elements.d.ts': `export interface HTMLAttributes<T> { class?: string; lang?: string; _element?: T }
export interface SvelteHTMLElements {}`,
};

/** Compiles `files` (name → source) against the built package and the stand-ins; returns the errors. */
function compile(files: Record<string, string>): string[] {
  for (const [name, text] of Object.entries({ ...stubs, ...files })) {
    mkdirSync(dirname(join(work, name)), { recursive: true });
    writeFileSync(join(work, name), text);
  }
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    jsx: ts.JsxEmit.ReactJSX,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
    skipLibCheck: false,
    baseUrl: work,
    paths: { react: ['react/index.d.ts'], 'react/jsx-runtime': ['react/jsx-runtime.d.ts'], vue: ['vue/index.d.ts'], 'svelte/elements': ['svelte/elements.d.ts'] },
  };
  const program = ts.createProgram(Object.keys(files).map((name) => join(work, name)), options);
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file ? `${d.file.fileName.replace(work, '')}: ` : ''}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

const frameworks = join(root, 'dist/frameworks');

describe('editor data', () => {
  it('VS Code HTML and CSS custom data describe every element, attribute and custom property', () => {
    const html = json('dist/editors/vscode.html-custom-data.json') as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
    for (const d of tags) {
      const tag = html.tags.find((t) => t.name === d.tagName);
      assert.ok(tag, `<${d.tagName}> in the HTML data`);
      assert.deepEqual(tag.attributes.map((a) => a.name).sort(), (d.attributes ?? []).map((a) => a.name).sort(), `<${d.tagName}> attributes`);
    }
    const card = html.tags.find((t) => t.name === 'treatment-card');
    assert.deepEqual(card?.attributes.find((a) => a.name === 'variant')?.values?.map((v) => v.name), ['full', 'compact']);
    const css = json('dist/editors/vscode.css-custom-data.json') as { properties: { name: string }[] };
    assert.ok(css.properties.some((p) => p.name === '--mbc-safety-tray-max-height'));
  });

  it('JetBrains web-types describe every element and its events', () => {
    const types = json('dist/editors/web-types.json') as { name: string; contributions: { html: { elements: { name: string; events?: { name: string }[] }[] } } };
    assert.equal(types.name, 'mbc-elements');
    for (const d of tags) assert.ok(types.contributions.html.elements.some((e) => e.name === d.tagName), `<${d.tagName}> in web-types`);
    const banner = types.contributions.html.elements.find((e) => e.name === 'safety-banner');
    assert.ok(banner?.events?.some((e) => e.name === 'mbc-isi-view'));
  });
});

/** One consumer file per framework; each must compile, and each `@ts-expect-error` must be needed. */
const consumers: Record<string, string> = {
  // React 19: typed attributes and onmbc-* event props in JSX.
  'react-app.tsx': `import type {} from '${frameworks}/react.js';
export const ok = <treatment-card treatment="hormonal" heading-level={3} variant="compact" collapsible onmbc-card-toggle={(event) => event.open} />;
export const banner = <safety-banner product="faslodex" mode="tray" onmbc-isi-view={(event) => event.approvalCode} />;
// @ts-expect-error: not a treatment
export const typo = <treatment-card treatment="hormonl" />;
// @ts-expect-error: the event is an Event subclass, it has no detail
export const detail = <treatment-card onmbc-card-toggle={(event) => event.detail} />;`,
  // Vue 3: GlobalComponents with typed props and event handlers.
  'vue-app.ts': `import type { GlobalComponents } from 'vue';
import type {} from '${frameworks}/vue.js';
type Props<T extends keyof GlobalComponents> = GlobalComponents[T]['props'];
export const ok: Props<'receptor-explainer'> = { her2: 'low', interactive: true, onMbcReceptorChange: (event) => event.marker };
// Vue checks \`:heading-level="2"\` and \`pi-href\` in a template against the camelCase props.
export const camel: Props<'safety-banner'> = { headingLevel: 3, piHref: 'https://example.org/pi' };
// @ts-expect-error: Vue would never look up the kebab-case name
export const kebab: Props<'safety-banner'> = { 'heading-level': 3 };
// @ts-expect-error: not a HER2 value
export const typo: Props<'receptor-explainer'> = { her2: 'high' };`,
  // Svelte 5: SvelteHTMLElements with typed attributes and onmbc-* events.
  'svelte-app.ts': `import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from '${frameworks}/svelte.js';
export const ok: SvelteHTMLElements['doctor-questions'] = { topics: 'tests,choosing', persist: 'visit', 'onmbc-questions-change': (event) => event.count };
// @ts-expect-error: not a grouping
export const typo: SvelteHTMLElements['treatment-options'] = { 'group-by': 'treatment' };`,
};

describe('framework types', () => {
  // One program for all three (a TypeScript program over the DOM library takes seconds to build).
  const errors = compile(consumers);
  const errorsIn = (file: string) => errors.filter((e) => e.includes(file));

  it('compile as a whole', () => assert.deepEqual(errors.filter((e) => !Object.keys(consumers).some((f) => e.includes(f))), []));
  it('React 19: typed attributes and onmbc-* event props in JSX', () => assert.deepEqual(errorsIn('react-app.tsx'), []));
  it('Vue 3: GlobalComponents with typed props and event handlers', () => assert.deepEqual(errorsIn('vue-app.ts'), []));
  it('Svelte 5: SvelteHTMLElements with typed attributes and onmbc-* events', () => assert.deepEqual(errorsIn('svelte-app.ts'), []));
});
