import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Plugin } from 'vite';
import { fallbackOf } from './snippets.mjs';

/**
 * package.json `sideEffects` names only the files the package ships (dist/), so a bundler would drop
 * Storybook's imports of the sources that register the elements: mark those as side effects here.
 */
const registersElements = {
  name: 'mbc-registers-elements',
  transform(code: string, id: string) {
    return /[\\/]src[\\/](all|locales[\\/][^\\/]+|elements[\\/][^\\/]+[\\/]define)\.ts$/.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

const run = promisify(execFile);
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Each story's "Copy snippet" (preview.ts) fetches `mbc-snippets/index.json`: `{ onDemand, files }`,
 * `files` naming, by the `mbc-snippet` arguments, a JSON file with the snippet and its fallback.
 * The static build writes every story's snippet in English and Spanish (snippets.mjs). The dev
 * server writes none ahead: it runs the CLI for whatever the controls are set to.
 */
const snippets = (): Plugin => {
  let serving = false;
  let files: Record<string, string> = {};
  return {
    name: 'mbc-snippets',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    async buildStart() {
      if (serving) return;
      const { stdout } = await run(process.execPath, [here('snippets.mjs')], { maxBuffer: 256 * 1024 * 1024 });
      files = Object.fromEntries(Object.entries(JSON.parse(stdout)).map(([key, value]) => [key, JSON.stringify(value)]));
    },
    generateBundle() {
      const names = Object.fromEntries(Object.keys(files).map((key) => [key, `${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`]));
      for (const [key, name] of Object.entries(names)) this.emitFile({ type: 'asset', fileName: `mbc-snippets/${name}`, source: files[key] });
      this.emitFile({ type: 'asset', fileName: 'mbc-snippets/index.json', source: JSON.stringify({ onDemand: false, files: names }) });
    },
    configureServer(server) {
      server.middlewares.use('/mbc-snippets/', (request, response) => {
        const send = (status: number, body: unknown) => {
          response.statusCode = status;
          response.setHeader('Content-Type', 'application/json');
          response.end(JSON.stringify(body));
        };
        const url = new URL(request.url ?? '/', 'http://localhost');
        if (url.pathname === '/index.json') return send(200, { onDemand: true, files: {} });
        let args: unknown;
        try {
          args = JSON.parse(url.searchParams.get('args') ?? '');
        } catch {
          args = null;
        }
        // The CLI checks the element and its attributes; only its options (--dist) are not for the browser to set.
        if (url.pathname !== '/render' || !Array.isArray(args) || !args.every((arg) => typeof arg === 'string' && !arg.startsWith('-'))) {
          return send(404, { error: 'Not a snippet request' });
        }
        run(process.execPath, [here('../packages/snippets/cli.mjs'), ...args], { maxBuffer: 64 * 1024 * 1024 }).then(
          ({ stdout }) => send(200, { snippet: stdout, fallback: fallbackOf(stdout, args[0]) }),
          (error) => send(422, { error: String(error.stderr || error.message).trim() }),
        );
      });
    },
  };
};

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // The example themes, as a partner's page would link them (the theme toolbar in preview.ts).
  staticDirs: [{ from: '../themes', to: '/themes' }],
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), registersElements, snippets()] }),
};

export default config;
