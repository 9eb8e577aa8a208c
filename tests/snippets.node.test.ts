// The prerendered snippets in dist/snippets (npm run snippets, part of the build) and the CLI that
// prints one (packages/snippets/cli.mjs). Needs `npm run build` first (npm test builds).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { catalogFor, contentFor, meta, options, questions, receptors, safety, treatments } from '../src/content/index.js';
import { catalogVersion, entryVersion } from '../src/content/entries.js';
import { addLocale } from '../src/content/locales.js';
import { es } from '../src/content/es/index.js';

addLocale('es', es as unknown as Readonly<Record<string, unknown>>);

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
interface Listed {
  file: string;
  element: string;
  locale: string;
  attributes: Record<string, string | true>;
  inputs: { version: string; catalog: string; locale: string; packs: string[]; reviews: unknown[]; late: string[]; attributes: Record<string, string> };
}
/** The content each element shows: the text whose version a snippet records. */
const TOPICS: Record<string, object> = {
  'treatment-card': { meta, treatments },
  'safety-banner': { meta, safety },
  'receptor-explainer': { meta, receptors, treatments },
  'treatment-options': { meta, options, treatments },
  'doctor-questions': { meta, questions },
};
const index = JSON.parse(readFileSync(join(root, 'dist/snippets/index.json'), 'utf8')) as Listed[];
const read = (file: string) => readFileSync(join(root, 'dist/snippets', file), 'utf8');
const cli = (...args: string[]) => spawnSync(process.execPath, ['packages/snippets/cli.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('dist/snippets', () => {
  it('has every documented configuration in every shipped locale', () => {
    for (const locale of ['en', 'es']) {
      const files = index.filter((entry) => entry.locale === locale).map((entry) => entry.file);
      for (const element of ['treatment-card', 'safety-banner', 'receptor-explainer', 'treatment-options', 'doctor-questions']) {
        assert.ok(files.some((file) => file.startsWith(`${locale}/${element}/`)), `${locale} has ${element}`);
      }
      for (const treatment of ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery']) {
        for (const variant of ['full', 'compact', 'collapsible']) assert.ok(files.includes(`${locale}/treatment-card/${treatment}-${variant}.html`));
      }
      for (const mode of ['inline', 'tray']) assert.ok(files.includes(`${locale}/safety-banner/faslodex-${mode}.html`));
    }
    for (const { file } of index) assert.ok(existsSync(join(root, 'dist/snippets', file)), file);
  });

  it('each is the element with its attributes, its declarative shadow root, fallback text and its render inputs', () => {
    for (const { file, element, locale, attributes, inputs } of index) {
      const html = read(file);
      assert.match(html, new RegExp(`^<${element} [^>]*lang="${locale}"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`), file);
      for (const [name, value] of Object.entries(attributes)) assert.ok(html.startsWith(`<${element} `) && html.split('>')[0].includes(value === true ? ` ${name}` : ` ${name}="${value}"`), `${file}: ${name}`);
      assert.deepEqual(
        inputs,
        {
          version: pkg.version,
          catalog: catalogVersion(contentFor(locale, TOPICS[element]).catalog),
          locale,
          packs: element === 'safety-banner' ? ['faslodex@2026.12-sample'] : [],
          reviews: [],
          late: [],
          attributes: Object.fromEntries(Object.entries({ ...attributes, lang: locale } as Record<string, string | true>).map(([name, value]) => [name, value === true ? '' : value]).sort()),
        },
        file,
      );
      const fallback = html.slice(html.lastIndexOf('</template>') + '</template>'.length, html.lastIndexOf(`</${element}>`));
      assert.match(fallback, /^<h[1-6][^>]*>/, `${file}: the fallback starts with the element's heading`);
      assert.ok(html.endsWith(`</${element}>\n`), file);
    }
  });

  it('a collapsible card is prerendered open, a tray as the full ISI in the flow', () => {
    assert.doesNotMatch(read('en/treatment-card/hormonal-collapsible.html'), /hidden="until-found"/);
    const tray = read('es/safety-banner/faslodex-tray.html');
    assert.doesNotMatch(tray, /popover|class="root tray/);
    assert.ok(tray.includes(catalogFor('en').catalog.safety.packs.faslodex.keyRisk));
  });
});

describe('mbc-snippet', () => {
  it('prints the snippet the build wrote for the same attributes', () => {
    const run = cli('treatment-card', 'treatment=hormonal', 'lang=es');
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, read('es/treatment-card/hormonal-full.html'));
    const tray = cli('safety-banner', 'product=faslodex', 'mode=tray');
    assert.equal(tray.stdout, read('en/safety-banner/faslodex-tray.html'));
    const bare = cli('treatment-card', 'treatment=surgery', 'collapsible', 'open');
    assert.equal(bare.stdout, read('en/treatment-card/surgery-collapsible.html'), 'a bare name is a boolean attribute');
  });

  it('records a partner review given with --review, so the snippet hydrates on the page that registers it', () => {
    const entry = catalogFor('en').catalog.treatments.entries.hormonal;
    const review = { reviewer: 'Dr. A. Smith, medical oncologist', organization: 'Riverside Cancer Center', date: '2026-11-20', entries: { 'treatments.hormonal': entryVersion(entry) } };
    const file = join(mkdtempSync(join(tmpdir(), 'mbc-review-')), 'review.json');
    writeFileSync(file, JSON.stringify(review));
    const run = cli('treatment-card', 'treatment=hormonal', '--review', file);
    assert.equal(run.status, 0, run.stderr);
    const record = JSON.parse(/data-mbc-render="([^"]*)"/.exec(run.stdout)![1].replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Listed['inputs'];
    assert.deepEqual(record.reviews, [`treatments.hormonal@${entryVersion(entry)} 2026-11-20 Dr. A. Smith, medical oncologist, Riverside Cancer Center`]);
    assert.ok(run.stdout.includes('Riverside Cancer Center'), 'the review line names the organization');
  });

  it('says what is wrong, on stderr with exit code 2, for an unknown element, language or attribute name', () => {
    for (const args of [['treatment-cards'], ['treatment-card', 'treatment=hormonal', 'lang=fr'], ['treatment-card', 'on"click=x']]) {
      const run = cli(...args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.trim().length > 0);
    }
  });
});

describe('dist/snippets/pages', () => {
  const tags = /<(treatment-card|safety-banner|receptor-explainer|treatment-options|doctor-questions)[\s>]/g;
  const slotted = /<([a-z]+)\b[^>]*\sslot="[^"]+"[^>]*>[^]*?<\/\1>/g;
  for (const [page, demo, lang] of [['index.html', 'demo/index.html', 'en'], ['es/index.html', 'demo/es/index.html', 'es']]) {
    it(`${page} is ${demo} with every element replaced by its snippet, in ${lang}`, () => {
      const source = readFileSync(join(root, demo), 'utf8');
      const built = read(join('pages', page));
      const elements = [...source.matchAll(tags)].map((match) => match[1]);
      assert.deepEqual([...built.matchAll(tags)].map((match) => match[1]), elements, 'the same elements in the same order');
      assert.equal(built.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length, elements.length, 'each with its declarative shadow root');
      for (const match of built.matchAll(/data-mbc-render="([^"]*)"/g)) assert.equal(JSON.parse(match[1].replace(/&quot;/g, '"')).locale.split('-')[0], lang);
      // The partner's words for named slots stay; their hand-written fallback gives way to the snippet's.
      const kept = source.match(slotted) ?? [];
      assert.ok(kept.length >= 2);
      for (const child of kept) assert.ok(built.includes(child), child);
      const handWritten = source.match(/<treatment-card id="hormonal"[^>]*>\s*<h3>[^<]*<\/h3>\s*<p>([^<]+)<\/p>/)![1];
      assert.ok(!built.includes(handWritten), 'the hand-written fallback is replaced');
      assert.equal(built.replace(/<(treatment-card|safety-banner|receptor-explainer|treatment-options|doctor-questions)[\s>][^]*?<\/\1>/g, ''), source.replace(/<(treatment-card|safety-banner|receptor-explainer|treatment-options|doctor-questions)[\s>][^]*?<\/\1>/g, ''), 'the page around the elements is unchanged');
    });
  }
});
