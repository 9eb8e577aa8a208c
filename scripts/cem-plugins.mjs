// Analyzer plugins that make custom-elements.json describe what the package ships, read from the code:
//
//   eventNames       event names from each event class's `static eventName`, never a constructor argument
//   publicOnly       drops private, protected, `#`, `_` and `@internal` members
//   valueTypes       property and attribute types as unions of their values, from the TypeScript types
//   langAttribute    `lang` on every element (inherited from HTMLElement, resolved by the elements)
//   definitions      `defineElement('tag', Class)` calls become custom-element-definition exports
//   distPaths        module paths `src/**/*.ts` become the built `dist/**/*.js`
//
// Used by custom-elements-manifest.config.mjs; tests/manifest.node.test.ts checks the result against
// the code.
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';

const root = join(import.meta.dirname, '..');

/** Walks every declaration of the manifest that is a class. */
function* classes(manifest) {
  for (const mod of manifest.modules) {
    for (const declaration of mod.declarations ?? []) {
      if (declaration.kind === 'class') yield { mod, declaration };
    }
  }
}

/** `static readonly eventName = 'mbc-…'` of every event class, collected while the files are read. */
export function eventNames() {
  const names = new Map();
  return {
    name: 'mbc-event-names',
    analyzePhase({ ts: parser, node }) {
      if (!parser.isClassDeclaration(node) || !node.name) return;
      for (const member of node.members) {
        const isStatic = member.modifiers?.some((m) => m.kind === parser.SyntaxKind.StaticKeyword);
        if (isStatic && parser.isPropertyDeclaration(member) && member.name.getText() === 'eventName' && member.initializer && parser.isStringLiteral(member.initializer)) {
          names.set(node.name.text, member.initializer.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classOf = new Map([...names].map(([klass, event]) => [event, klass]));
      for (const { declaration } of classes(customElementsManifest)) {
        if (!declaration.customElement || !declaration.events) continue;
        const events = new Map();
        for (const event of declaration.events) {
          // The analyzer takes `new SomeEvent(x)`'s first argument as the name: the class says the real one.
          const name = names.get(event.type?.text) ?? event.name;
          if (!name) continue;
          const merged = { ...events.get(name), ...event, name };
          if (events.get(name)?.description && !event.description) merged.description = events.get(name).description;
          const klass = classOf.get(name);
          if (klass) merged.type = { text: klass };
          events.set(name, merged);
        }
        declaration.events = [...events.values()].filter((event) => event.description || event.type);
      }
    },
  };
}

/** Drops members a page must not use: private, protected, `#name`, `_name`, `@internal`. */
export function publicOnly() {
  const hidden = new Map();
  const isHidden = (parser, member) =>
    member.modifiers?.some((m) => m.kind === parser.SyntaxKind.PrivateKeyword || m.kind === parser.SyntaxKind.ProtectedKeyword) ||
    (member.name && (parser.isPrivateIdentifier(member.name) || member.name.getText().startsWith('_'))) ||
    parser.getJSDocTags(member).some((tag) => tag.tagName.text === 'internal');
  return {
    name: 'mbc-public-only',
    analyzePhase({ ts: parser, node, moduleDoc }) {
      if (!parser.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        if (member.name && isHidden(parser, member)) names.add(member.name.getText());
      }
      // `choices: { state: true }` in `static properties` is private state, like its `declare private`.
      hidden.set(`${moduleDoc.path}#${node.name.text}`, names);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { mod, declaration } of classes(customElementsManifest)) {
        const names = hidden.get(`${mod.path}#${declaration.name}`) ?? new Set();
        const keep = (member) =>
          member.privacy !== 'private' && member.privacy !== 'protected' && !names.has(member.name) && !/^[#_]/.test(member.name);
        if (declaration.members) declaration.members = declaration.members.filter(keep);
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !a.fieldName || !names.has(a.fieldName));
      }
    },
  };
}

/** The values of a type node as written, following type aliases; the checker expands anything else. */
function valuesOf(node, checker) {
  if (ts.isUnionTypeNode(node)) return node.types.flatMap((member) => valuesOf(member, checker));
  if (ts.isParenthesizedTypeNode(node)) return valuesOf(node.type, checker);
  if (ts.isLiteralTypeNode(node)) {
    if (node.literal.kind === ts.SyntaxKind.NullKeyword) return ['null'];
    if (ts.isStringLiteral(node.literal)) return [`'${node.literal.text}'`];
    return [node.literal.getText()];
  }
  if (node.kind === ts.SyntaxKind.UndefinedKeyword) return [];
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const alias = symbol?.declarations?.find(ts.isTypeAliasDeclaration);
    if (alias) return valuesOf(alias.type, checker);
  }
  // `string & Record<never, never>` keeps editors suggesting the listed values but allows any string.
  if (ts.isIntersectionTypeNode(node) && node.types.some((t) => t.kind === ts.SyntaxKind.StringKeyword)) return ['string'];
  const type = checker.getTypeFromTypeNode(node);
  const parts = type.isUnion() ? type.types : [type];
  return parts.flatMap((part) => {
    if (part.flags & ts.TypeFlags.Undefined) return [];
    if (part.isStringLiteral()) return [`'${part.value}'`];
    return [checker.typeToString(part)];
  });
}

const unique = (list) => [...new Set(list)];

/** An attribute's value is a string, so `3` and `'3'` are one value: written as the number. */
function attributeValues(values) {
  const numbers = new Set(values.filter((v) => /^-?\d+(\.\d+)?$/.test(v)));
  return unique(values.map((v) => (/^'-?\d+(\.\d+)?'$/.test(v) && numbers.has(v.slice(1, -1)) ? v.slice(1, -1) : v)).filter((v) => v !== 'null'));
}

/**
 * Replaces each public field's type with the union of its values (`'full' | 'compact'`, not
 * `CardVariant`), read from the TypeScript declarations, and gives each attribute its field's type and
 * `@default`.
 */
export function valueTypes({ tsconfig = 'tsconfig.json' } = {}) {
  return {
    name: 'mbc-value-types',
    packageLinkPhase({ customElementsManifest }) {
      const config = ts.getParsedCommandLineOfConfigFile(join(root, tsconfig), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
      const program = ts.createProgram({ rootNames: config.fileNames, options: { ...config.options, noEmit: true } });
      const checker = program.getTypeChecker();
      for (const { mod, declaration } of classes(customElementsManifest)) {
        if (!declaration.customElement) continue;
        const file = program.getSourceFile(join(root, mod.path));
        const klass = file?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
        if (!klass) throw new Error(`mbc-value-types: ${declaration.name} not found in ${mod.path}`);
        const fieldTypes = new Map();
        for (const member of klass.members) {
          if (!ts.isPropertyDeclaration(member) || !member.type || !member.name) continue;
          const values = valuesOf(member.type, checker);
          const hasBoolean = values.includes('true') && values.includes('false');
          const list = unique(hasBoolean ? values.map((v) => (v === 'true' || v === 'false' ? 'boolean' : v)) : values);
          fieldTypes.set(member.name.getText(), list);
        }
        for (const member of declaration.members ?? []) {
          const list = fieldTypes.get(member.name);
          if (member.kind === 'field' && list) member.type = { text: list.join(' | ') };
        }
        for (const attribute of declaration.attributes ?? []) {
          const list = fieldTypes.get(attribute.fieldName);
          if (list) attribute.type = { text: attributeValues(list).join(' | ') };
          const field = declaration.members?.find((m) => m.name === attribute.fieldName);
          if (field?.default !== undefined) attribute.default = field.default;
        }
      }
    },
  };
}

const LANG_DESCRIPTION =
  "The element's language: its own `lang`, else the closest ancestor's, else `<html lang>`, else English. " +
  'Spanish (`es`, `es-US`, `es-MX`…) once `locales/es.js` is loaded, or any language registered with `registerLocale()`; ' +
  'what a language lacks renders in English marked `lang="en"`. Right-to-left languages render `dir="rtl"`; the element\'s own `dir` overrides.';

/** Every element speaks the language of its own, or its closest ancestor's, `lang` attribute. */
export function langAttribute() {
  return {
    name: 'mbc-lang-attribute',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of classes(customElementsManifest)) {
        if (!declaration.customElement) continue;
        declaration.attributes = (declaration.attributes ?? []).filter((a) => a.name !== 'lang');
        declaration.attributes.push({ name: 'lang', type: { text: 'string' }, description: LANG_DESCRIPTION, fieldName: 'lang' });
        declaration.members = (declaration.members ?? []).filter((m) => m.name !== 'lang');
        declaration.members.push({
          kind: 'field',
          name: 'lang',
          type: { text: 'string' },
          description: LANG_DESCRIPTION,
          attribute: 'lang',
          inheritedFrom: { name: 'HTMLElement', package: 'global:' },
        });
      }
    },
  };
}

/** `defineElement('treatment-card', TreatmentCard)` in a define.ts: the module that registers the tag. */
export function definitions() {
  return {
    name: 'mbc-definitions',
    analyzePhase({ ts: parser, node, moduleDoc }) {
      if (!parser.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !parser.isStringLiteral(tag) || !klass || !parser.isIdentifier(klass)) return;
      const source = node.getSourceFile();
      let module = moduleDoc.path;
      for (const statement of source.statements) {
        if (!parser.isImportDeclaration(statement)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && parser.isNamedImports(named) && named.elements.some((e) => e.name.text === klass.text)) {
          module = join(dirname(moduleDoc.path), statement.moduleSpecifier.text).replace(/\.js$/, '.ts');
        }
      }
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        { kind: 'custom-element-definition', name: tag.text, declaration: { name: klass.text, module } },
      ];
    },
  };
}

const toDist = (path) => (typeof path === 'string' ? relative(root, join(root, path)).replace(/^src\//, 'dist/').replace(/\.ts$/, '.js') : path);

/**
 * Module paths and references name the built files the package ships, not the TypeScript sources.
 * Type-only exports (`export type …`) are dropped from the modules' exports: the built JavaScript has
 * no such export.
 */
export function distPaths() {
  const typeOnly = new Map();
  const rewrite = (value) => {
    if (Array.isArray(value)) value.forEach(rewrite);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = toDist(inner);
        else rewrite(inner);
      }
    }
  };
  return {
    name: 'mbc-dist-paths',
    analyzePhase({ ts: parser, node, moduleDoc }) {
      if (!parser.isExportDeclaration(node)) return;
      const names = typeOnly.get(moduleDoc.path) ?? new Set();
      typeOnly.set(moduleDoc.path, names);
      if (node.isTypeOnly && !node.exportClause) names.add('*');
      if (node.exportClause && parser.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (node.isTypeOnly || element.isTypeOnly) names.add(element.name.text);
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const drop = typeOnly.get(mod.path) ?? new Set();
        mod.exports = mod.exports?.filter((entry) => !(entry.kind === 'js' && drop.has(entry.name)));
        for (const entry of mod.exports ?? []) {
          // A re-export keeps its specifier (`./packs.js`): resolve it against the re-exporting module.
          const target = entry.declaration?.module;
          if (target && !/^\/?(src|dist)\//.test(target)) entry.declaration.module = join(dirname(mod.path), target).replace(/\.js$/, '.ts');
        }
      }
      rewrite(customElementsManifest.modules);
      // The manifest follows schema 2.1.0, which only adds to 1.0.0 (custom states, element mixins).
      customElementsManifest.schemaVersion = '2.1.0';
    },
  };
}
