/** The oracles themselves: each one must catch what it is there to catch (else the matrix proves nothing). */
import { expect } from '@open-wc/testing';
import { elements } from './elements.js';
import { canaryHits, hostProblems, installCanary, isiProblems, perceivableProblems, runCase, settle, snapshotHost, textProblems, watchErrors } from './oracles.js';

const entry = elements[0];

describe('robustness oracles catch what they guard', () => {
  it('N1: missing, hidden, low-contrast, aria-hidden, inert, tiny and moved text', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const p = document.createElement('p');
    host.append(p);
    expect(perceivableProblems(p, 'p')).to.deep.equal(['p: no text']);
    p.textContent = 'Safety text';
    expect(perceivableProblems(p, 'p')).to.deep.equal([]);
    const cases: [string, () => void, RegExp][] = [
      ['color', () => (p.style.color = '#bbb'), /contrast/],
      ['transparent', () => (p.style.color = 'transparent'), /contrast/],
      ['fill', () => p.style.setProperty('-webkit-text-fill-color', 'transparent'), /contrast/],
      ['display', () => (host.style.display = 'none'), /display:none/],
      ['visibility', () => (p.style.visibility = 'hidden'), /visibility/],
      ['aria-hidden', () => host.setAttribute('aria-hidden', 'true'), /aria-hidden/],
      ['inert', () => host.setAttribute('inert', ''), /inert/],
      ['font-size', () => (p.style.fontSize = '0'), /font-size|no box/],
      ['opacity', () => (host.style.opacity = '0'), /opacity/],
      ['text-indent', () => (p.style.textIndent = '-9999px'), /moved/],
    ];
    for (const [name, apply, expected] of cases) {
      p.removeAttribute('style');
      host.removeAttribute('style');
      host.removeAttribute('aria-hidden');
      host.removeAttribute('inert');
      apply();
      expect(perceivableProblems(p, 'p').join(';'), name).to.match(expected);
    }
    host.remove();
  });

  it('N1: an element that lost its text is reported', async () => {
    const { el } = await runCase(entry, { shows: 'content' });
    expect(textProblems(el, entry).join()).to.match(/no shadow root|missing|not rendered/);
  });

  it('N2: errors, rejections and console.error reaching the host are reported', async () => {
    const watch = watchErrors();
    console.error('boom');
    const seen = watch.stop();
    expect(seen).to.deep.equal(['console.error: boom']);
  });

  it('N3: a changed host style, a new global and a patched built-in are reported', () => {
    const before = snapshotHost();
    document.body.style.marginTop = '13px';
    (window as unknown as Record<string, unknown>).leakedGlobal = 1;
    const original = Array.prototype.includes;
    Array.prototype.includes = function includes(...args: [unknown]) {
      return original.apply(this, args);
    };
    const problems = hostProblems(before).join('\n');
    Array.prototype.includes = original;
    document.body.style.marginTop = '';
    delete (window as unknown as Record<string, unknown>).leakedGlobal;
    expect(problems).to.contain('margin-top').and.contain('leakedGlobal').and.contain('Array.proto.includes');
  });

  it('N4: a payload that runs is caught by the canary', async () => {
    installCanary();
    const img = document.createElement('img');
    img.setAttribute('onerror', "mbcCanary('self-test')");
    img.src = 'data:,not-an-image';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 100));
    img.remove();
    expect(canaryHits()).to.deep.equal(['self-test']);
  });

  it('N1 per product: the full ISI must be exposed somewhere; a tray may defer to an exposed inline banner only', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<safety-banner mode="tray" product="faslodex" expanded></safety-banner><safety-banner product="faslodex"></safety-banner>';
    document.body.append(host);
    try {
      const [tray, inline] = [...host.querySelectorAll('safety-banner')];
      await settle(tray);
      await settle(inline);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(tray);
      expect(isiProblems()).to.deep.equal([]);
      // The page hides the inline banner from assistive technology: the tray must carry the text again.
      inline.setAttribute('aria-hidden', 'true');
      await new Promise((resolve) => setTimeout(resolve, 100));
      await settle(tray);
      expect(isiProblems()).to.deep.equal([]);
      // Forcing the tray's text hidden while the inline one is hidden too is caught.
      tray.shadowRoot!.querySelector('.sections')!.setAttribute('aria-hidden', 'true');
      expect(isiProblems().join('\n')).to.match(/exposed in no banner/);
    } finally {
      host.remove();
    }
  });
});
