// Headless Chromium and Firefox through puppeteer-core, for the scripts that open built pages (the
// example apps, Storybook). Each launch gets a fresh profile, removed again on close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const BROWSERS = {
  chromium: {
    name: 'Chromium',
    options: (profile) => ({
      executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', `--user-data-dir=${profile}`,
      ],
    }),
  },
  firefox: {
    name: 'Firefox',
    options: (profile) => ({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
      headless: true,
      userDataDir: profile,
    }),
  },
};

/** Launches one engine (`chromium` or `firefox`); `close()` also removes its profile. */
export async function launch(engine) {
  const profile = mkdtempSync(join(tmpdir(), `mbc-${engine}-`));
  const browser = await puppeteer.launch(BROWSERS[engine].options(profile));
  return {
    browser,
    async close() {
      await browser.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens `url` in a new page that records uncaught errors and console errors into `problems`. */
export async function open(browser, url, problems) {
  const page = await browser.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // A page without an icon makes Chromium log the 404 of /favicon.ico: not the page's error.
    if (message.type() === 'error' && !message.location()?.url?.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}
