import type { Source, TreatmentCatalog } from '../schema.js';
import {
  AACR_HER2_LOW,
  ACS_CHEMO,
  ACS_HORMONE_RECEPTORS,
  ACS_STAGE_IV,
  ACS_TARGETED,
  ASCO_HORMONAL,
  ASCO_ONE_DRUG,
  BCO_HER2,
  CANCER_AUSTRALIA_RADIOTHERAPY,
  CHECKED,
  MAYO_CHEMO_RISKS,
  MAYO_HORMONE_THERAPY,
  NCCN_PATIENTS,
  NCI_PDQ,
  pending,
} from './sources.js';

const meta = (sources: readonly Source[]) => ({ ...CHECKED, sources, clinicalReview: pending });

const scopes: TreatmentCatalog['scopes'] = {
  systemic: {
    id: 'systemic',
    label: 'Systemic therapy',
    meaning: 'It travels in the blood to reach cancer cells all through the body.',
    ...meta([NCI_PDQ, ACS_TARGETED]),
  },
  local: {
    id: 'local',
    label: 'Local therapy',
    meaning: 'It treats one part of the body.',
    ...meta([NCCN_PATIENTS, ACS_STAGE_IV]),
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
      'It is used for metastatic breast cancer that has hormone receptors. It can slow the cancer down.',
      'A test on the cancer shows if it has hormone receptors. This is the best way to tell if hormonal therapy may work. If the test has not been done, your doctor can order it.',
      'Which medicine fits can depend on whether a person has been through menopause. It may be given with a targeted drug. If one hormonal therapy stops working, another may be tried.',
    ],
    questions: [
      'Does my cancer have hormone receptors? Has it been tested?',
      'Which hormonal therapies could fit me, and does menopause change that?',
      'Would a targeted drug be given with it?',
    ],
    ...meta([ACS_HORMONE_RECEPTORS, ACS_STAGE_IV, ASCO_HORMONAL, MAYO_HORMONE_THERAPY]),
  },
  chemotherapy: {
    id: 'chemotherapy',
    name: 'Chemotherapy',
    scope: 'systemic',
    summary: 'Drugs that kill cells that grow and divide fast, including cancer cells.',
    whatItIs: [
      'Chemotherapy drugs destroy cells that divide quickly. Cancer cells divide quickly. The drugs are given through a vein or as pills, and the blood carries them through the body.',
      'They can also harm healthy cells that grow fast. This causes side effects such as hair loss, feeling tired, and feeling sick to your stomach. Most of these go away with time.',
    ],
    howUsed: [
      'It can shrink tumors. It is the main drug treatment for cancer that has no hormone receptors.',
      'It may also be used when hormonal therapy stops working, or when the cancer causes serious problems. It may be one drug at a time or a mix of drugs.',
    ],
    questions: [
      'Why might chemotherapy be a choice for me?',
      'What side effects could I have, and how can we ease them?',
      'How will we know if it is working?',
    ],
    ...meta([ACS_CHEMO, ACS_STAGE_IV, NCI_PDQ, ASCO_ONE_DRUG, MAYO_CHEMO_RISKS]),
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
      'Some breast cancers make too much of a protein called HER2. They are called HER2-positive. HER2-targeted drugs block this protein, so the cancer cells are less able to grow. These drugs may be given with chemotherapy.',
      'One targeted drug is also approved for some cancers that make only a little HER2 (HER2-low). It carries a chemotherapy drug to the cancer cells.',
      'Other targeted drugs may be given with hormonal therapy.',
    ],
    questions: [
      'What is the HER2 status of my cancer?',
      'Is there a targeted drug that fits my cancer? What would it be given with?',
      'How are its side effects different from those of chemotherapy?',
    ],
    ...meta([ACS_TARGETED, ACS_STAGE_IV, ASCO_ONE_DRUG, BCO_HER2, AACR_HER2_LOW]),
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
      'In metastatic breast cancer, it may be aimed at cancer in the bones, the brain, the spine, the breast or the chest wall. It can ease symptoms such as pain.',
    ],
    questions: [
      'What area would be treated, and what do we hope it will do?',
      'How many visits would it take?',
      'What side effects could I have in that area?',
    ],
    ...meta([NCI_PDQ, CANCER_AUSTRALIA_RADIOTHERAPY]),
  },
  surgery: {
    id: 'surgery',
    name: 'Surgery',
    scope: 'local',
    summary: 'An operation to remove cancer from one part of the body.',
    whatItIs: ['Surgery removes a tumor or tissue from one part of the body.'],
    howUsed: [
      'In metastatic breast cancer, surgery is used only in some cases. It may remove a painful wound in the breast, or cancer that has spread to the brain, spine or lungs.',
      'It may ease symptoms. Whether it helps people live longer is still being studied.',
    ],
    questions: [
      'What would surgery aim to do for me?',
      'What would healing after surgery be like?',
      'Are there other ways to treat this area?',
    ],
    ...meta([NCI_PDQ, NCCN_PATIENTS, ACS_STAGE_IV]),
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
