import type { SafetyCatalog, SafetyPack, Source } from '../schema.js';
import { ACS_STAGE_IV, CHECKED, NCI_PDQ, pending } from './sources.js';

/** The product website the sample pack was written from: cited by that product's pack and nowhere else. */
const FASLODEX_WEBSITE: Source = {
  title: 'Metastatic Breast Cancer Treatment Options (FASLODEX patient website)',
  publisher: 'AstraZeneca',
};

/**
 * The built-in FASLODEX pack holds only the safety facts of the product's patient page, in plain
 * words. It is not all the safety information (`complete: false`) and not the maker's approved text
 * (`sample: true`, which the banner says in words): a sponsor replaces it with its approved wording
 * through `registerSafetyContent()`.
 */
const faslodex: SafetyPack = {
  id: 'faslodex',
  product: 'faslodex',
  name: 'FASLODEX (fulvestrant)',
  version: '2026.12-sample',
  approvalCode: '',
  sample: true,
  complete: false,
  keyRisk: 'People who have had an allergic reaction to any of the ingredients in FASLODEX should not receive it.',
  sections: [
    {
      heading: 'Signs of an allergic reaction',
      paragraphs: ['Signs of an allergic reaction to FASLODEX may include:'],
      items: ['Itching', 'Swelling of the face, lips, tongue or throat', 'Trouble breathing'],
    },
    {
      heading: 'What is FASLODEX?',
      paragraphs: [
        'FASLODEX is a prescription medicine. It is used to treat hormone receptor-positive breast cancer that has spread, in women who have been through menopause. It is used when the cancer has grown or spread after an antiestrogen medicine, such as tamoxifen.',
      ],
    },
  ],
  ...CHECKED,
  sources: [FASLODEX_WEBSITE],
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
    ...CHECKED,
    sources: [ACS_STAGE_IV, NCI_PDQ],
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
    sample: "This summary was written from public information. It is not the maker's approved safety text.",
    panel: 'Important Safety Information text',
    toInline: 'Read the full Important Safety Information on this page',
    englishOnly: 'The safety information for this medicine is available only in English.',
  },
};
