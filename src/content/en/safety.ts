import type { SafetyCatalog, SafetyPack } from '../schema.js';
import { SOURCE_PAGE } from './sources.js';

const pending = { status: 'pending' } as const;

/**
 * The built-in FASLODEX pack holds only the safety facts of the source page, in plain words. It is
 * not all the safety information (`complete: false`), and its approval code says SAMPLE: a sponsor
 * replaces it with its approved wording through `registerSafetyContent()`.
 */
const faslodex: SafetyPack = {
  id: 'faslodex',
  product: 'faslodex',
  name: 'FASLODEX (fulvestrant)',
  version: '2026.11-sample',
  approvalCode: 'SAMPLE-NOT-FOR-USE',
  complete: false,
  keyRisk: 'People who have had an allergic reaction to any of the ingredients in FASLODEX should not receive it.',
  sections: [
    {
      heading: 'Signs of an allergic reaction',
      paragraphs: ['An allergic reaction to FASLODEX may cause:'],
      items: ['Itching', 'Swelling of the face, lips, tongue or throat', 'Trouble breathing'],
    },
    {
      heading: 'What is FASLODEX?',
      paragraphs: [
        'FASLODEX is a prescription medicine. It treats hormone receptor-positive breast cancer that has spread. It is for women who have been through menopause. It is used when the cancer has grown or spread after an antiestrogen medicine, such as tamoxifen.',
      ],
    },
  ],
  updated: '2026-11-27',
  sources: [SOURCE_PAGE],
  clinicalReview: pending,
};

export const safety: SafetyCatalog = {
  packs: { faslodex },
  disclaimer: {
    id: 'general',
    heading: 'About this information',
    paragraphs: [
      'This information is here to help you learn. It does not replace advice from your care team.',
      'Talk with your care team about your own health and your treatment choices.',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE],
    clinicalReview: pending,
  },
  ui: {
    title: 'Important Safety Information',
    expand: 'Show all',
    collapse: 'Show less',
    incomplete: (name) => `This is not all the safety information for ${name}.`,
    readPi: 'Read the full Prescribing Information',
    moreSafety: (name) => `More safety information for ${name}`,
    version: 'Version',
    approvalCode: 'Approval code',
    panel: 'Important Safety Information text',
    toInline: 'Read the full Important Safety Information on this page',
  },
};
