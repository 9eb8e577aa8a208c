import type { MetaStrings } from '../schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Footer words shared by every element. */
export const meta: MetaStrings = {
  updated: 'Updated',
  sources: 'Sources',
  reviewPending: 'Clinical review: pending',
  reviewedBy: (reviewer, date) => `Reviewed by ${reviewer} on ${date}`,
  date: (year, month, day) => `${MONTHS[month - 1]} ${day}, ${year}`,
};
