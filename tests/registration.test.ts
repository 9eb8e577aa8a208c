import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { defineElement } from '../src/internal/define.js';
import { PAGE_STATE_KEY, pageState } from '../src/internal/page-state.js';
import { VERSION } from '../src/internal/version.js';
import { captureWarnings } from './helpers.js';

class Probe extends LitElement {
  override render() {
    return html`probe`;
  }
}

describe('defineElement', () => {
  it('defines a tag once and records the version in the page state', async () => {
    const warnings = await captureWarnings(() => {
      defineElement('mbc-probe-one', Probe);
      defineElement('mbc-probe-one', Probe);
    });
    expect(customElements.get('mbc-probe-one')).to.equal(Probe);
    expect(pageState().defined['mbc-probe-one']).to.equal(VERSION);
    expect(warnings).to.deep.equal([]);
  });

  it('is silent when another copy of the same version defined the tag', async () => {
    class First extends Probe {}
    class Copy extends Probe {}
    defineElement('mbc-probe-two', First);
    const warnings = await captureWarnings(() => defineElement('mbc-probe-two', Copy));
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('mbc-probe-two')).to.equal(First);
  });

  it('warns, without throwing, when another version or script holds the tag', async () => {
    class Other extends HTMLElement {}
    customElements.define('mbc-probe-three', Other);
    const warnings = await captureWarnings(() => defineElement('mbc-probe-three', Probe));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<mbc-probe-three> is already defined by another script');
    expect(customElements.get('mbc-probe-three')).to.equal(Other);

    class Newer extends Probe {}
    pageState().defined['mbc-probe-two'] = '9.9.9';
    const again = await captureWarnings(() => defineElement('mbc-probe-two', Newer));
    expect(again[0]).to.contain('mbc-elements 9.9.9');
  });

  it('keeps its page state on one non-enumerable global', () => {
    expect(Object.keys(window)).not.to.include(PAGE_STATE_KEY);
    expect((window as unknown as Record<string, unknown>)[PAGE_STATE_KEY]).to.equal(pageState());
    expect(pageState().protocol).to.equal(1);
  });
});
