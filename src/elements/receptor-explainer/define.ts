import { defineElement } from '../../internal/define.js';
import { ReceptorExplainer } from './receptor-explainer.js';

defineElement('receptor-explainer', ReceptorExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'receptor-explainer': ReceptorExplainer;
  }
}
