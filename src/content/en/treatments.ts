import type { TreatmentCatalog } from '../schema.js';
import {
  ACS_CHEMO,
  ACS_HORMONE_RECEPTORS,
  ACS_STAGE_IV,
  ACS_TARGETED,
  NCCN_PATIENTS,
  NCI_PDQ,
  SOURCE_PAGE,
} from './sources.js';

const pending = { status: 'pending' } as const;

const scopes: TreatmentCatalog['scopes'] = {
  systemic: {
    id: 'systemic',
    label: 'Systemic therapy',
    meaning: 'It travels in the blood to reach cancer cells all through the body.',
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, NCI_PDQ],
    clinicalReview: pending,
  },
  local: {
    id: 'local',
    label: 'Local therapy',
    meaning: 'It treats one part of the body.',
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, NCCN_PATIENTS],
    clinicalReview: pending,
  },
};

const entries: TreatmentCatalog['entries'] = {
  hormonal: {
    id: 'hormonal',
    name: 'Hormonal therapy',
    scope: 'systemic',
    summary: 'Medicine that stops hormones from helping some breast cancers grow.',
    whatItIs: [
      'Some breast cancers use the hormones estrogen or progesterone to grow. Their cells have hormone receptors.',
      'Hormonal therapy lowers the amount of estrogen in the body, or stops estrogen from acting on the cancer cells. It does not work on a cancer that has neither receptor.',
    ],
    howUsed: [
      'Doctors have used it for many years to treat hormone receptor-positive metastatic breast cancer. It can slow the growth or spread of the cancer.',
      'A test on the tumor shows if it has hormone receptors. This is the best way to tell if hormonal therapy may work. If the test has not been done, your doctor can order it.',
      'Which medicine fits can depend on whether a person has been through menopause. It is often given with a targeted drug. If one hormonal therapy stops working, another may be tried.',
    ],
    questions: [
      'Does my cancer have hormone receptors? Has it been tested?',
      'Which hormonal therapies could fit me, and does menopause change that?',
      'Would a targeted drug be given with it?',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, ACS_HORMONE_RECEPTORS, ACS_STAGE_IV],
    clinicalReview: pending,
  },
  chemotherapy: {
    id: 'chemotherapy',
    name: 'Chemotherapy',
    scope: 'systemic',
    summary: 'Drugs that kill cells that grow and divide fast, including cancer cells.',
    whatItIs: [
      'Chemotherapy drugs destroy cells that divide quickly. Cancer cells divide quickly. The drugs are given through a vein or as pills, and the blood carries them through the body.',
      'They can also harm healthy cells that grow fast, which causes side effects such as hair loss, tiredness and feeling sick. Most of these go away with time.',
    ],
    howUsed: [
      'It can shrink tumors. It may be used when the cancer is not likely to respond well to hormonal therapy.',
      'It is the main drug treatment for cancer that has no hormone receptors. It may be one drug or a mix of drugs.',
    ],
    questions: [
      'Why might chemotherapy be a choice for me?',
      'What side effects could I have, and how can we ease them?',
      'How will we know if it is working?',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, ACS_CHEMO, ACS_STAGE_IV],
    clinicalReview: pending,
  },
  targeted: {
    id: 'targeted',
    name: 'Targeted therapy',
    scope: 'systemic',
    summary: 'Drugs that act on certain features of cancer cells.',
    whatItIs: [
      'This name covers a range of drugs. Each one acts on a part of the cancer cell that helps it grow. Like chemotherapy, these drugs reach almost all of the body. Their side effects are often not the same as those of chemotherapy.',
    ],
    howUsed: [
      'Some breast cancers make too much of a protein called HER2. They are called HER2-positive. HER2-targeted drugs block this protein, so the cancer cells are less able to grow. These drugs are often given with chemotherapy.',
      'Other targeted drugs are often given with hormonal therapy.',
    ],
    questions: [
      'What is the HER2 status of my cancer?',
      'Is there a targeted drug that fits my cancer? What would it be given with?',
      'How are its side effects different from those of chemotherapy?',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, ACS_TARGETED, ACS_STAGE_IV],
    clinicalReview: pending,
  },
  radiation: {
    id: 'radiation',
    name: 'Radiation therapy',
    scope: 'local',
    summary: 'Beams of high energy aimed at one part of the body to kill cancer cells.',
    whatItIs: [
      'Radiation therapy uses strong beams of energy to kill cancer cells or slow their growth. It treats only the area the beams are aimed at.',
    ],
    howUsed: [
      'In metastatic breast cancer, it is most often used for tumors in the brain, the breast or the chest wall. It can also ease pain from cancer that has spread to the bones.',
    ],
    questions: [
      'What area would be treated, and what do we hope it will do?',
      'How many visits would it take?',
      'What side effects could I have in that area?',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, NCI_PDQ],
    clinicalReview: pending,
  },
  surgery: {
    id: 'surgery',
    name: 'Surgery',
    scope: 'local',
    summary: 'An operation to remove cancer from one part of the body.',
    whatItIs: ['Surgery removes a tumor or tissue from one part of the body.'],
    howUsed: [
      'Surgery is not often used in metastatic breast cancer, but it may be a choice for some people. It may remove painful breast tissue, or cancer that has spread to the brain, spine or lungs.',
      'It may ease symptoms. Whether it helps people live longer is still being studied.',
    ],
    questions: [
      'What would surgery aim to do for me?',
      'What would healing after surgery be like?',
      'Are there other ways to treat this area?',
    ],
    updated: '2026-11-27',
    sources: [SOURCE_PAGE, NCI_PDQ, NCCN_PATIENTS],
    clinicalReview: pending,
  },
};

export const treatments: TreatmentCatalog = {
  entries,
  scopes,
  ui: {
    whatItIs: 'What it is',
    howUsed: 'How it is used in metastatic breast cancer',
    questions: 'Questions to ask your care team',
    learnMore: (name) => `More about ${name.toLowerCase()}`,
  },
};
