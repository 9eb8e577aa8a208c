// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import '../../internal/hydrate-support.js';
import { defineElement } from '../../internal/define.js';
import { DoctorQuestions } from './doctor-questions.js';

defineElement('doctor-questions', DoctorQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'doctor-questions': DoctorQuestions;
  }
}
