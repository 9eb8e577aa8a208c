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

const MEDIA = {
  print: { on: ['print', []], off: [null, []], what: 'print media' },
  'forced-colors': { on: [null, [{ name: 'forced-colors', value: 'active' }]], off: [null, [{ name: 'forced-colors', value: 'none' }]], what: 'forced colors' },
  'reduced-motion': { on: [null, [{ name: 'prefers-reduced-motion', value: 'reduce' }]], off: [null, [{ name: 'prefers-reduced-motion', value: 'no-preference' }]], what: 'reduced motion' },
} as const;

/**
 * Runs `check` with print, forced colors or reduced motion emulated, and turns the emulation off again.
 * Where the engine cannot emulate it, the check is skipped and the exemption named in the output.
 */
export async function underMedia(kind: keyof typeof MEDIA, check: () => Promise<void> | void): Promise<void> {
  const { on, off, what } = MEDIA[kind];
  if (!(await emulateMedia(on[0], [...on[1]]))) {
    exempt(`${kind} emulation`, await engine(), `the engine cannot emulate ${what} under the test runner`);
    return;
  }
  try {
    await check();
  } finally {
    await emulateMedia(off[0], [...off[1]]);
  }
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

/** Resolves after `n` animation frames of `win`. */
export const nextFrames = (win: Window, n = 2) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

export type DemoFrame = { frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document };

/**
 * A demo page (demo/index.html or demo/advocacy.html), its CDN bundle swapped for src/, in a
 * `width`x`height` frame pinned to the top-left corner; resolves when every element has rendered.
 * `edit` changes the page's HTML before it loads.
 */
export async function demoFrame(
  width: number,
  height: number,
  edit: (html: string) => string = (h) => h,
  page: 'index' | 'advocacy' = 'index',
): Promise<DemoFrame> {
  const source = await (await fetch(`/demo/${page}.html`)).text();
  const html = edit(source)
    .replace('<head>', '<head><base href="/demo/">')
    .replace(/href="(site|advocacy)\.css"/, 'href="/demo/$1.css"')
    .replace(/<script type="module" src="\/cdn\/mbc-elements\.js"><\/script>/, '<script type="module" src="/src/all.ts"></script>');
  const frame = document.createElement('iframe');
  frame.title = 'demo page';
  frame.style.cssText = `position:fixed;top:0;left:0;width:${width}px;height:${height}px;border:0;display:block;z-index:1;background:#fff`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const tags = ['safety-banner', 'treatment-card', 'receptor-explainer', 'treatment-options', 'doctor-questions'];
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  for (const el of elementsIn(doc)) await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrames(win, 3);
  return { frame, win, doc };
}

/** Every mbc element in a document, including those inside other elements' shadow roots. */
export function elementsIn(root: Document | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('safety-banner, treatment-card, receptor-explainer, treatment-options, doctor-questions')) {
    found.push(el);
    if (el.shadowRoot) found.push(...elementsIn(el.shadowRoot));
  }
  return found;
}
