import { executeServerCommand, sendKeys } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** Which engine runs this test (the runner is told by scripts/test.mjs). */
export const engine = (): Promise<Engine> => executeServerCommand('mbc-engine');

/**
 * Emulates a media type and features where the engine can (Chromium). Returns false elsewhere, and
 * the caller names the exemption in the test output.
 */
export async function emulateMedia(type: 'print' | 'screen' | null, features: { name: string; value: string }[] = []): Promise<boolean> {
  return executeServerCommand('mbc-emulate-media', { type, features });
}

/** Logs an exemption so it shows in the runner's output next to the test file. */
export function exempt(what: string, engineName: string, why: string): void {
  console.log(`EXEMPT [${engineName}] ${what}: ${why}`);
}

/** Collects console.warn calls made while `fn` runs (sync or async). */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** The element's shadow root, asserted present. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root`);
  return el.shadowRoot;
}

/** Visible text of an element's rendered shadow content (innerText respects hidden content). */
export const text = (el: Element): string => (shadow(el).querySelector('.root') as HTMLElement | null)?.innerText ?? '';

/** Presses a key by its DOM `key` name, translating to what each engine's driver calls it. */
export async function press(key: 'Enter' | 'Space' | 'Escape' | 'Tab'): Promise<void> {
  const name = await engine();
  await sendKeys({ press: key === 'Space' && name !== 'chromium' ? ' ' : key });
}
