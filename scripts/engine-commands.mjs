// Server-side test commands: which engine runs, media-feature emulation where the engine has it
// (Chromium, through the DevTools protocol; @web/test-runner-commands' emulateMedia ignores forced-colors),
// and element screenshots compared with committed baselines or with each other (Chromium: scripts/visual.mjs).
import { compareScreenshots, compareWithBaseline } from './visual.mjs';

export function engineCommands(engine) {
  const sessions = new WeakMap();
  return [
    {
      name: 'mbc-engine-commands',
      async executeCommand({ command, payload, session }) {
        if (command === 'mbc-engine') return engine;
        if (command === 'mbc-emulate-media') {
          if (engine !== 'chromium') return false;
          // Straight to the DevTools protocol: puppeteer's helper refuses forced-colors.
          const page = session.browser.getPage(session.id);
          // Emulation lasts as long as the protocol session that set it, so keep one per page.
          if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
          await sessions.get(page).send('Emulation.setEmulatedMedia', { media: payload.type ?? '', features: payload.features ?? [] });
          return true;
        }
        if (command === 'mbc-screenshot') {
          if (engine !== 'chromium') return false;
          const page = session.browser.getPage(session.id);
          const element = await page.$(payload.selector);
          if (!element) return { status: 'missing', detail: `nothing matches ${payload.selector}` };
          return compareWithBaseline(payload.name, await element.screenshot({ type: 'png' }));
        }
        if (command === 'mbc-compare-screenshots') {
          if (engine !== 'chromium') return false;
          const page = session.browser.getPage(session.id);
          const shots = [];
          for (const selector of [payload.expected, payload.actual]) {
            const element = await page.$(selector);
            if (!element) return { status: 'missing', detail: `nothing matches ${selector}` };
            shots.push(await element.screenshot({ type: 'png' }));
          }
          return compareScreenshots(payload.name, ...shots);
        }
        return undefined;
      },
    },
  ];
}
