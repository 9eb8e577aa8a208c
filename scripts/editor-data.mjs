#!/usr/bin/env node
// Editor data and framework types, generated from custom-elements.json (run by `npm run build`, after
// `cem analyze`):
//
//   dist/editors/vscode.html-custom-data.json  VS Code HTML custom data   (custom-element-vs-code-integration)
//   dist/editors/vscode.css-custom-data.json   VS Code CSS custom data    (custom-element-vs-code-integration)
//   dist/editors/web-types.json                JetBrains web-types        (custom-element-jet-brains-integration)
//   dist/frameworks/react.d.ts                 React 19 JSX: typed attributes, `onmbc-*` event props
//   dist/frameworks/vue.d.ts                   Vue 3 GlobalComponents
//   dist/frameworks/svelte.d.ts                Svelte 5 SvelteHTMLElements
//
// The framework types are written here rather than by custom-element-{jsx,vuejs,svelte}-integration:
// those type every event handler as `(e: CustomEvent<EventClass>) => void` and import each event class
// from the element's own module, while these events are `Event` subclasses (`e.open`, not `e.detail`)
// and `MbcRenderErrorEvent` lives in one shared module, so their output does not type-check.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));

const elements = manifest.modules
  .flatMap((mod) => mod.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** Runs a generator without its console lines (they ignore `hideLogs`); this script prints one line. */
function quietly(generate) {
  const log = console.log;
  console.log = () => {};
  try {
    generate();
  } finally {
    console.log = log;
  }
}
const editors = join(root, 'dist/editors');
quietly(() =>
  generateVsCodeCustomElementData(structuredClone(manifest), {
    outdir: editors,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  }),
);
quietly(() => generateJetBrainsWebTypes(structuredClone(manifest), { outdir: editors, webTypesFileName: 'web-types.json', packageJson: false }));

/** A JSDoc comment, one line per line of text, safe inside a comment. */
const doc = (text, indent = '  ') =>
  text ? `${indent}/**\n${text.replace(/\*\//g, '*\\/').split('\n').map((line) => `${indent} * ${line.trim()}`.trimEnd()).join('\n')}\n${indent} */\n` : '';

const eventClasses = [...new Set(elements.flatMap((d) => (d.events ?? []).map((e) => e.type?.text).filter(Boolean)))].sort();
const classNames = elements.map((d) => d.name);
const header = (what) =>
  `// ${what} for ${pkg.name} ${pkg.version}. Generated from custom-elements.json by scripts/editor-data.mjs.\n` +
  `import type { ${[...classNames, ...eventClasses].sort().join(', ')} } from '../index.js';\n`;

/**
 * The attributes of one element as props: `'heading-level'?: TreatmentCard['headingLevel']`. `propName`
 * renames them where a framework checks another spelling (Vue: `headingLevel`).
 */
function attributeProps(d, propName = (attribute) => attribute) {
  return (d.attributes ?? [])
    .map((a) => {
      const type = a.fieldName ? `${d.name}['${a.fieldName}']` : 'string';
      const prop = propName(a.name);
      const name = /^[a-z][a-z0-9]*$/i.test(prop) ? prop : `'${prop}'`;
      return `${doc(`${a.description ?? ''}${a.default ? `\n@default ${a.default}` : ''}`)}  ${name}?: ${type};`;
    })
    .join('\n');
}

/** `onmbc-card-toggle`-style event props (React 19 and Svelte 5 listen to `on` + the event name). */
function eventProps(d, name = (event) => `'on${event}'`) {
  return (d.events ?? [])
    .map((e) => `${doc(e.description)}  ${name(e.name)}?: (event: ${e.type?.text ?? 'Event'}) => void;`)
    .join('\n');
}

const propsName = (d) => `${d.name}Attributes`;
const propsTypes = (events, propName) =>
  elements.map((d) => `${doc(d.summary ?? d.description, '')}export interface ${propsName(d)} {\n${attributeProps(d, propName)}\n${events(d)}\n}\n`).join('\n');

const react = `${header('React 19 JSX types')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

${propsTypes((d) => eventProps(d))}
/** JSX props of each element: React's own HTML props plus the element's attributes and events. */
export interface CustomElements {
${elements.map((d) => `  '${d.tagName}': DetailedHTMLProps<HTMLAttributes<${d.name}>, ${d.name}> & ${propsName(d)};`).join('\n')}
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;

/**
 * Vue checks a template's \`heading-level\` against the prop \`headingLevel\` (either spelling works in the
 * template), and \`@mbc-card-toggle\` against the prop \`onMbcCardToggle\`.
 */
const vueProp = (attribute) => attribute.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const vueEvent = (event) => `on${vueProp(event).replace(/^./, (c) => c.toUpperCase())}`;
const vue = `${header('Vue 3 types')}import type { DefineComponent } from 'vue';

${propsTypes((d) => eventProps(d, vueEvent), vueProp)}
/** Each element as a global component, for templates type-checked by Vue's language tools. */
export interface CustomElements {
${elements.map((d) => `  '${d.tagName}': DefineComponent<${propsName(d)}>;`).join('\n')}
}

declare module 'vue' {
  interface GlobalComponents extends CustomElements {}
}
`;

const svelte = `${header('Svelte 5 types')}import type { HTMLAttributes } from 'svelte/elements';

${propsTypes((d) => eventProps(d))}
/** Each element's attributes: Svelte's own HTML attributes plus the element's attributes and events. */
export interface CustomElements {
${elements.map((d) => `  '${d.tagName}': HTMLAttributes<${d.name}> & ${propsName(d)};`).join('\n')}
}

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`;

const frameworks = join(root, 'dist/frameworks');
mkdirSync(frameworks, { recursive: true });
for (const [file, text] of Object.entries({ 'react.d.ts': react, 'vue.d.ts': vue, 'svelte.d.ts': svelte })) {
  writeFileSync(join(frameworks, file), text.replace(/\n{3,}/g, '\n\n'));
}
console.log('editor-data: dist/editors (VS Code, JetBrains) and dist/frameworks (React, Vue, Svelte) written from custom-elements.json.');
