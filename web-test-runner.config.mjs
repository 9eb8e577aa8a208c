// Test runner configuration. One engine per run: scripts/test.mjs runs Chromium, Firefox and WebKit
// in turn (MBC_ENGINE) and sums the results. WebKit needs the WebDriver server that script starts.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { countsReporter } from './scripts/counts-reporter.mjs';
import { engineCommands } from './scripts/engine-commands.mjs';
import { robustnessMiddleware } from './tests/robustness/middleware.mjs';
import { clockScript } from './tests/clock.mjs';

const engine = process.env.MBC_ENGINE ?? 'chromium';

/** The chrome launcher drives Firefox too (puppeteer-core underneath); give each run its real name. */
function named(launcher, name) {
  // The WebDriver launcher renames itself after the browser binary once started; keep our name.
  Object.defineProperty(launcher, 'name', { get: () => name, set: () => {}, configurable: true });
  return launcher;
}

const launchers = {
  chromium: () =>
    named(
      chromeLauncher({
        launchOptions: {
          executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox', '--headless=new', '--disable-gpu',
            '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
          ],
        },
      }),
      'Chromium',
    ),
  firefox: () =>
    named(
      chromeLauncher({
        launchOptions: { browser: 'firefox', executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr', headless: true },
      }),
      'Firefox',
    ),
  webkit: () =>
    named(
      webdriverLauncher({
        automationProtocol: 'webdriver',
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4444),
        path: '/',
        capabilities: {
          'webkitgtk:browserOptions': {
            binary: process.env.WEBKIT_BIN ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
        },
      }),
      'WebKit',
    ),
};

export default {
  files: process.env.MBC_FILES ? process.env.MBC_FILES.split(',') : ['tests/**/*.test.ts', '!tests/**/*.node.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test page at a time in every engine: a page in a background tab gets no animation frames in
  // Chromium, Firefox delivers key presses only to the front tab, and WebKit runs one WebDriver session.
  concurrency: 1,
  concurrentBrowsers: 1,
  browsers: [launchers[engine]()],
  testFramework: { config: { timeout: 20000 } },
  // Every test page runs with the shared test clock (tests/clock.mjs), so review dates never pass mid-suite.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head><script>${clockScript}</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  testsFinishTimeout: 20 * 60 * 1000,
  browserStartTimeout: 60000,
  // Real CSP headers for tests/fixtures/csp-*.html, and a second-version copy of the CDN bundle.
  middleware: [robustnessMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2021', tsconfig: 'tsconfig.json' }), ...engineCommands(engine)],
  reporters: [defaultReporter(), countsReporter(engine)],
};
