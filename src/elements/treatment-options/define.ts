import { defineElement } from '../../internal/define.js';
import '../treatment-card/define.js';
import { TreatmentOptions } from './treatment-options.js';

defineElement('treatment-options', TreatmentOptions);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-options': TreatmentOptions;
  }
}
