import { contentState } from '../internal/page-state.js';
import { catalogFor } from './index.js';

/**
 * Puts the English catalog on the page state, where partner language checking finds the shape of a
 * pack (`src/content/pack.ts`). Nothing is built until a pack is checked.
 */
export function recordEnglish(): void {
  contentState().english ??= () => catalogFor('en').catalog;
}
