// The files `npm publish` would ship (`npm pack --dry-run`): everything the package.json fields and the
// manifest point at is there, each source module has its JavaScript, typings and source map, and nothing
// else is (no sources, tests, stale build output). Needs `npm run build` first (npm test builds).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
) as [{ files: { path: string }[] }];
const files = new Set(packed.files.map((f) => f.path));

/** Every file under src/, relative to src/, e.g. `elements/treatment-card/define.ts`. */
function sources(dir = join(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : [relative(join(root, 'src'), join(dir, entry.name))],
  );
}
const built = sources()
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) => {
    const base = `dist/${file.replace(/\.ts$/, '')}`;
    return [`${base}.js`, `${base}.d.ts`, `${base}.js.map`];
  });
const cdn = ['mbc-elements.js', 'mbc-elements.iife.js', 'mbc-elements.d.ts', 'mbc-elements.iife.d.ts', 'integrity.json', 'locales/es.js', 'locales/es.iife.js', 'locales/register.js', 'locales/register.iife.js', 'locales/register.d.ts'].map(
  (f) => `dist/cdn/${f}`,
);
const generated = [
  ...['vscode.html-custom-data.json', 'vscode.css-custom-data.json', 'web-types.json'].map((f) => `dist/editors/${f}`),
  ...['react.d.ts', 'vue.d.ts', 'svelte.d.ts'].map((f) => `dist/frameworks/${f}`),
  'dist/locales/template.json',
  ...['hospital-blue.css', 'advocacy.css', 'dark.css'].map((f) => `dist/themes/${f}`),
];
const topLevel = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'custom-elements.json'];
const snippetIndex = JSON.parse(readFileSync(join(root, 'dist/snippets/index.json'), 'utf8')) as { file: string }[];
const snippets = ['dist/snippets/index.json', ...snippetIndex.map(({ file }) => `dist/snippets/${file}`)];
const expected = new Set([...topLevel, ...built, ...cdn, ...generated, ...snippets]);

/** `./dist/elements/*\/define.js` as a test against packed paths. */
const pattern = (glob: string) => new RegExp(`^${glob.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
const matches = (glob: string) => [...files].filter((file) => pattern(glob).test(file));

/** Every path a package.json field names, as globs relative to the package root. */
function fieldTargets(): string[] {
  const targets: string[] = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, pkg['web-types']];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') targets.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  walk(pkg.typesVersions);
  return targets;
}

describe('the packed package', () => {
  it('holds every file it should', () => {
    const missing = [...expected].filter((file) => !files.has(file));
    assert.deepEqual(missing, [], `missing from the package (run npm run build): ${missing.join(', ')}`);
  });

  it('holds nothing else: no sources, tests, stories or stale build output', () => {
    const unexpected = [...files].filter((file) => !expected.has(file));
    assert.deepEqual(unexpected, [], `unexpected in the package (a stale dist/? rm -rf dist && npm run build): ${unexpected.join(', ')}`);
  });

  it('has a file for every path package.json names', () => {
    for (const target of fieldTargets()) {
      assert.ok(target, 'no empty entry point field');
      assert.ok(matches(target).length > 0, `${target} is in the package`);
    }
    assert.equal(pkg.unpkg, './dist/cdn/mbc-elements.js', 'a bare unpkg URL serves the registering module');
    assert.equal(pkg.jsdelivr, './dist/cdn/mbc-elements.js', 'a bare jsDelivr URL serves the registering module');
    assert.equal(pkg.exports['./cdn/integrity.json'], './dist/cdn/integrity.json');
    assert.deepEqual(pkg.exports['./locales/*.js'], { types: './dist/locales/*.d.ts', default: './dist/locales/*.js' }, 'npm users import mbc-elements/locales/es.js');
    assert.ok(files.has('dist/locales/es.js') && files.has('dist/locales/template.json'), 'the Spanish file and the pack template ship');
    assert.ok(files.has('dist/locales/register.js') && files.has('dist/locales/register.d.ts'), 'npm users import registerLocale from mbc-elements/locales/register.js');
    assert.ok(pkg.license && pkg.repository?.url && pkg.homepage && pkg.bugs?.url && pkg.keywords?.length, 'registry metadata');
  });

  it('marks as side effects exactly the shipped files that register elements', () => {
    const registering = [...files].filter((file) => /^dist\/(all|elements\/[^/]+\/define|cdn\/[^/]+|cdn\/locales\/[^/]+|locales\/[^/]+)\.js$/.test(file));
    for (const glob of pkg.sideEffects as string[]) assert.ok(matches(glob).length > 0, `sideEffects ${glob} names shipped files`);
    for (const file of registering) assert.ok((pkg.sideEffects as string[]).some((glob) => pattern(glob).test(file)), `${file} is a side effect`);
    assert.ok(!matches('./dist/index.js').some((file) => (pkg.sideEffects as string[]).some((glob) => pattern(glob).test(file))), 'dist/index.js registers nothing');
  });

  it('ships the prerendered snippets, and no server-rendering code or dependency', () => {
    assert.ok(snippetIndex.length > 0 && snippets.every((file) => files.has(file)), 'every snippet the index lists ships');
    const installed = { ...pkg.dependencies, ...pkg.peerDependencies, ...pkg.optionalDependencies };
    // lit's hydration support runs in the browser (it keeps a snippet's nodes); the server renderer stays out.
    assert.deepEqual(Object.keys(installed).sort(), ['@lit-labs/ssr-client', 'lit'], 'partners install lit and its hydration support, nothing else');
    assert.ok(![...files].some((file) => file.startsWith('packages/')), 'the snippet renderer is a package of its own');
  });

  it('ships every module the manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as { modules: { path: string }[] };
    for (const mod of manifest.modules) assert.ok(files.has(mod.path), `${mod.path} is in the package`);
  });

  it('ships source maps that carry their sources (src/ is not shipped)', () => {
    const js = [...files].filter((file) => file.endsWith('.js') && !file.startsWith('dist/cdn/'));
    for (const file of js) {
      assert.match(readFileSync(join(root, file), 'utf8'), /\n\/\/# sourceMappingURL=[^/]+\.js\.map\s*$/, `${file} links its map`);
    }
    const map = JSON.parse(readFileSync(join(root, 'dist/index.js.map'), 'utf8')) as { sourcesContent?: string[] };
    assert.ok(map.sourcesContent?.[0]?.includes('export'), 'maps inline the TypeScript sources');
  });
});
