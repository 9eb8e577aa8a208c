// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import '../../internal/hydrate-support.js';
import { defineElement } from '../../internal/define.js';
import '../treatment-card/define.js';
import { TreatmentOptions } from './treatment-options.js';

defineElement('treatment-options', TreatmentOptions);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-options': TreatmentOptions;
  }
}
