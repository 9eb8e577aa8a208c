// The benchmark's page transforms (bench/html.mjs): the static copy of a snippet page and the copy a
// template-stripping CMS leaves, checked on the snippet demo page the build writes.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs module of the benchmark, without types
import { withoutScripts, withoutShadowTemplates } from '../bench/html.mjs';

const page = readFileSync(join(process.cwd(), 'dist/snippets/pages/index.html'), 'utf8');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

describe('bench page transforms', () => {
  it('removes every script and nothing else', () => {
    const html = '<head>\n  <script type="module" src="/a.js"></script>\n  <script>x < 1</script>\n</head>\n<p>text</p>';
    assert.equal(withoutScripts(html), '<head>\n</head>\n<p>text</p>');
    const copy = withoutScripts(page) as string;
    assert.ok(count(page, /<script\b/g) > 0);
    assert.equal(count(copy, /<script\b/g), 0);
    assert.equal(count(copy, /shadowrootmode=/g), count(page, /shadowrootmode=/g));
  });

  it('removes shadow-root templates with what they hold, and keeps the light-DOM fallback and other templates', () => {
    const html =
      '<x-a><template shadowrootmode="open"><p>shadow</p><x-b><template shadowrootmode="open">inner</template></x-b>' +
      '<template><i>kept inside, removed with it</i></template></template><p>fallback</p></x-a><template id="t">own</template>';
    assert.equal(withoutShadowTemplates(html), '<x-a><p>fallback</p></x-a><template id="t">own</template>');
    assert.throws(() => withoutShadowTemplates('<x-a><template shadowrootmode="open"><p>never closed'), /not closed/);
  });

  it('leaves the snippet page with its elements and fallback text but no shadow roots', () => {
    const stripped = withoutShadowTemplates(page) as string;
    assert.equal(count(stripped, /shadowrootmode=/g), 0);
    assert.equal(count(stripped, /<\/template>/g), count(stripped, /<template\b/g));
    for (const tag of ['receptor-explainer', 'treatment-card', 'safety-banner']) assert.equal(count(stripped, new RegExp(`<${tag}\\b`, 'g')), count(page, new RegExp(`<${tag}\\b`, 'g')), tag);
    assert.ok(stripped.length < page.length / 2, 'the templates were most of the page');
    assert.match(stripped, /FASLODEX is a prescription medicine/);
  });
});
