/**
 * Page-wide coordination shared by every copy of the bundle loaded on a page.
 *
 * Two copies (a tag manager that loads the script twice, or two different versions) must agree on
 * what is already registered, so the state lives on one namespaced global instead of in module scope.
 * Its shape is versioned by `protocol`; fields are only ever added, never changed in meaning.
 */
export interface PageState {
  readonly protocol: 1;
  /** Tag name → version of mbc-elements that registered it. */
  readonly defined: Record<string, string>;
}

export const PAGE_STATE_KEY = '__mbcElements';

type WithState = typeof globalThis & { [PAGE_STATE_KEY]?: PageState };

export function pageState(): PageState {
  const g = globalThis as WithState;
  if (!g[PAGE_STATE_KEY]) {
    Object.defineProperty(g, PAGE_STATE_KEY, {
      value: { protocol: 1, defined: {} } satisfies PageState,
      configurable: true,
      enumerable: false,
      writable: false,
    });
  }
  return g[PAGE_STATE_KEY]!;
}
