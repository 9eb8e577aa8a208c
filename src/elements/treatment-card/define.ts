// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import '../../internal/hydrate-support.js';
import { defineElement } from '../../internal/define.js';
import { TreatmentCard } from './treatment-card.js';

defineElement('treatment-card', TreatmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-card': TreatmentCard;
  }
}
