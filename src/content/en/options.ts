import type { OptionsCatalog } from '../schema.js';
import { ACS_STAGE_IV, CHECKED, KOMEN_QUESTIONS, NCI_PDQ, pending } from './sources.js';

/** The words around the cards in <treatment-options>. Each card brings its own content. */
export const options: OptionsCatalog = {
  overview: {
    id: 'overview',
    title: 'Treatment options for metastatic breast cancer',
    intro: [
      'People with metastatic breast cancer have several treatment options to think about.',
      'Your care team will talk with you about the ones that could fit you. The choice depends on your own cancer, your test results and the treatments you have had before.',
      'Your pathology report gives key facts about your cancer. It plays a big part in planning your treatment.',
    ],
    groups: {
      systemic: {
        heading: 'Systemic therapies',
        intro:
          'Systemic therapies are medicines that travel in the blood, so they can reach cancer cells all through the body. They are the main treatments for metastatic breast cancer.',
      },
      local: {
        heading: 'Local therapies',
        intro:
          'Local therapies treat the cancer in one part of the body. They are used in some cases, for example to ease symptoms such as pain.',
      },
    },
    ...CHECKED,
    sources: [ACS_STAGE_IV, NCI_PDQ, KOMEN_QUESTIONS],
    clinicalReview: pending,
  },
  ui: {
    contents: 'Jump to a treatment',
    backToTop: 'Back to top',
  },
};
