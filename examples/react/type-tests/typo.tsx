// Must NOT type-check: `compakt` is not a variant. scripts/examples.mjs asserts tsc rejects it.
import type {} from 'mbc-elements/frameworks/react';

export const typo = <treatment-card treatment="hormonal" variant="compakt" />;
