import { defineElement } from '../../internal/define.js';
import { DoctorQuestions } from './doctor-questions.js';

defineElement('doctor-questions', DoctorQuestions);

declare global {
  interface HTMLElementTagNameMap {
    'doctor-questions': DoctorQuestions;
  }
}
