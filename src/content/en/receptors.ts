import type { ReceptorCatalog, Source } from '../schema.js';
import {
  AACR_HER2_LOW,
  ACS_CHEMO,
  ACS_HORMONE_RECEPTORS,
  ACS_STAGE_IV,
  ACS_TARGETED,
  ACS_TRIPLE_NEGATIVE,
  ASCO_HORMONAL,
  ASCO_ONE_DRUG,
  ASCO_POST_BLOOD_TEST,
  BCO_HER2,
  BCO_OVARIAN_SUPPRESSION,
  CCS_RECEPTOR_TEST,
  CHECKED,
  FDA_BRCA_2018,
  FDA_HER2_LOW_2025,
  FDA_PD_L1_2020,
  KOMEN_QUESTIONS,
  MAYO_HORMONE_THERAPY,
  NCCN_PATIENTS,
  NCI_HORMONE_THERAPY,
  NCI_PDQ,
  pending,
} from './sources.js';

const meta = (sources: readonly Source[]) => ({ ...CHECKED, sources, clinicalReview: pending });
const HR_SOURCES = [ACS_HORMONE_RECEPTORS];
const HER2_SOURCES = [ACS_TARGETED, BCO_HER2];
const NOT_COMPLETE = 'The hormone receptor results are not complete yet.';

const subtypes: ReceptorCatalog['subtypes'] = {
  'hr-positive-her2-positive': {
    id: 'hr-positive-her2-positive',
    name: 'Hormone receptor-positive, HER2-positive',
    summary: 'The cancer cells have hormone receptors, and they make too much of a protein called HER2.',
    ...meta([...HR_SOURCES, ACS_TARGETED]),
  },
  'hr-positive-her2-low': {
    id: 'hr-positive-her2-low',
    name: 'Hormone receptor-positive, HER2-low',
    summary: 'The cancer cells have hormone receptors. They make a small amount of HER2. HER2-low is a kind of HER2-negative.',
    ...meta([...HR_SOURCES, BCO_HER2]),
  },
  'hr-positive-her2-negative': {
    id: 'hr-positive-her2-negative',
    name: 'Hormone receptor-positive, HER2-negative',
    summary: 'The cancer cells have hormone receptors, and they do not make too much of a protein called HER2.',
    ...meta([...HR_SOURCES, BCO_HER2]),
  },
  'hr-positive-her2-unknown': {
    id: 'hr-positive-her2-unknown',
    name: 'Hormone receptor-positive, HER2 not known',
    summary: 'The cancer cells have hormone receptors. The HER2 result is not known yet.',
    ...meta(HR_SOURCES),
  },
  'hr-negative-her2-positive': {
    id: 'hr-negative-her2-positive',
    name: 'Hormone receptor-negative, HER2-positive',
    summary: 'The cancer cells have no hormone receptors, but they make too much of a protein called HER2.',
    ...meta([...HR_SOURCES, ACS_TARGETED]),
  },
  'triple-negative-her2-low': {
    id: 'triple-negative-her2-low',
    name: 'Triple-negative, HER2-low',
    summary:
      'The cancer cells have no hormone receptors. They make a small amount of HER2, which still counts as HER2-negative. So all three markers count as negative.',
    ...meta([ACS_TRIPLE_NEGATIVE, BCO_HER2]),
  },
  'triple-negative': {
    id: 'triple-negative',
    name: 'Triple-negative',
    summary: 'The cancer cells have no hormone receptors, and they do not make too much HER2. All three markers are negative.',
    ...meta([ACS_TRIPLE_NEGATIVE]),
  },
  'hr-negative-her2-unknown': {
    id: 'hr-negative-her2-unknown',
    name: 'Hormone receptor-negative, HER2 not known',
    summary: 'The cancer cells have no hormone receptors. The HER2 result is not known yet.',
    ...meta(HR_SOURCES),
  },
  'hr-unknown-her2-positive': {
    id: 'hr-unknown-her2-positive',
    name: 'HER2-positive, hormone receptors not known',
    summary: `The cancer cells make too much of a protein called HER2. ${NOT_COMPLETE}`,
    ...meta(HER2_SOURCES),
  },
  'hr-unknown-her2-low': {
    id: 'hr-unknown-her2-low',
    name: 'HER2-low, hormone receptors not known',
    summary: `The cancer cells make a small amount of HER2, which is a kind of HER2-negative. ${NOT_COMPLETE}`,
    ...meta(HER2_SOURCES),
  },
  'hr-unknown-her2-negative': {
    id: 'hr-unknown-her2-negative',
    name: 'HER2-negative, hormone receptors not known',
    summary: `The cancer cells do not make too much of a protein called HER2. ${NOT_COMPLETE}`,
    ...meta(HER2_SOURCES),
  },
  'hr-unknown-her2-unknown': {
    id: 'hr-unknown-her2-unknown',
    name: 'Results not known yet',
    summary: 'The results for these markers are not known yet. Below, you can read what each one means and what to ask.',
    ...meta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS]),
  },
};

const markers: ReceptorCatalog['markers'] = {
  er: {
    id: 'er',
    name: 'Estrogen receptor (ER)',
    whatItIs: 'Estrogen is a hormone. Some cancer cells have receptors for it, and then estrogen can help them grow.',
    results: {
      positive: 'ER-positive: the cancer cells have estrogen receptors.',
      negative: 'ER-negative: the cancer cells have no estrogen receptors.',
      unknown: 'ER: the result is not known yet.',
    },
    missing: 'The ER result helps show whether hormonal therapy could work.',
    question: 'Was my cancer tested for estrogen receptors? What did the test show?',
    ...meta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS]),
  },
  pr: {
    id: 'pr',
    name: 'Progesterone receptor (PR)',
    whatItIs: 'Progesterone is another hormone. Some cancer cells have receptors for it too, and then it can help them grow.',
    results: {
      positive: 'PR-positive: the cancer cells have progesterone receptors.',
      negative: 'PR-negative: the cancer cells have no progesterone receptors.',
      unknown: 'PR: the result is not known yet.',
    },
    missing: 'The PR result also helps show whether hormonal therapy could work.',
    question: 'Was my cancer tested for progesterone receptors? What did the test show?',
    ...meta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS]),
  },
  her2: {
    id: 'her2',
    name: 'HER2',
    whatItIs: 'HER2 is a protein that helps cells grow. Some cancer cells make too much of it.',
    results: {
      positive: 'HER2-positive: the cancer cells make too much HER2.',
      low: 'HER2-low: the cancer cells make a small amount of HER2. A report may write this as "HER2-negative, IHC 1+" or as "IHC 2+ with negative ISH".',
      negative:
        'HER2-negative: the cancer cells do not make too much HER2. If a report says "IHC 0 with faint staining", this is sometimes called HER2-ultralow.',
      unknown: 'HER2: the result is not known yet.',
    },
    missing: 'The HER2 result helps show whether HER2-targeted therapy could work.',
    question: 'Was my cancer tested for HER2? What did the test show?',
    ...meta([BCO_HER2, ACS_TARGETED, KOMEN_QUESTIONS]),
  },
};

const reasons: ReceptorCatalog['reasons'] = {
  hormonal: {
    id: 'hormonal',
    treatment: 'hormonal',
    text: 'The cancer has hormone receptors. This medicine lowers estrogen or stops it from acting on the cancer cells, which may slow the cancer. It may be given with a targeted drug.',
    ...meta([ACS_HORMONE_RECEPTORS, ACS_STAGE_IV]),
  },
  'hormonal-if-positive': {
    id: 'hormonal-if-positive',
    treatment: 'hormonal',
    text: 'Hormonal therapy works only if the cancer has hormone receptors. The ER and PR results will show whether it could be a choice.',
    ...meta([ACS_HORMONE_RECEPTORS]),
  },
  'her2-targeted': {
    id: 'her2-targeted',
    treatment: 'targeted',
    text: 'The cancer makes too much HER2. HER2-targeted drugs block this protein, so the cancer cells are less able to grow. They may be given with chemotherapy.',
    ...meta([ACS_TARGETED, ASCO_ONE_DRUG]),
  },
  'targeted-with-hormonal': {
    id: 'targeted-with-hormonal',
    treatment: 'targeted',
    text: 'Some targeted drugs may be given with hormonal therapy. Each one acts on a part of the cancer cell that helps it grow.',
    ...meta([ACS_TARGETED, ACS_STAGE_IV]),
  },
  'her2-low': {
    id: 'her2-low',
    treatment: 'targeted',
    text: 'One targeted drug is approved for HER2-low cancer that has spread. It is for some people who have already had chemotherapy. It carries a chemotherapy drug to the cancer cells.',
    ...meta([AACR_HER2_LOW, BCO_HER2]),
  },
  'her2-low-hormone-positive': {
    id: 'her2-low-hormone-positive',
    treatment: 'targeted',
    text: 'Some targeted drugs may be given with hormonal therapy. One targeted drug is approved for HER2-low cancer that has spread. It is for some people who have had chemotherapy or hormonal therapy. It carries a chemotherapy drug to the cancer cells.',
    ...meta([FDA_HER2_LOW_2025, AACR_HER2_LOW, BCO_HER2, ACS_STAGE_IV]),
  },
  'chemotherapy-main': {
    id: 'chemotherapy-main',
    treatment: 'chemotherapy',
    text: 'The cancer has no hormone receptors, so hormonal therapy does not help. Chemotherapy is the main drug used to treat it.',
    ...meta([ACS_STAGE_IV, ACS_TRIPLE_NEGATIVE]),
  },
  'chemotherapy-with-her2': {
    id: 'chemotherapy-with-her2',
    treatment: 'chemotherapy',
    text: 'The cancer has no hormone receptors, so chemotherapy is a main drug treatment. It may be given with HER2-targeted drugs.',
    ...meta([ACS_STAGE_IV, ASCO_ONE_DRUG]),
  },
  'chemotherapy-her2-positive': {
    id: 'chemotherapy-her2-positive',
    treatment: 'chemotherapy',
    text: 'It can shrink tumors. It may be given with HER2-targeted drugs.',
    ...meta([ACS_CHEMO, ASCO_ONE_DRUG]),
  },
  chemotherapy: {
    id: 'chemotherapy',
    treatment: 'chemotherapy',
    text: 'It can shrink tumors. It may be used when hormonal therapy stops working, or when the cancer causes serious problems.',
    ...meta([ACS_CHEMO, NCI_PDQ]),
  },
  radiation: {
    id: 'radiation',
    treatment: 'radiation',
    text: 'It treats one area, such as bones that hurt, the brain or the chest wall.',
    ...meta([NCI_PDQ]),
  },
  surgery: {
    id: 'surgery',
    treatment: 'surgery',
    text: 'It is used only in some cases. It may remove a painful wound in the breast, or cancer in the brain, spine or lungs.',
    ...meta([NCI_PDQ, NCCN_PATIENTS]),
  },
};

const HORMONAL_SOURCES = [NCI_HORMONE_THERAPY, MAYO_HORMONE_THERAPY, ASCO_HORMONAL];

const menopause: ReceptorCatalog['menopause'] = {
  pre: {
    id: 'menopause-pre',
    text: [
      'Menopause can change which drug fits. Before menopause, the ovaries make estrogen. Medicine or surgery can stop them from making it. Some hormonal drugs are used before menopause only when this is done too.',
    ],
    ...meta([...HORMONAL_SOURCES, BCO_OVARIAN_SUPPRESSION]),
  },
  post: {
    id: 'menopause-post',
    text: [
      'Menopause can change which drug fits. After menopause, the body still makes some estrogen, for example in fat. Some hormonal drugs lower it. They are used after menopause. They are also used before it, together with treatment that stops the ovaries from making estrogen.',
    ],
    ...meta([...HORMONAL_SOURCES, BCO_OVARIAN_SUPPRESSION]),
  },
  'not-applicable': {
    id: 'menopause-not-applicable',
    text: [
      'Menopause does not apply to everyone, for example men with breast cancer. Your care team can explain which hormonal therapy could fit your body.',
    ],
    ...meta([ASCO_HORMONAL, MAYO_HORMONE_THERAPY]),
  },
  unknown: {
    id: 'menopause-unknown',
    text: [
      'Which hormonal therapy fits can depend on whether a person has been through menopause. If you are not sure, your care team can help you work it out.',
    ],
    ...meta([ASCO_HORMONAL]),
  },
};

export const receptors: ReceptorCatalog = {
  subtypes,
  markers,
  reasons,
  menopause,
  her2Low: {
    id: 'her2-low',
    text: [
      'A report may write HER2-low as "HER2-negative, IHC 1+" or as "IHC 2+ with negative ISH". Ask your care team what your report says.',
    ],
    ...meta([BCO_HER2]),
  },
  tripleNegativeTests: {
    id: 'triple-negative-tests',
    text: ['For some treatments, other tests matter too, such as tests for PD-L1 or BRCA. Ask your care team whether these tests matter for you.'],
    ...meta([ACS_TRIPLE_NEGATIVE, FDA_PD_L1_2020, FDA_BRCA_2018]),
  },
  testing: {
    id: 'testing',
    text: [
      'These results are in your pathology report. Most of them come from a sample of the cancer, taken in a biopsy or in surgery. A pathologist tests it. Some other tests use a blood sample.',
      'If a test has not been done, your doctor can order it.',
      'The results can change over time. So when the cancer comes back or spreads, a doctor may test a new sample.',
    ],
    ...meta([ACS_HORMONE_RECEPTORS, BCO_HER2, CCS_RECEPTOR_TEST, KOMEN_QUESTIONS, ASCO_POST_BLOOD_TEST]),
  },
  careTeam: {
    id: 'care-team',
    text: [
      'Your care team decides with you which treatment fits. They look at these results, where the cancer is, and the treatments you have had before.',
      'This explains what the results often mean. It is not advice about your own care.',
    ],
    ...meta([ACS_STAGE_IV, NCI_PDQ]),
  },
  ui: {
    title: 'What your receptor results mean',
    results: 'What each marker means',
    mainOptions: 'Main treatments to talk about',
    otherOptions: 'Other treatments that may come up',
    allOptions: 'Treatments your care team may talk about',
    missing: 'Results that are missing',
    ask: 'Ask your care team:',
    testing: 'How the markers are tested',
    choose: 'Choose the results from your pathology report. The explanation below changes as you choose.',
    legends: {
      er: 'Estrogen receptor (ER)',
      pr: 'Progesterone receptor (PR)',
      her2: 'HER2',
      menopause: 'Menopause',
    },
    values: {
      er: { positive: 'Positive', negative: 'Negative', unknown: 'Not known' },
      pr: { positive: 'Positive', negative: 'Negative', unknown: 'Not known' },
      her2: {
        positive: 'Positive',
        low: 'Low (may be written "IHC 1+", or "IHC 2+ with negative ISH")',
        negative: 'Negative',
        unknown: 'Not known',
      },
      menopause: {
        pre: 'Not been through menopause',
        post: 'Been through menopause',
        'not-applicable': 'Does not apply (for example, men)',
        unknown: 'Not known',
      },
    },
  },
};
