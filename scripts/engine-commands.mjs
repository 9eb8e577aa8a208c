// Server-side test commands: which engine runs, and media-feature emulation where the engine has it
// (Chromium, through the DevTools protocol; @web/test-runner-commands' emulateMedia ignores forced-colors).
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
        return undefined;
      },
    },
  ];
}
