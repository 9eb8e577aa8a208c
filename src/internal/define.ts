import { pageState } from './page-state.js';
import { exposeReviewFunctions } from './review.js';
import { containUpdates } from './render-guard.js';
import { VERSION } from './version.js';
import { warnOnce } from './warn.js';

const warned = {};

/**
 * Registers a custom element once per page.
 *
 * - Not yet defined: defines it and records this package version.
 * - Already defined by this version (the bundle was loaded twice): does nothing.
 * - Already defined by another version or another script: keeps the first definition and warns once.
 *
 * It never throws: the host page must keep working whatever else is loaded on it.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const state = pageState();
  const existing = registry.get(tag);
  if (existing) {
    const owner = state.defined[tag];
    if (existing !== ctor && owner !== VERSION) {
      warnOnce(
        warned,
        `<${tag}> is already defined by ${owner ? `mbc-elements ${owner}` : 'another script'}; ` +
          `mbc-elements ${VERSION} leaves that definition in place.`,
      );
    }
    return;
  }
  try {
    containUpdates(ctor);
    registry.define(tag, ctor);
    state.defined[tag] = VERSION;
    exposeReviewFunctions();
  } catch (error) {
    warnOnce(warned, `<${tag}> could not be defined: ${String(error)}`);
  }
}
