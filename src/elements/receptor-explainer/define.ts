// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import '../../internal/hydrate-support.js';
import { defineElement } from '../../internal/define.js';
import { ReceptorExplainer } from './receptor-explainer.js';

defineElement('receptor-explainer', ReceptorExplainer);

declare global {
  interface HTMLElementTagNameMap {
    'receptor-explainer': ReceptorExplainer;
  }
}
