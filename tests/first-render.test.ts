import { expect } from '@open-wc/testing';
import '../src/elements/treatment-card/define.js';
import '../src/elements/treatment-options/define.js';
import type { TreatmentCard } from '../src/elements/treatment-card/treatment-card.js';

/** The slot a waiting element shows its fallback through (the only child of its shadow root). */
const placeholder = (card: Element) => {
  const root = card.shadowRoot;
  return root?.childElementCount === 1 && root.firstElementChild?.localName === 'slot' && !root.firstElementChild.hasAttribute('name');
};

describe('first renders of many elements at once', () => {
  let box: HTMLElement;
  afterEach(() => box?.remove());

  it('spread over several tasks: what is on screen renders at once, the rest shows its fallback until its turn', async () => {
    const COUNT = 300;
    box = document.createElement('div');
    for (let i = 0; i < COUNT; i++) {
      const card = document.createElement('treatment-card');
      card.setAttribute('treatment', ['hormonal', 'chemotherapy', 'targeted', 'radiation', 'surgery'][i % 5]);
      card.textContent = `Fallback ${i}`;
      box.append(card);
    }
    document.body.prepend(box);
    const cards = [...box.children] as TreatmentCard[];

    // Still the task that added them: lit's first updates run as microtasks.
    for (let i = 0; i < 20; i++) await null;
    const rendered = cards.filter((card) => card.hasUpdated);
    expect(rendered.length, 'some cards rendered in the first task').to.be.greaterThan(0);
    expect(rendered.length, 'not all 300 cards rendered in one task').to.be.lessThan(COUNT);
    for (const card of cards) {
      if (card.getBoundingClientRect().top < innerHeight) expect(card.hasUpdated, 'a card on screen renders in the first task').to.equal(true);
      if (!card.hasUpdated) {
        expect(placeholder(card), 'a waiting card shows its fallback').to.equal(true);
        expect(card.shadowRoot!.querySelector('slot')!.assignedNodes()[0].textContent).to.match(/^Fallback \d+$/);
      }
    }

    await Promise.all(cards.map((card) => card.updateComplete));
    for (const card of cards) {
      expect(card.hasUpdated).to.equal(true);
      expect(placeholder(card)).to.equal(false);
      expect(card.shadowRoot!.querySelector('[part~="summary"]')?.textContent).to.have.length.greaterThan(20);
    }
  });

  it('cards inside a widget at the top of the page render at once even while cards further down wait', async () => {
    box = document.createElement('div');
    const widget = document.createElement('treatment-options');
    box.append(widget);
    for (let i = 0; i < 300; i++) {
      const card = document.createElement('treatment-card');
      card.setAttribute('treatment', 'radiation');
      box.append(card);
    }
    document.body.prepend(box);
    for (let i = 0; i < 40; i++) await null;
    const inner = [...(widget.shadowRoot?.querySelectorAll('treatment-card') ?? [])] as TreatmentCard[];
    expect(inner.length).to.equal(5);
    const waiting = [...box.querySelectorAll('treatment-card')].filter((card) => !(card as TreatmentCard).hasUpdated);
    expect(waiting.length, 'cards further down wait').to.be.greaterThan(0);
    for (const card of inner) {
      if (card.getBoundingClientRect().top < innerHeight) expect(card.hasUpdated, 'a card of the widget on screen').to.equal(true);
    }
    await widget.updateComplete;
    expect(inner.every((card) => card.hasUpdated)).to.equal(true);
    await Promise.all([...box.querySelectorAll('treatment-card')].map((card) => (card as TreatmentCard).updateComplete));
  });

  it('a card added later, on its own, renders in its own task without waiting', async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
    box = document.createElement('div');
    box.innerHTML = '<treatment-card treatment="surgery">Fallback</treatment-card>';
    document.body.append(box);
    const card = box.firstElementChild as TreatmentCard;
    for (let i = 0; i < 20; i++) await null;
    expect(card.hasUpdated).to.equal(true);
  });
});
