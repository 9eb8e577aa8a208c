#!/usr/bin/env node
// Prints, as JSON, the snippet of every story's element in each language snippets are made in:
// `{ "<arguments as JSON>": { snippet, fallback } }`, the arguments being what `mbc-snippet` takes
// (stories/attributes.ts makes them from the story's args, as the story's markup does). Rendered by
// packages/snippets from the built dist/ (`npm run build` first), so each text is what the CLI prints.
// main.ts runs it in a process of its own: rendering in Node puts a DOM shim on the global object.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');

/** A snippet's light-DOM fallback: what follows the element's declarative shadow root inside it. */
export function fallbackOf(snippet, tag) {
  const end = snippet.lastIndexOf(`</${tag}>`);
  return snippet.slice(snippet.lastIndexOf('</template>', end) + '</template>'.length, end);
}

/** Every story as `{ tag, args }`, read from the story files; a story whose snippet is unavailable is left out. */
async function stories(runnerImport, isExportStory) {
  const list = [];
  for (const file of readdirSync(join(root, 'stories')).filter((name) => name.endsWith('.stories.ts')).sort()) {
    const { module } = await runnerImport(join(root, 'stories', file), { configFile: false, logLevel: 'silent' });
    const meta = module.default;
    for (const [name, story] of Object.entries(module)) {
      if (!isExportStory(name, meta) || story.parameters?.snippet?.unavailable) continue;
      list.push({ tag: meta.component, args: { ...meta.args, ...story.args } });
    }
  }
  return list;
}

async function main() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'snippets'))) throw new Error('dist/ has no snippets: run `npm run build` before Storybook.');
  const [{ runnerImport }, { isExportStory }, { loadElements }] = await Promise.all([
    import('vite'),
    import('storybook/internal/csf'),
    import('../packages/snippets/configs.mjs'),
  ]);
  const { module: shared } = await runnerImport(join(root, 'stories', 'attributes.ts'), { configFile: false, logLevel: 'silent' });
  const elements = await loadElements(dist);
  const out = {};
  // The elements warn about the unknown values some stories show on purpose; only the JSON goes to stdout.
  console.warn = () => {};
  for (const { tag, args } of await stories(runnerImport, isExportStory)) {
    const attributes = shared.attributesOf(args);
    for (const lang of args.lang ? [args.lang] : elements.locales) {
      if (!elements.locales.includes(lang)) continue;
      const snippet = elements.render(tag, attributes, lang);
      out[JSON.stringify(shared.snippetArguments(tag, attributes, lang))] = { snippet, fallback: fallbackOf(snippet, tag) };
    }
  }
  process.stdout.write(JSON.stringify(out));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(String(error?.message ?? error));
    process.exit(1);
  });
}
