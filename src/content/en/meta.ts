import type { MetaStrings } from '../schema.js';

/** Footer words shared by every element. */
export const meta: MetaStrings = {
  updated: 'Updated',
  sources: 'Sources',
  reviewPending: 'Clinical review: pending',
  reviewedBy: (reviewer, date) => `Reviewed by ${reviewer} on ${date}`,
};
