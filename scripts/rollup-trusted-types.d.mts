// Types of rollup-trusted-types.mjs, for the tests that import it.
import type { Plugin } from 'rollup';

export const POLICY_NAME: 'mbc-elements';
/** lit-html's module source with its `lit-html` policy creation replaced; throws when it is not there exactly once. */
export function rewriteLitHtml(code: string, id?: string): string;
export function trustedTypesPolicy(): Plugin & {
  transform(this: { error(message: string): never }, code: string, id: string): { code: string; map: null } | null;
  renderChunk(this: { error(message: string): never }, code: string, chunk: { fileName: string }): null;
};
