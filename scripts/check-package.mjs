#!/usr/bin/env node
// Checks the package as npm would publish it (run after `npm run build`):
//   1. custom-elements.json and its package.json fields, with @wc-toolkit/cem-validator
//   2. package.json entry points and files, with publint (strict: warnings fail too)
//   3. the types of every entry point under moduleResolution node10, node16 and bundler, with
//      @arethetypeswrong/cli on a packed tarball
// Exits 1 if any of them finds an error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCem } from '@wc-toolkit/cem-validator';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = join(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
let failed = 0;

// 1. The manifest.
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
try {
  await validateCem(manifest, {
    packageJsonPath: join(root, 'package.json'),
    rules: {
      // The rule reads number literals (`1 | 2 | 3`) as type names, and asks for every event class in the
      // element's own module (MbcRenderErrorEvent is exported from the package entry).
      // tests/manifest.node.test.ts checks instead that every type the manifest names is exported.
      manifest: { exportTypes: 'off' },
    },
  });
  console.log('cem-validator: custom-elements.json is valid.');
} catch (error) {
  failed += 1;
  console.error(`cem-validator: ${error instanceof Error ? error.message : String(error)}`);
}

// 2. The package fields.
const { messages, pkg: linted } = await publint({ pkgDir: root, strict: true, level: 'suggestion', pack: 'npm' });
for (const message of messages) {
  const line = `publint ${message.type}: ${formatMessage(message, linted) ?? message.code}`;
  if (message.type === 'error') {
    failed += 1;
    console.error(line);
  } else console.log(line);
}
if (!messages.some((m) => m.type === 'error')) console.log('publint: no errors.');

// 3. The types, from a packed tarball.
const work = mkdtempSync(join(tmpdir(), 'mbc-pack-'));
try {
  const pack = spawnSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const tarball = join(work, readdirSync(work).find((file) => file.endsWith('.tgz')));
  // `exports` has a wildcard (elements/*/define.js): name each element's entry so it is checked too.
  const defines = readdirSync(join(root, 'dist/elements')).map((tag) => `elements/${tag}/define.js`);
  const attw = spawnSync(
    join(root, 'node_modules/.bin/attw'),
    // The package is ES modules only: CommonJS callers use import(). That is a choice, not a fault.
    [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped', '--include-entrypoints', ...defines],
    { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } },
  );
  process.stdout.write(attw.stdout);
  process.stderr.write(attw.stderr);
  if (attw.status !== 0) {
    failed += 1;
    console.error('attw: the types do not resolve for every entry point (see above).');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

console.log(failed ? `check-package: ${failed} check(s) failed.` : `check-package: ${pkg.name} ${pkg.version} is ready to publish.`);
process.exit(failed ? 1 : 0);
