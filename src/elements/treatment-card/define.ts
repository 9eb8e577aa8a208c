import { defineElement } from '../../internal/define.js';
import { TreatmentCard } from './treatment-card.js';

defineElement('treatment-card', TreatmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'treatment-card': TreatmentCard;
  }
}
