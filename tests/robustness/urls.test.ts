/**
 * URL attributes: 60 payloads (script schemes in every disguise, data:, vbscript:, protocol-relative,
 * very long) through every URL attribute, set with setAttribute and, where the payload uses character
 * references, parsed from markup. Only https:, http:, mailto:, tel: and relative URLs ever become a
 * link; everything else renders the text without one; nothing runs.
 */
import { expect } from '@open-wc/testing';
import { elements } from './elements.js';
import { countCases, expectNoProblems, isSafeUrl, runCase } from './oracles.js';

const run = "mbcCanary('url')";
/** [name, value, parse as markup (entities decoded), becomes a link] */
const PAYLOADS: [string, string, boolean, boolean][] = [
  ['javascript:', `javascript:${run}`, false, false],
  ['JavaScript: mixed case', `JavaScript:${run}`, false, false],
  ['JAVASCRIPT: upper case', `JAVASCRIPT:${run}`, false, false],
  ['leading space', ` javascript:${run}`, false, false],
  ['leading tab', `\tjavascript:${run}`, false, false],
  ['tab inside the scheme', `java\tscript:${run}`, false, false],
  ['newline inside the scheme', `java\nscript:${run}`, false, false],
  ['carriage return inside', `java\rscript:${run}`, false, false],
  ['leading NUL', `\u0000javascript:${run}`, false, false],
  ['leading control characters', `\u0001\u001Fjavascript:${run}`, false, false],
  ['leading form feed', `\u000Cjavascript:${run}`, false, false],
  ['non-breaking space before (trimmed, then refused)', `\u00A0javascript:${run}`, false, false],
  ['entity-encoded j', `&#106;avascript:${run}`, true, false],
  ['hex entity colon', `javascript&#x3A;${run}`, true, false],
  ['named entity colon', `javascript&colon;${run}`, true, false],
  ['entity tab', `java&Tab;script:${run}`, true, false],
  ['entity newline', `java&NewLine;script:${run}`, true, false],
  ['entities without semicolons', `&#0000106&#0000097vascript:${run}`, true, false],
  ['percent-encoded scheme', `%6A%61vascript:${run}`, false, true],
  ['percent-encoded colon', `javascript%3A${run}`, false, true],
  ['javascript with comment', `javascript:/*-->*/${run}`, false, false],
  ['javascript void', 'javascript:void(0)', false, false],
  ['javascript with URL-encoded body', 'javascript:%6D%62%63%43anary(%27url%27)', false, false],
  ['javascript full-width letters (a harmless relative path)', `ｊａｖａｓｃｒｉｐｔ:${run}`, false, true],
  ['vbscript:', 'vbscript:msgbox(1)', false, false],
  ['VBScript: mixed case', 'VBScript:msgbox(1)', false, false],
  ['data: text/html', `data:text/html,<script>${run}</script>`, false, false],
  ['data: base64 html', 'data:text/html;base64,PHNjcmlwdD5tYmNDYW5hcnkoJ3VybCcpPC9zY3JpcHQ+', false, false],
  ['data: svg', `data:image/svg+xml,<svg onload="${run}"/>`, false, false],
  ['DATA: upper case', 'DATA:text/html,hi', false, false],
  ['blob:', 'blob:https://example.org/uuid', false, false],
  ['file:', 'file:///etc/passwd', false, false],
  ['filesystem:', 'filesystem:https://example.org/temporary/x', false, false],
  ['about:blank', 'about:blank', false, false],
  ['ftp:', 'ftp://example.org/file', false, false],
  ['ws:', 'ws://example.org/socket', false, false],
  ['chrome:', 'chrome://settings', false, false],
  ['intent:', 'intent://scan/#Intent;scheme=zxing;end', false, false],
  ['unknown scheme', 'x-unknown:thing', false, false],
  ['scheme only', 'javascript:', false, false],
  ['just a colon', ':', false, true],
  ['protocol-relative', '//evil.example/path', false, true],
  ['backslash protocol-relative', '\\\\evil.example/path', false, true],
  ['very long https (10 kB)', `https://example.org/${'a'.repeat(10240)}`, false, false],
  ['very long javascript (10 kB)', `javascript:${' '.repeat(10240)}${run}`, false, false],
  ['URL with quotes and brackets', `https://example.org/"><img src=x onerror=${run}>`, false, true],
  ['URL with a newline inside', 'https://exam\nple.org/', false, true],
  ['https with credentials', 'https://user:pass@example.org/', false, true],
  ['IDN homograph', 'https://exаmple.org/', false, true],
  // Links that must work (positive controls).
  ['https', 'https://www.example.org/treatments', false, true],
  ['http', 'http://example.org/', false, true],
  ['HTTPS upper case', 'HTTPS://EXAMPLE.ORG/', false, true],
  ['relative path', '/our-clinic/treatments', false, true],
  ['relative file', 'treatments.html', false, true],
  ['fragment only', '#questions', false, true],
  ['query only', '?page=2', false, true],
  ['mailto', 'mailto:clinic@example.org', false, true],
  ['tel', 'tel:+441234567890', false, true],
  ['https with entities', 'https://example.org/?a=1&amp;b=2', true, true],
  ['empty', '', false, false],
];

let total = 0;
describe('robustness: URL attributes', () => {
  for (const entry of elements) {
    for (const attr of entry.urls) {
      describe(`<${entry.tag}> ${attr}`, () => {
        for (const [name, value, parse, link] of PAYLOADS) {
          total += 1;
          it(name, async () => {
            const { problems, el } = await runCase(entry, {
              then: (el) => {
                if (parse) {
                  // Parsed from markup, as a CMS would write it: character references are decoded.
                  const t = el.ownerDocument.createElement('template');
                  t.innerHTML = `<i ${attr}="${value}"></i>`;
                  el.setAttribute(attr, t.content.firstElementChild!.getAttribute(attr)!);
                } else el.setAttribute(attr, value);
              },
              shows: 'content',
            });
            expectNoProblems(problems);
            const anchors = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
            const given = el.getAttribute(attr)!;
            const rendered = anchors.filter((href) => href.trim() === given.trim());
            for (const href of anchors) expect(isSafeUrl(href, document.baseURI), href.slice(0, 80)).to.equal(true);
            expect(rendered.length > 0, link ? 'renders a link' : 'renders no link').to.equal(link);
          });
        }
      });
    }
  }
  before(() => countCases('urls', total));
});
