#!/usr/bin/env node
// The example host apps (examples/*), each tried as its team would: installed from a fresh `npm pack`
// of the current build, type-checked with the app's own checker (which must also reject an attribute
// typo in its type-tests/ file), built, served on 127.0.0.1 and opened in headless Chromium and
// Firefox, where the elements must render inside their shadow roots and the app must show the
// `mbc-receptor-change` event it heard. Also: importing the package in Node, with no DOM, must not throw.
//
//   node scripts/examples.mjs              run everything (needs `npm run build` first)
//   node scripts/examples.mjs --install    only pack and `npm ci` every app (CI does this ahead of the tests)
//   MBC_EXAMPLES=react,vue                 only these apps
//
// Prints one line per check and closes with "Examples: N passed, N failed"; scripts/test.mjs runs it
// and adds its counts (MBC_COUNTS_FILE) to the total.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BROWSERS, launch, open } from './browsers.mjs';
import { serveDirectory } from './serve-demo.mjs';

const root = join(import.meta.dirname, '..');
const examples = join(root, 'examples');
/** The attribute typo in each app's one type-tests/ file, where the checker's error must point. */
const TYPO = 'variant="compakt"';
const APPS = {
  react: { checker: 'tsc' },
  vue: { checker: 'vue-tsc' },
  svelte: { checker: 'svelte-check' },
  angular: { checker: 'ng build' },
  cms: { checker: null },
};
const selected = process.env.MBC_EXAMPLES?.split(',').map((s) => s.trim()) ?? Object.keys(APPS);
const installOnly = process.argv.includes('--install');
const work = mkdtempSync(join(tmpdir(), 'mbc-examples-'));
const results = { passed: 0, failed: 0, skipped: 0 };

/** Runs a command; resolves to its exit code and everything it printed. */
function run(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, NG_CLI_ANALYTICS: 'false', NO_COLOR: '1', FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}` }));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

async function must(command, args, cwd) {
  const { code, output } = await run(command, args, cwd);
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}\n${output.trim()}`);
  return output;
}

/** One counted check: prints `ok`/`not ok` and, on failure, why. */
async function check(name, fn) {
  const start = Date.now();
  try {
    await fn();
    results.passed += 1;
    console.log(`ok ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
    return true;
  } catch (error) {
    results.failed += 1;
    console.log(`not ok ${name}\n${String(error.message ?? error).replace(/^/gm, '    ')}`);
    return false;
  }
}

const sha = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => statSync(join(dir, file)).isFile());
}

/** Packs the current build; returns the tarball and its unpacked files, to compare installs against. */
async function pack() {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const [{ filename }] = JSON.parse(await must('npm', ['pack', '--json', '--pack-destination', work], root));
  const tarball = join(work, filename);
  await must('tar', ['xzf', tarball, '-C', work]);
  return { tarball, unpacked: join(work, 'package') };
}

/**
 * `npm ci` installs what each lockfile pins (the package as `file:mbc-elements.tgz`, without an
 * integrity hash, since every build changes it). npm may still answer from its cache with an older
 * tarball of the same name, so the fresh one is installed explicitly and its files compared.
 */
async function install(dir, packed, fresh) {
  copyFileSync(packed.tarball, join(dir, 'mbc-elements.tgz'));
  if (fresh || !existsSync(join(dir, 'node_modules'))) await must('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], dir);
  if (installOnly) return;
  await must('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', './mbc-elements.tgz'], dir);
  const installed = join(dir, 'node_modules/mbc-elements');
  const stale = files(packed.unpacked).filter((file) => !existsSync(join(installed, file)) || sha(join(installed, file)) !== sha(join(packed.unpacked, file)));
  if (stale.length) throw new Error(`installed package differs from the packed build: ${stale.slice(0, 5).join(', ')}`);
}

/** The checker must fail on the typo file, and its error must point at the misspelt attribute. */
async function rejectsTypo(dir) {
  const [file] = readdirSync(join(dir, 'type-tests')).map((name) => join('type-tests', name));
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const line = lines.findIndex((text) => text.includes(TYPO));
  const column = lines[line].indexOf(TYPO) + 1;
  const { code, output } = await run('npm', ['run', '-s', 'check:typo'], dir);
  if (code === 0) throw new Error(`the checker accepted ${TYPO} in ${file}`);
  // tsc and vue-tsc print `file(4,58)`, svelte-check `file:6:38`.
  if (!output.includes('compakt') || !(output.includes(`(${line + 1},${column})`) || output.includes(`:${line + 1}:${column}`)))
    throw new Error(`the checker failed, but not on ${TYPO} at ${file}:${line + 1}:${column}:\n${output.trim()}`);
}

/** In the built app: rendered shadow roots, then a real click in the explainer and the app's echo of the event. */
async function rendersAndHears(browser, url) {
  const problems = [];
  const page = await open(browser, url, problems);
  try {
    await page.waitForFunction(
      () => {
        const text = (tag) => document.querySelector(tag)?.shadowRoot?.textContent ?? '';
        return (
          text('treatment-card').includes('Hormonal therapy') &&
          text('safety-banner').includes('Important Safety Information') &&
          Boolean(document.querySelector('receptor-explainer')?.shadowRoot?.querySelector('input[name="her2"][value="positive"]'))
        );
      },
      { timeout: 20000 },
    ).catch(() => {
      throw new Error(`the elements did not render in ${url}${problems.length ? `: ${problems.join('; ')}` : ''}`);
    });
    const radio = await page.evaluateHandle(() => document.querySelector('receptor-explainer').shadowRoot.querySelector('input[name="her2"][value="positive"]'));
    await radio.click();
    await page.waitForFunction(() => document.getElementById('last-change')?.textContent.includes('her2'), { timeout: 10000 }).catch(() => {
      throw new Error('the app did not show the mbc-receptor-change event');
    });
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await page.close();
  }
}

/** A server-rendering framework imports the package in Node, where there is no DOM. */
async function importsWithoutDom(dir) {
  const entries = ['mbc-elements', 'mbc-elements/all.js', ...readdirSync(join(dir, 'node_modules/mbc-elements/dist/elements')).map((tag) => `mbc-elements/elements/${tag}/define.js`)];
  const script = `for (const entry of ${JSON.stringify(entries)}) await import(entry); if (typeof document !== 'undefined') throw new Error('a DOM was present');`;
  await must(process.execPath, ['--input-type=module', '-e', script], dir);
}

try {
  const packed = await pack();
  const built = [];
  for (const app of selected) {
    const dir = join(examples, app);
    if (!APPS[app] || !existsSync(join(dir, 'package.json'))) {
      await check(`${app}: is an example app`, () => Promise.reject(new Error(`no examples/${app}; known: ${Object.keys(APPS).join(', ')}`)));
      continue;
    }
    const scripts = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts ?? {};
    if (!(await check(`${app}: installs the freshly packed tarball`, () => install(dir, packed, installOnly)))) continue;
    if (installOnly) continue;
    if (app === 'cms') await check('node: importing every entry point without a DOM does not throw', () => importsWithoutDom(dir));
    if (scripts.check) await check(`${app}: type-checks (${APPS[app].checker})`, () => must('npm', ['run', '-s', 'check'], dir));
    if (scripts['check:typo']) await check(`${app}: ${APPS[app].checker} rejects ${TYPO}`, () => rejectsTypo(dir));
    const label = APPS[app].checker === 'ng build' ? 'type-checks and builds (ng build)' : 'builds';
    if (await check(`${app}: ${label}`, () => must('npm', ['run', '-s', 'build'], dir))) built.push(app);
  }
  if (!installOnly) {
    for (const engine of Object.keys(BROWSERS)) {
      const { browser, close } = await launch(engine);
      try {
        for (const app of built) {
          const server = await serveDirectory(join(examples, app, 'dist'));
          try {
            await check(`${app}: renders and hears mbc-receptor-change in ${BROWSERS[engine].name}`, () => rendersAndHears(browser, server.url));
          } finally {
            await server.close();
          }
        }
      } finally {
        await close();
      }
    }
  }
} catch (error) {
  results.failed += 1;
  console.log(`not ok examples could not run\n    ${error.message}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (installOnly) console.log(`Examples: ${results.passed} of ${selected.length} apps installed`);
else console.log(`Examples: ${results.passed} passed, ${results.failed} failed`);
if (process.env.MBC_COUNTS_FILE) writeFileSync(process.env.MBC_COUNTS_FILE, JSON.stringify(results));
process.exit(results.failed ? 1 : 0);
