import type { UiStrings } from '../schema.js';

export const ui: UiStrings = {
  whatItIs: 'What it is',
  howUsed: 'How it is used in metastatic breast cancer',
  questions: 'Questions to ask your care team',
  learnMore: (name) => `More about ${name.toLowerCase()}`,
  updated: 'Updated',
  sources: 'Sources',
  reviewPending: 'Clinical review: pending',
  reviewedBy: (reviewer, date) => `Reviewed by ${reviewer} on ${date}`,
};
