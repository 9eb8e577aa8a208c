/**
 * Environment faults: storage that throws, missing or broken observers, missing matchMedia,
 * requestAnimationFrame or clipboard, a polluted Object/Array prototype, and exceptions thrown
 * inside render, willUpdate, update, updated and firstUpdated. The element either shows its text
 * or (when its own code cannot run) reports once through `mbc-render-error` and console.warn and
 * shows its light-DOM fallback; it never leaves an empty box and never throws into the host.
 */
import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { elements, type ElementEntry } from './elements.js';
import { countCases, expectNoProblems, fallbackProblems, runCase, settle, textProblems, watchErrors } from './oracles.js';

type Restore = () => void;
const g = window as unknown as Record<string, unknown>;

/** Replaces a global (own or inherited) for the length of a case. */
function replaceGlobal(name: string, descriptor: PropertyDescriptor | 'delete'): Restore {
  const own = Object.getOwnPropertyDescriptor(window, name);
  if (descriptor === 'delete') Object.defineProperty(window, name, { value: undefined, configurable: true, writable: true });
  else Object.defineProperty(window, name, { configurable: true, ...descriptor });
  return () => {
    if (own) Object.defineProperty(window, name, own);
    else delete g[name];
  };
}

function patch<T extends object>(target: T, key: keyof T & string, value: unknown): Restore {
  const own = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (own) Object.defineProperty(target, key, own);
    else delete (target as Record<string, unknown>)[key];
  };
}

const thrower = (message: string) =>
  function () {
    throw new DOMException(message, 'SecurityError');
  };
const ThrowingCtor = class {
  constructor() {
    throw new Error('observer unavailable');
  }
};

/** [name, apply fault (returns its undo), what shows] */
const FAULTS: [string, () => Restore, 'content' | 'fallback'][] = [
  ['localStorage getter throws (storage blocked)', () => replaceGlobal('localStorage', { get: thrower('storage blocked') }), 'content'],
  ['sessionStorage getter throws', () => replaceGlobal('sessionStorage', { get: thrower('storage blocked') }), 'content'],
  ['localStorage.setItem throws QuotaExceededError', () => patch(Storage.prototype, 'setItem', () => { throw new DOMException('full', 'QuotaExceededError'); }), 'content'],
  ['localStorage.getItem throws', () => patch(Storage.prototype, 'getItem', thrower('no')), 'content'],
  ['indexedDB missing', () => replaceGlobal('indexedDB', 'delete'), 'content'],
  ['IntersectionObserver missing', () => replaceGlobal('IntersectionObserver', 'delete'), 'content'],
  ['ResizeObserver missing', () => replaceGlobal('ResizeObserver', 'delete'), 'content'],
  ['MutationObserver missing', () => replaceGlobal('MutationObserver', 'delete'), 'content'],
  ['every observer missing', () => {
    const undo = ['IntersectionObserver', 'ResizeObserver', 'MutationObserver'].map((name) => replaceGlobal(name, 'delete'));
    return () => undo.forEach((u) => u());
  }, 'content'],
  ['IntersectionObserver constructor throws', () => replaceGlobal('IntersectionObserver', { value: ThrowingCtor, writable: true }), 'content'],
  ['ResizeObserver.observe throws', () => patch(ResizeObserver.prototype, 'observe', thrower('no')), 'content'],
  ['MutationObserver.observe throws', () => patch(MutationObserver.prototype, 'observe', thrower('no')), 'content'],
  ['matchMedia missing', () => replaceGlobal('matchMedia', 'delete'), 'content'],
  ['matchMedia throws', () => replaceGlobal('matchMedia', { value: thrower('no'), writable: true }), 'content'],
  ['Intl.DateTimeFormat throws', () => patch(Intl, 'DateTimeFormat', ThrowingCtor), 'content'],
  ['requestAnimationFrame missing', () => replaceGlobal('requestAnimationFrame', 'delete'), 'content'],
  ['performance.now throws', () => patch(performance, 'now', thrower('no')), 'content'],
  ['navigator.clipboard missing', () => patch(Navigator.prototype, 'clipboard' as keyof Navigator & string, undefined), 'content'],
  ['window.print throws', () => replaceGlobal('print', { value: thrower('no'), writable: true }), 'content'],
  ['Object.prototype polluted with an enumerable property', () => patch(Object.prototype, 'polluted' as never, 'x'), 'content'],
  ['Array.prototype extended with enumerable methods (old libraries)', () => {
    (Array.prototype as unknown as Record<string, unknown>).each = function each() {};
    return () => delete (Array.prototype as unknown as Record<string, unknown>).each;
  }, 'content'],
  ['CSS.supports missing', () => patch(CSS, 'supports', undefined), 'content'],
  ['an exception inside render (a polyfill breaks getAttribute("lang"))', () => {
    const original = Element.prototype.getAttribute;
    return patch(Element.prototype, 'getAttribute', function (this: Element, name: string) {
      if (name === 'lang' && this.localName.includes('-')) throw new Error('broken polyfill');
      return original.call(this, name);
    });
  }, 'fallback'],
];

/** Lifecycle methods that throw in a subclass: the shared guard must contain every one. */
const THROWING = ['render', 'willUpdate', 'update', 'updated', 'firstUpdated'] as const;
let defined = 0;

function throwingInstance(entry: ElementEntry, method: (typeof THROWING)[number]): HTMLElement {
  const Base = customElements.get(entry.tag) as unknown as typeof LitElement;
  const tag = `${entry.tag}-broken-${(defined += 1)}`;
  class Broken extends Base {}
  Object.defineProperty(Broken.prototype, method, {
    value() {
      throw new Error(`${method} failed`);
    },
  });
  customElements.define(tag, Broken as unknown as CustomElementConstructor);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(entry.valid)) el.setAttribute(name, value);
  const t = document.createElement('template');
  t.innerHTML = entry.fallback;
  el.append(t.content);
  return el;
}

let total = 0;
describe('robustness: environment faults', () => {
  for (const entry of elements) {
    describe(`<${entry.tag}>`, () => {
      for (const [name, fault, shows] of FAULTS) {
        total += 1;
        it(name, async () => {
          let undo: Restore = () => {};
          let events = 0;
          const count = () => (events += 1);
          document.addEventListener('mbc-render-error', count);
          try {
            const result = await runCase(entry, {
              context: () => {
                undo = fault();
              },
              shows,
            });
            undo();
            expectNoProblems(result.problems);
            if (shows === 'fallback') {
              expect(events, 'one mbc-render-error event').to.equal(1);
              expect(result.warnings.filter((w) => w.includes('could not render'))).to.have.length(1);
            } else {
              expect(events, 'a fault the element handles is not a render error').to.equal(0);
            }
          } finally {
            undo();
            document.removeEventListener('mbc-render-error', count);
          }
        });
      }
      for (const method of THROWING) {
        total += 1;
        // Before the commit (render, willUpdate, update) the fallback shows; after it (firstUpdated,
        // updated) the rendered text stays. Either way: reported once, nothing reaches the host.
        const after = method === 'updated' || method === 'firstUpdated';
        it(`an exception in ${method}() ${after ? 'keeps the rendered text' : 'shows the fallback'} and reports once`, async () => {
          const host = document.createElement('div');
          host.style.width = '600px';
          document.body.append(host);
          const errors = watchErrors();
          const events: Event[] = [];
          const warnings: string[] = [];
          const warn = console.warn;
          console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
          document.addEventListener('mbc-render-error', (e) => events.push(e), { once: false });
          try {
            const el = throwingInstance(entry, method);
            host.append(el);
            await settle(el).catch(() => undefined);
            await new Promise((resolve) => setTimeout(resolve, 10));
            // A second update must not report again.
            (el as unknown as LitElement).requestUpdate();
            await settle(el).catch(() => undefined);
            await new Promise((resolve) => setTimeout(resolve, 10));
            expectNoProblems([...errors.stop(), ...(after ? textProblems(el, entry) : fallbackProblems(el, entry))]);
            expect(events.filter((e) => e.target === el), 'one mbc-render-error event').to.have.length(1);
            expect(warnings.filter((w) => w.includes('could not render')), 'one warning').to.have.length(1);
          } finally {
            errors.stop();
            console.warn = warn;
            host.remove();
          }
        });
      }
    });
  }
  before(() => countCases('environment-faults', total));
});
