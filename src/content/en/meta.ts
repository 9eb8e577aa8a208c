import type { MetaStrings } from '../schema.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Footer words shared by every element. */
export const meta: MetaStrings = {
  updated: 'Updated',
  sources: (count) => `Sources (${count})`,
  notChecked: 'This information has not yet been checked by a doctor.',
  checkedFor: (reviewer, organization, date) => `Checked for ${organization} on ${date} by ${reviewer}.`,
  checkedBy: (reviewer, date) => `Checked by ${reviewer} on ${date}.`,
  outOfDate: 'This information may be out of date.',
  translationPending: 'This translation has not yet been checked by a qualified medical translator.',
  translationOutdated: 'The English text has changed since this was translated, so the translation may be out of date.',
  translationCheckedBy: (translator, organization, date) => `Translation checked for ${organization} on ${date} by ${translator}.`,
  careTeam: 'Talk with your care team about your own care.',
  reviewInfo: (version, updated, reviewBy) => `version ${version}, updated ${updated}, review by ${reviewBy}`,
  date: (year, month, day) => `${MONTHS[month - 1]} ${day}, ${year}`,
};
