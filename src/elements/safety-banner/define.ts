// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import '../../internal/hydrate-support.js';
import { defineElement } from '../../internal/define.js';
import { pageState } from '../../internal/page-state.js';
import { registerSafetyContent } from './packs.js';
import { SafetyBanner } from './safety-banner.js';

defineElement('safety-banner', SafetyBanner);
// Classic-script pages get no exports: they reach the API as window.__mbcElements.registerSafetyContent(pack).
pageState().registerSafetyContent ??= registerSafetyContent as (pack: unknown) => unknown;

declare global {
  interface HTMLElementTagNameMap {
    'safety-banner': SafetyBanner;
  }
}
