import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/doctor-questions/define.js';
import { DoctorQuestions, MbcQuestionsChangeEvent, QUESTION_TOPICS, fillPrintDocument, listAsText } from '../src/index.js';
import { catalogFor } from '../src/content/index.js';
import { captureWarnings, engine, exempt, press, shadow, text, underMedia } from './helpers.js';

const { catalog } = catalogFor('en');
const { topics, ui, intro } = catalog.questions;
const PREFIX = 'mbc-doctor-questions:';

async function widget(markup: ReturnType<typeof html>): Promise<DoctorQuestions> {
  const el = await fixture<DoctorQuestions>(markup);
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const shownTopics = (el: Element) => qa(el, 'fieldset[data-topic]').map((f) => f.dataset.topic);
const checkbox = (el: Element, question: string) =>
  qa<HTMLLabelElement>(el, 'label.question').find((l) => l.textContent!.trim() === question)!.querySelector('input')!;
const status = (el: Element) => q(el, '[part~="status"]')!.textContent!.trim();

/** Waits until `check` is true (for work started by a click, which the test cannot await). */
async function until(check: () => boolean, what: string, ms = 5000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Ticks a question by clicking its checkbox (as a reader would). */
async function tick(el: DoctorQuestions, question: string) {
  checkbox(el, question).click();
  await el.updateComplete;
}

/** Adds a question through the form (value set, form submitted with the button). */
async function addQuestion(el: DoctorQuestions, value: string) {
  const input = q<HTMLInputElement>(el, '#add')!;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  q<HTMLButtonElement>(el, '[part~="add"]')!.click();
  await until(() => status(el) !== '', 'a status message');
  await el.updateComplete;
}

function storedKeys(): Record<string, string> {
  const all: Record<string, string> = {};
  for (let i = 0; i < localStorage.length; i += 1) {
    const key = localStorage.key(i)!;
    all[key] = localStorage.getItem(key)!;
  }
  return all;
}

function clearLists() {
  Object.keys(storedKeys())
    .filter((key) => key.startsWith(PREFIX))
    .forEach((key) => localStorage.removeItem(key));
}

const first = (topic: keyof typeof topics, n = 0) => topics[topic].questions[n].text;

/**
 * Puts widgets (with these attributes) inside a parent the test sets up (a wrapper with `lang`,
 * host page text) and waits on their updateComplete, not on animation frames, which stall in a
 * background test page.
 */
async function inside(parent: HTMLElement, ...attributes: Record<string, string>[]): Promise<DoctorQuestions[]> {
  const els = attributes.map((attrs) => {
    const el = document.createElement('doctor-questions');
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    return el;
  });
  parent.append(...els);
  document.body.append(parent);
  parents.push(parent);
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}
const parents: HTMLElement[] = [];

describe('<doctor-questions>', () => {
  beforeEach(clearLists);
  afterEach(() => {
    clearLists();
    parents.splice(0).forEach((parent) => parent.remove());
  });

  describe('content and structure', () => {
    it('shows every topic in order, each question a labelled checkbox, with a footer', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      expect(shownTopics(el)).to.deep.equal([...QUESTION_TOPICS, 'own']);
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(q(el, '[part~="heading"]')!.textContent).to.equal(intro.title);
      const headings = qa(el, 'legend [part~="topic-heading"]');
      expect(headings.map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
      expect(headings.map((h) => h.textContent)).to.deep.equal([...QUESTION_TOPICS.map((t) => topics[t].title), ui.ownQuestions]);
      for (const id of QUESTION_TOPICS) {
        const labels = qa(el, `fieldset[data-topic="${id}"] label.question`);
        expect(labels.map((l) => l.textContent!.trim())).to.deep.equal(topics[id].questions.map((x) => x.text));
        for (const label of labels) expect(label.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).to.equal(false);
      }
      for (const paragraph of intro.text) expect(text(el)).to.contain(paragraph);
      expect(q(el, '[part~="count"]')!.textContent).to.equal(ui.count(0));
      const footer = q(el, '[part~="footer"]')!;
      expect(footer.querySelector('time')!.getAttribute('datetime')).to.equal(intro.updated);
      expect(footer.textContent).to.contain('This information has not yet been checked by a doctor.');
      expect(q(el, 'iframe')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the top heading, the groups follow one level deeper', async () => {
      const el = await widget(html`<doctor-questions heading-level="4"></doctor-questions>`);
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h4');
      expect(q(el, '[part~="topic-heading"]')!.localName).to.equal('h5');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
      });
      expect(q(el, '[part~="heading"]')!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
    });

    it('renders English marked lang="en" when the page language has no content', async () => {
      const parent = Object.assign(document.createElement('div'), { lang: 'fr' });
      const [el] = await inside(parent, {});
      expect(q(el, '.root')!.getAttribute('lang')).to.equal('en');
    });
  });

  describe('topics', () => {
    it('shows a subset in the order given, case-insensitive, duplicates once, no warning', async () => {
      let el!: DoctorQuestions;
      const warnings = await captureWarnings(async () => {
        el = await widget(html`<doctor-questions topics=" Next-Steps, tests,next-steps "></doctor-questions>`);
      });
      expect(shownTopics(el)).to.deep.equal(['next-steps', 'tests', 'own']);
      expect(warnings).to.deep.equal([]);
    });

    it('skips unknown names with one warning naming the valid values', async () => {
      let el!: DoctorQuestions;
      const warnings = await captureWarnings(async () => {
        el = await widget(html`<doctor-questions topics=${'choosing, cost, side-effects, <b>x</b>'}></doctor-questions>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(shownTopics(el)).to.deep.equal(['choosing', 'side-effects', 'own']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('"cost"').and.contain('tests, choosing, side-effects, next-steps');
      expect(q(el, 'b')).to.equal(null);
    });

    for (const bad of ['nothing-known', '', ' , ,', 'x'.repeat(10000)]) {
      it(`topics="${bad.slice(0, 14)}" shows all topics with one warning`, async () => {
        let el!: DoctorQuestions;
        const warnings = await captureWarnings(async () => {
          el = await widget(html`<doctor-questions topics=${bad}></doctor-questions>`);
        });
        expect(shownTopics(el)).to.deep.equal([...QUESTION_TOPICS, 'own']);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('so all are shown').and.contain('tests, choosing, side-effects, next-steps');
        expect(warnings[0].length).to.be.lessThan(300);
      });
    }

    it('prints and copies only the shown topics', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await tick(el, first('tests'));
      await tick(el, first('choosing'));
      el.topics = 'choosing';
      await el.updateComplete;
      expect(el.count).to.equal(1);
      expect(el.questionsText()).to.contain(first('choosing')).and.not.contain(first('tests'));
    });
  });

  describe('ticking', () => {
    it('ticks by click and fires mbc-questions-change with the count only', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      setTimeout(() => checkbox(el, first('tests')).click());
      const event = (await oneEvent(el, 'mbc-questions-change')) as MbcQuestionsChangeEvent;
      expect(event).to.be.instanceOf(MbcQuestionsChangeEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.count).to.equal(1);
      expect(Object.keys(event).filter((k) => k !== 'isTrusted')).to.deep.equal(['count']);
      expect(JSON.stringify(event)).not.to.contain(first('tests'));
      await el.updateComplete;
      expect(q(el, '[part~="count"]')!.textContent).to.equal(ui.count(1));
      setTimeout(() => checkbox(el, first('tests')).click());
      const again = (await oneEvent(el, 'mbc-questions-change')) as MbcQuestionsChangeEvent;
      expect(again.count).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('works from the keyboard: Space ticks a focused checkbox', async () => {
      const el = await widget(html`<doctor-questions topics="tests"></doctor-questions>`);
      const box = checkbox(el, first('tests'));
      box.focus();
      await press('Space');
      await el.updateComplete;
      expect(box.checked).to.equal(true);
      expect(el.count).to.equal(1);
      await press('Tab');
      expect(shadow(el).activeElement).to.equal(checkbox(el, first('tests', 1)));
    });
  });

  describe('own questions', () => {
    it('adds a question typed and submitted with Enter: ticked, with a named Remove button, focus stays in the field', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      const input = q<HTMLInputElement>(el, '#add')!;
      expect(input.labels![0].textContent).to.equal(ui.addLabel);
      expect(input.maxLength).to.equal(500);
      input.focus();
      await sendKeys({ type: 'Travel-and-work' });
      // Without spaces: WebKitWebDriver drops some typed spaces.
      await until(() => input.value === 'Travel-and-work', 'the typed text');
      await el.updateComplete;
      expect(q(el, '#add-chars')!.textContent).to.equal(ui.characters(15, 500));
      expect(input.getAttribute('aria-describedby')).to.equal('add-chars');
      const changed = oneEvent(el, 'mbc-questions-change');
      await press('Enter');
      expect(((await changed) as unknown as MbcQuestionsChangeEvent).count).to.equal(1);
      await until(() => status(el) === ui.added, 'the added message');
      const own = qa(el, 'fieldset[data-topic="own"] li');
      expect(own).to.have.length(1);
      expect(own[0].querySelector('label')!.textContent!.trim()).to.equal('Travel-and-work');
      expect(own[0].querySelector('input')!.checked).to.equal(true);
      expect(own[0].querySelector('button')!.getAttribute('aria-label')).to.equal('Remove: Travel-and-work');
      expect(input.value).to.equal('');
      expect(shadow(el).activeElement).to.equal(input);
      expect(q(el, '[part~="status"]')!.getAttribute('role')).to.equal('status');
      await expect(el).to.be.accessible();
    });

    for (const blank of ['', '   ', '\t ']) {
      it(`ignores ${JSON.stringify(blank)} and says why`, async () => {
        const el = await widget(html`<doctor-questions></doctor-questions>`);
        let events = 0;
        el.addEventListener('mbc-questions-change', () => (events += 1));
        await addQuestion(el, blank);
        expect(qa(el, 'fieldset[data-topic="own"] li')).to.have.length(0);
        expect(status(el)).to.equal(ui.empty);
        expect(events).to.equal(0);
      });
    }

    it('shows markup the reader types as text, everywhere', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      const typed = '<img src=x onerror="window.__hacked=1"><b>bold</b>';
      await addQuestion(el, typed);
      expect(q(el, 'fieldset[data-topic="own"] label')!.textContent!.trim()).to.equal(typed);
      expect(q(el, 'img, b')).to.equal(null);
      const doc = await el.printDocument();
      expect(doc.querySelector('img, b')).to.equal(null);
      expect(doc.body.textContent).to.contain(typed);
      expect(el.questionsText()).to.contain(typed);
      expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    });

    it('caps a question at 500 characters', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await addQuestion(el, 'a'.repeat(600));
      expect(q(el, 'fieldset[data-topic="own"] label')!.textContent!.trim()).to.have.length(500);
    });

    it('removes a question with its button (by keyboard), moving focus sensibly', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await addQuestion(el, 'First');
      await addQuestion(el, 'Second');
      expect(el.count).to.equal(2);
      const buttons = qa<HTMLButtonElement>(el, '[part~="remove"]');
      buttons[0].focus();
      const changed = oneEvent(el, 'mbc-questions-change');
      await press('Enter');
      expect(((await changed) as unknown as MbcQuestionsChangeEvent).count).to.equal(1);
      await until(() => status(el) === ui.removed, 'the removed message');
      const left = qa<HTMLButtonElement>(el, '[part~="remove"]');
      expect(left.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Remove: Second']);
      expect(shadow(el).activeElement).to.equal(left[0]);
      left[0].click();
      await until(() => qa(el, '[part~="remove"]').length === 0, 'the last removal');
      await el.updateComplete;
      expect(shadow(el).activeElement).to.equal(q(el, '#add'));
      expect(text(el)).to.contain(ui.noOwnQuestions);
    });

    it('an own question can be unticked and stays on screen, off the list', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await addQuestion(el, 'Keep me');
      await tick(el, 'Keep me');
      expect(el.count).to.equal(0);
      expect(qa(el, '[part~="remove"]')).to.have.length(1);
    });
  });

  describe('print', () => {
    it('builds a separate document holding exactly the ticked and added questions, grouped', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await tick(el, first('tests', 1));
      await tick(el, first('next-steps'));
      await tick(el, first('tests'));
      await addQuestion(el, 'Can my partner come in with me?');
      await addQuestion(el, 'Not this one');
      await tick(el, 'Not this one');
      const doc = await el.printDocument();
      expect(doc).not.to.equal(document);
      expect(doc.documentElement.lang).to.equal('en');
      expect(doc.title).to.equal(ui.listTitle);
      expect(doc.querySelector('h1')!.textContent).to.equal(ui.listTitle);
      const groups = [...doc.querySelectorAll('section')].map((s) => ({
        title: s.querySelector('h2')!.textContent,
        questions: [...s.querySelectorAll('li')].map((li) => li.textContent),
      }));
      expect(groups).to.deep.equal([
        { title: topics.tests.title, questions: [first('tests'), first('tests', 1)] },
        { title: topics['next-steps'].title, questions: [first('next-steps')] },
        { title: ui.ownQuestions, questions: ['Can my partner come in with me?'] },
      ]);
      expect(doc.body.textContent).not.to.contain('Not this one');
      // Laid out by its own stylesheet, not by the page's.
      expect(doc.defaultView!.getComputedStyle(doc.querySelector('li')!).borderBottomStyle).to.equal('solid');
      const frame = q<HTMLIFrameElement>(el, 'iframe.print-frame')!;
      expect(frame.contentDocument).to.equal(doc);
      expect(frame.getAttribute('aria-hidden')).to.equal('true');
      expect(frame.tabIndex).to.equal(-1);
      expect(getComputedStyle(frame).visibility).to.equal('hidden');
      await expect(el).to.be.accessible();
    });

    it('"Print my questions" prints the frame document, not the page', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await tick(el, first('choosing'));
      const doc = await el.printDocument();
      const win = doc.defaultView!;
      let framePrints = 0;
      let pagePrints = 0;
      const pagePrint = window.print;
      win.print = () => {
        framePrints += 1;
      };
      window.print = () => {
        pagePrints += 1;
      };
      try {
        q<HTMLButtonElement>(el, '[part~="print"]')!.click();
        await until(() => framePrints === 1, 'the frame to print');
        expect(pagePrints).to.equal(0);
        expect(status(el)).to.equal(ui.printing);
        expect(doc.querySelectorAll('li')).to.have.length(1);
        expect(doc.querySelector('li')!.textContent).to.equal(first('choosing'));
      } finally {
        window.print = pagePrint;
      }
    });

    it('with nothing on the list, says so and prints nothing', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      expect(await el.printQuestions()).to.equal(false);
      expect(status(el)).to.equal(ui.emptyList);
      expect(q(el, 'iframe')).to.equal(null);
    });

    it('fillPrintDocument works on any document (a style element where adopting is refused)', () => {
      const doc = document.implementation.createHTMLDocument('');
      fillPrintDocument(doc, [{ title: 'T', questions: ['<i>a</i>'] }], ui, 'en');
      expect(doc.querySelector('i')).to.equal(null);
      expect(doc.querySelector('li')!.textContent).to.equal('<i>a</i>');
      expect(doc.adoptedStyleSheets.length + doc.querySelectorAll('style').length).to.be.greaterThan(0);
    });

    it("printing the host page is unaffected: the page keeps its own content, the widget hides its controls", async () => {
      const wrap = document.createElement('div');
      wrap.append(Object.assign(document.createElement('p'), { className: 'host-text', textContent: "The hospital's own page text." }));
      const [el] = await inside(wrap, {});
      await tick(el, first('tests'));
      await el.printDocument();
      await underMedia('print', async () => {
        await el.updateComplete;
        expect(matchMedia('print').matches).to.equal(true);
        const host = wrap.querySelector<HTMLElement>('.host-text')!;
        expect(getComputedStyle(host).display).to.equal('block');
        expect(host.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(getComputedStyle(el).display).to.equal('block');
        expect(getComputedStyle(q(el, 'fieldset')!).display).to.equal('block');
        expect(getComputedStyle(q(el, 'iframe')!).display).to.equal('none');
        expect(getComputedStyle(q(el, '[part~="print"]')!).display).to.equal('none');
        expect(getComputedStyle(q(el, 'form')!).display).to.equal('none');
      });
    });
  });

  describe('copy', () => {
    const expected = () => listAsText(ui.listTitle, [{ title: topics.tests.title, questions: [first('tests')] }, { title: ui.ownQuestions, questions: ['Mine'] }]);

    function replaceClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
      const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { value: writeText ? { writeText } : undefined, configurable: true });
      return () => {
        if (own) Object.defineProperty(navigator, 'clipboard', own);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      };
    }

    it('writes the list as plain text and says so', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await tick(el, first('tests'));
      await addQuestion(el, 'Mine');
      const written: string[] = [];
      const restore = replaceClipboard(async (value) => void written.push(value));
      try {
        expect(await el.copyQuestions()).to.equal('copied');
      } finally {
        restore();
      }
      expect(written).to.deep.equal([expected()]);
      expect(written[0]).to.equal(`${ui.listTitle}\n\n${topics.tests.title}\n- ${first('tests')}\n\n${ui.ownQuestions}\n- Mine`);
      expect(status(el)).to.equal(ui.copied);
      expect(q(el, '#copy-text')).to.equal(null);
    });

    for (const [name, writeText] of [
      ['refused', () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
      ['missing', undefined],
    ] as const) {
      it(`when the clipboard is ${name}: selects the text in a visible read-only box and says how to copy`, async () => {
        const el = await widget(html`<doctor-questions></doctor-questions>`);
        await tick(el, first('tests'));
        await addQuestion(el, 'Mine');
        const restore = replaceClipboard(writeText);
        try {
          q<HTMLButtonElement>(el, '[part~="copy"]')!.click();
          await until(() => status(el) === ui.copyManual, 'the manual copy message');
        } finally {
          restore();
        }
        const box = q<HTMLTextAreaElement>(el, '#copy-text')!;
        expect(box.readOnly).to.equal(true);
        expect(box.value).to.equal(expected());
        expect(box.labels![0].textContent).to.equal(ui.copyAreaLabel);
        expect(box.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(shadow(el).activeElement).to.equal(box);
        expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
        expect(status(el)).to.contain('Ctrl+C').and.contain('Command+C');
        await expect(el).to.be.accessible();
        // The box follows the list.
        await tick(el, first('tests'));
        expect(box.value).not.to.contain(first('tests'));
      });
    }

    it('with nothing on the list, says so', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      expect(await el.copyQuestions()).to.equal('empty');
      expect(status(el)).to.equal(ui.emptyList);
    });

    it('the real clipboard, after a real key press (where the engine allows it)', async () => {
      const el = await widget(html`<doctor-questions topics="tests"></doctor-questions>`);
      await tick(el, first('tests'));
      const name = await engine();
      q<HTMLButtonElement>(el, '[part~="copy"]')!.focus();
      await press('Enter');
      await until(() => status(el) === ui.copied || status(el) === ui.copyManual, 'a copy result');
      if (status(el) === ui.copyManual) {
        exempt('real clipboard write', name, 'the engine refused writeText under the test runner; the manual-copy fallback was shown');
        expect(q<HTMLTextAreaElement>(el, '#copy-text')!.value).to.equal(el.questionsText());
        return;
      }
      try {
        expect(await navigator.clipboard.readText()).to.equal(el.questionsText());
      } catch {
        exempt('reading the clipboard back', name, 'readText is refused without a permission the runner cannot grant');
      }
    });
  });

  describe('persist', () => {
    it('absent: reads and writes nothing in localStorage', async () => {
      const before = storedKeys();
      const calls: string[] = [];
      const { getItem, setItem } = Storage.prototype;
      Storage.prototype.getItem = function (key: string) {
        calls.push(`get ${key}`);
        return getItem.call(this, key);
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        calls.push(`set ${key}`);
        return setItem.call(this, key, value);
      };
      try {
        const el = await widget(html`<doctor-questions></doctor-questions>`);
        await tick(el, first('tests'));
        await addQuestion(el, 'Private');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
      expect(calls).to.deep.equal([]);
      expect(storedKeys()).to.deep.equal(before);
    });

    for (const [markup, key] of [
      [html`<doctor-questions persist></doctor-questions>`, 'default'],
      [html`<doctor-questions persist="  "></doctor-questions>`, 'default'],
      [html`<doctor-questions persist="clinic-a"></doctor-questions>`, 'clinic-a'],
      [html`<doctor-questions persist="Clinic_B"></doctor-questions>`, 'clinic_b'],
    ] as const) {
      it(`saves ids and own text only under ${PREFIX}${key}, and a new widget restores it`, async () => {
        const el = await widget(markup);
        await tick(el, first('choosing'));
        await addQuestion(el, 'My own');
        const saved = JSON.parse(localStorage.getItem(PREFIX + key)!);
        expect(saved).to.deep.equal({ v: 1, selected: [topics.choosing.questions[0].id, 'own-1'], own: [{ id: 'own-1', text: 'My own' }] });
        expect(Object.keys(storedKeys()).filter((k) => k.startsWith(PREFIX))).to.deep.equal([PREFIX + key]);
        const again = await widget(markup);
        expect(checkbox(again, first('choosing')).checked).to.equal(true);
        expect(checkbox(again, 'My own').checked).to.equal(true);
        expect(again.count).to.equal(2);
      });
    }

    it('two widgets with different names keep separate lists', async () => {
      const [a, b] = await inside(document.createElement('div'), { persist: 'a' }, { persist: 'b' });
      await tick(a, first('tests'));
      await tick(b, first('next-steps'));
      expect(JSON.parse(localStorage.getItem(`${PREFIX}a`)!).selected).to.deep.equal([topics.tests.questions[0].id]);
      expect(JSON.parse(localStorage.getItem(`${PREFIX}b`)!).selected).to.deep.equal([topics['next-steps'].questions[0].id]);
      expect(shadow(a).querySelector('#add')).not.to.equal(shadow(b).querySelector('#add'));
    });

    for (const bad of ['clinic a', 'a/b', 'x'.repeat(65), 'émile', '<script>']) {
      it(`an invalid name (${JSON.stringify(bad.slice(0, 12))}) warns once and uses "default"`, async () => {
        let el!: DoctorQuestions;
        const warnings = await captureWarnings(async () => {
          el = await widget(html`<doctor-questions persist=${bad}></doctor-questions>`);
          await tick(el, first('tests'));
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('persist').and.contain('"default"');
        expect(localStorage.getItem(`${PREFIX}default`)).to.contain(topics.tests.questions[0].id);
      });
    }

    it('storage that throws on read and write: no error, a note, and nothing lost on screen', async () => {
      const { getItem, setItem } = Storage.prototype;
      const refuse = () => {
        throw new DOMException('blocked', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      let el!: DoctorQuestions;
      try {
        await captureWarnings(async () => {
          el = await widget(html`<doctor-questions persist="clinic-a"></doctor-questions>`);
          await tick(el, first('tests'));
          await addQuestion(el, 'Still here');
        });
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem });
      }
      expect(checkbox(el, first('tests')).checked).to.equal(true);
      expect(checkbox(el, 'Still here').checked).to.equal(true);
      expect(el.count).to.equal(2);
      expect(q(el, '[part~="note"]')!.textContent).to.equal(ui.notSaved);
      await expect(el).to.be.accessible();
    });

    it('storage that reads but refuses to write (full quota): the list stays and the note appears', async () => {
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      let el!: DoctorQuestions;
      try {
        await captureWarnings(async () => {
          el = await widget(html`<doctor-questions persist></doctor-questions>`);
          expect(q(el, '[part~="note"]')).to.equal(null);
          await tick(el, first('tests'));
        });
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(checkbox(el, first('tests')).checked).to.equal(true);
      expect(q(el, '[part~="note"]')).not.to.equal(null);
      // Storage works again: the next change saves and the note goes.
      await tick(el, first('tests', 1));
      expect(localStorage.getItem(`${PREFIX}default`)).to.contain(topics.tests.questions[1].id);
      expect(q(el, '[part~="note"]')).to.equal(null);
    });

    for (const stored of ['{{{', 'null', '42', '"text"', '[]', '{}', '{"selected":"x"}', '{"own":{"id":"own-1"}}']) {
      it(`corrupt data ${stored} is ignored without error and replaced on the next change`, async () => {
        localStorage.setItem(`${PREFIX}default`, stored);
        let el!: DoctorQuestions;
        const warnings = await captureWarnings(async () => {
          el = await widget(html`<doctor-questions persist></doctor-questions>`);
        });
        expect(el.count).to.equal(0);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).not.to.contain(stored);
        await tick(el, first('tests'));
        expect(JSON.parse(localStorage.getItem(`${PREFIX}default`)!).selected).to.deep.equal([topics.tests.questions[0].id]);
      });
    }

    it('keeps the well-formed parts of partly wrong data', async () => {
      localStorage.setItem(
        `${PREFIX}default`,
        JSON.stringify({
          selected: [topics.tests.questions[0].id, 7, null, {}, 'own-2', 'own-9'],
          own: [null, { id: 'own-1', text: '   ' }, { id: 'x', text: 'bad id' }, { id: 'own-2', text: 'Kept' }, { id: 'own-3', text: 42 }, { id: 'own-2', text: 'dup' }],
        }),
      );
      const el = await widget(html`<doctor-questions persist></doctor-questions>`);
      expect(qa(el, '[part~="remove"]').map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Remove: Kept']);
      expect(el.count).to.equal(2);
    });

    it('setting persist later never replaces what is on screen', async () => {
      localStorage.setItem(`${PREFIX}later`, JSON.stringify({ selected: [topics.choosing.questions[0].id], own: [] }));
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await tick(el, first('tests'));
      el.persist = 'later';
      await el.updateComplete;
      expect(checkbox(el, first('tests')).checked).to.equal(true);
      expect(checkbox(el, first('choosing')).checked).to.equal(false);
    });
  });

  describe('media', () => {
    it('keeps visible borders on buttons and the field in forced-colors mode', async () => {
      const el = await widget(html`<doctor-questions></doctor-questions>`);
      await underMedia('forced-colors', async () => {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const selector of ['[part~="print"]', '[part~="copy"]', '#add']) {
          expect(getComputedStyle(q(el, selector)!).borderTopStyle).to.equal('solid');
        }
      });
    });
  });
});
