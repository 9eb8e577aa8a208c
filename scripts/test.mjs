#!/usr/bin/env node
// Runs the Node tests (content data: tests/*.node.test.ts), then the browser tests in Chromium,
// Firefox and WebKit, one engine after another, then the example apps (scripts/examples.mjs) and
// every Storybook story (scripts/storybook-test.mjs), and prints one closing line summed over all of
// them: "Total: N passed, N failed".
//
//   MBC_ENGINES=node,chromium      run only these (default: node,chromium,firefox,webkit,examples,storybook)
//   MBC_FILES=tests/a.test.ts      run only these test files (comma-separated globs); the examples
//                                  and Storybook then run only if MBC_ENGINES names them
//   --update                       write new visual baselines (tests/visual/) instead of comparing;
//                                  `npm run test:visual -- --update` after an intended style change
//
// WebKit runs through WebKitWebDriver, which needs an X display: this script starts Xvfb and the
// driver on free ports and stops both (by process id) when it ends. Locally, a missing engine is
// skipped with the Debian package that installs it; under CI (CI=true) a missing engine fails the run.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const WEBKIT_BROWSER = process.env.WEBKIT_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const ENGINES = {
  chromium: { name: 'Chromium', needs: [process.env.CHROMIUM_BIN ?? '/usr/bin/chromium'], packages: 'chromium' },
  firefox: { name: 'Firefox', needs: [process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr'], packages: 'firefox-esr' },
  webkit: {
    name: 'WebKit',
    needs: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb', WEBKIT_BROWSER],
    packages: 'webkit2gtk-driver xvfb',
  },
};

/** Suites with a script of their own, which writes its counts to MBC_COUNTS_FILE. */
const SCRIPTS = {
  examples: { name: 'Examples', script: 'scripts/examples.mjs' },
  storybook: { name: 'Storybook', script: 'scripts/storybook-test.mjs' },
};
if (process.argv.includes('--update')) process.env.MBC_UPDATE_BASELINES = '1';
const requested = (process.env.MBC_ENGINES ?? `node,chromium,firefox,webkit${process.env.MBC_FILES ? '' : ',examples,storybook'}`)
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const strict = Boolean(process.env.CI);
const servers = [];
const work = mkdtempSync(join(tmpdir(), 'mbc-test-'));

function stopServers() {
  for (const child of servers.splice(0)) {
    if (child.exitCode === null) {
      try {
        process.kill(child.pid, 'SIGTERM');
      } catch {
        /* already gone */
      }
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServers();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function freeDisplay() {
  for (let n = 99; n < 200; n += 1) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('no free X display number between 99 and 199');
}

async function waitFor(check, what, ms = 20000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startWebKitDriver() {
  const display = freeDisplay();
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  servers.push(xvfb);
  await waitFor(async () => existsSync(`/tmp/.X11-unix/X${display}`), `Xvfb on :${display}`);
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: `:${display}` },
  });
  servers.push(driver);
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/status`)).ok, `WebKitWebDriver on port ${port}`);
  return { port, display };
}

function run(command, args, env) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Bundles tests/*.node.test.ts with esbuild (packages stay external) and runs them with node --test. */
async function runNodeTests() {
  const { build } = await import('esbuild');
  const filter = process.env.MBC_FILES?.split(',');
  const entryPoints = readdirSync('tests')
    .filter((file) => file.endsWith('.node.test.ts'))
    .map((file) => `tests/${file}`)
    .filter((file) => !filter || filter.includes(file));
  if (!entryPoints.length) return null;
  const outdir = '.tmp/node-tests';
  rmSync(outdir, { recursive: true, force: true });
  await build({ entryPoints, outdir, bundle: true, platform: 'node', format: 'esm', packages: 'external', outExtension: { '.js': '.mjs' }, logLevel: 'warning' });
  const tap = join(work, 'node.tap');
  const files = readdirSync(outdir).map((file) => join(outdir, file));
  const code = await run(process.execPath, ['--import', './tests/clock-node.mjs', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], {});
  const report = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const read = (name) => Number(report.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const counts = { passed: read('pass'), failed: read('fail') + read('cancelled'), skipped: read('skipped') };
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  return counts;
}

const results = [];
let failedToRun = 0;
for (const id of requested) {
  if (id === 'node') {
    console.log('\n=== Node ===');
    const counts = await runNodeTests();
    if (counts) results.push({ name: 'Node', ...counts });
    continue;
  }
  if (SCRIPTS[id]) {
    const { name, script } = SCRIPTS[id];
    console.log(`\n=== ${name} ===`);
    const start = Date.now();
    const countsFile = join(work, `${id}.json`);
    const code = await run(process.execPath, [script], { MBC_COUNTS_FILE: countsFile });
    const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
    results.push({ name, ...counts });
    console.log(`[test] ${name} took ${Math.round((Date.now() - start) / 1000)} s`);
    continue;
  }
  const engine = ENGINES[id];
  if (!engine) {
    console.error(`Unknown engine "${id}". Known: node, ${Object.keys(ENGINES).join(', ')}, ${Object.keys(SCRIPTS).join(', ')}.`);
    failedToRun += 1;
    continue;
  }
  const missing = engine.needs.filter((path) => !existsSync(path));
  if (missing.length) {
    const advice = `${engine.name} is not installed (missing ${missing.join(', ')}). Install it with: apt-get install -y ${engine.packages}`;
    if (strict) {
      console.error(`${advice}. CI requires all three engines.`);
      failedToRun += 1;
    } else {
      console.warn(`Skipping ${engine.name}: ${advice}`);
    }
    continue;
  }

  console.log(`\n=== ${engine.name} ===`);
  const engineStart = Date.now();
  const countsFile = join(work, `${id}.json`);
  const env = { MBC_ENGINE: id, MBC_COUNTS_FILE: countsFile };
  try {
    if (id === 'webkit') {
      const { port } = await startWebKitDriver();
      env.WEBKIT_DRIVER_PORT = String(port);
    }
    const code = await run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], env);
    const counts = existsSync(countsFile) ? JSON.parse(readFileSync(countsFile, 'utf8')) : { passed: 0, failed: 0, skipped: 0 };
    if (code !== 0 && counts.failed === 0) counts.failed = 1; // the runner failed without a failing test: count it
    results.push({ name: engine.name, ...counts });
  } catch (error) {
    console.error(`${engine.name} could not run: ${error.message}`);
    failedToRun += 1;
  } finally {
    stopServers();
    console.log(`[test] ${engine.name} took ${Math.round((Date.now() - engineStart) / 1000)} s`);
  }
}

rmSync(work, { recursive: true, force: true });
let passed = 0;
let failed = failedToRun;
console.log('');
for (const r of results) {
  console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
  passed += r.passed;
  failed += r.failed;
}
if (passed === 0 && failed === 0) failed = 1; // a run that executed no test is a failure
console.log(`Total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
