import type { ReceptorCatalog, Source } from '../schema.js';
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
const updated = '2026-11-27';

const ACS_HER2: Source = {
  title: 'Breast Cancer HER2 Status',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-her2-status.html',
};
const BCO_HER2: Source = {
  title: 'HER2 Status',
  publisher: 'Breastcancer.org',
  url: 'https://www.breastcancer.org/pathology-report/her2-status',
};
const FDA_HER2_LOW: Source = {
  title: 'FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HR-positive, HER2-low or HER2-ultralow breast cancer',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2',
};
const ACS_TRIPLE_NEGATIVE: Source = {
  title: 'Treatment of Triple-negative Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/breast-cancer/treatment/treatment-of-triple-negative.html',
};
const CCS_RECEPTOR_TEST: Source = {
  title: 'Hormone receptor status test',
  publisher: 'Canadian Cancer Society',
  url: 'https://cancer.ca/en/treatments/tests-and-procedures/hormone-receptor-status-test',
};
const KOMEN_QUESTIONS: Source = {
  title: 'Questions to Ask Your Doctor',
  publisher: 'Susan G. Komen',
  url: 'https://blog.komen.org/blog/just-diagnosed-with-breast-cancer-now-what/',
};
const ASCO_HORMONAL: Source = {
  title: 'Hormonal Therapy for Metastatic Breast Cancer',
  publisher: 'ASCO Cancer.Net',
  url: 'https://www.cancer.net/research-and-advocacy/asco-care-and-treatment-recommendations-patients/hormonal-therapy-metastatic-breast-cancer',
};
const NCI_HORMONE_THERAPY: Source = {
  title: 'Hormone Therapy for Breast Cancer',
  publisher: 'National Cancer Institute',
  url: 'http://cancer.gov/cancertopics/types/breast/breast-hormone-therapy-fact-sheet',
};
const MAYO_HORMONE_THERAPY: Source = {
  title: 'Hormone therapy for breast cancer',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/tests-procedures/hormone-therapy-for-breast-cancer/details/what-you-can-expect/rec-20259209',
};
const CHOOSING_WISELY_CHEMO: Source = {
  title: 'Choosing Wisely: chemotherapy with several drugs instead of one when breast cancer has spread',
  publisher: 'ASCO Cancer.Net',
  url: 'https://www.cancer.net/about-us/collaborations/top-five-list-oncology/choosing-wisely%C2%AE-2013-asco%E2%80%99s-second-list-top-five-tests-procedures-and-treatments-many-patients-do/topic-2-chemotherapy-multiple-drugs-instead-one-drug-breast-cancer-has-spread',
};

const meta = (sources: readonly Source[]) => ({ updated, sources, clinicalReview: pending });
const HR_SOURCES = [SOURCE_PAGE, ACS_HORMONE_RECEPTORS];
const HER2_SOURCES = [SOURCE_PAGE, ACS_TARGETED, BCO_HER2];
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
    ...meta([SOURCE_PAGE, KOMEN_QUESTIONS]),
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
    ...meta([SOURCE_PAGE, ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS]),
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
    ...meta([SOURCE_PAGE, ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS]),
  },
  her2: {
    id: 'her2',
    name: 'HER2',
    whatItIs: 'HER2 is a protein that helps cells grow. Some cancer cells make too much of it.',
    results: {
      positive: 'HER2-positive: the cancer cells make too much HER2.',
      low: 'HER2-low: the cancer cells make a small amount of HER2. This is a kind of HER2-negative.',
      negative: 'HER2-negative: the cancer cells do not make too much HER2.',
      unknown: 'HER2: the result is not known yet.',
    },
    missing: 'The HER2 result helps show whether HER2-targeted therapy could work.',
    question: 'Was my cancer tested for HER2? What did the test show?',
    ...meta([SOURCE_PAGE, ACS_HER2, BCO_HER2, KOMEN_QUESTIONS]),
  },
};

const reasons: ReceptorCatalog['reasons'] = {
  hormonal: {
    id: 'hormonal',
    treatment: 'hormonal',
    text: 'The cancer has hormone receptors. This medicine lowers estrogen or stops it from acting on the cancer cells, which may slow the cancer. Targeted drugs are often given with it.',
    ...meta([SOURCE_PAGE, ACS_HORMONE_RECEPTORS, ACS_STAGE_IV]),
  },
  'her2-targeted': {
    id: 'her2-targeted',
    treatment: 'targeted',
    text: 'The cancer makes too much HER2. HER2-targeted drugs block this protein, so the cancer cells are less able to grow. They are often given with chemotherapy.',
    ...meta([SOURCE_PAGE, ACS_TARGETED, CHOOSING_WISELY_CHEMO]),
  },
  'targeted-with-hormonal': {
    id: 'targeted-with-hormonal',
    treatment: 'targeted',
    text: 'Targeted drugs are often given with hormonal therapy. Each one acts on a part of the cancer cell that helps it grow.',
    ...meta([ACS_TARGETED, ACS_STAGE_IV]),
  },
  'chemotherapy-main': {
    id: 'chemotherapy-main',
    treatment: 'chemotherapy',
    text: 'When all three markers are negative, hormonal and HER2-targeted drugs do not help. Chemotherapy is then the main drug treatment.',
    ...meta([ACS_TRIPLE_NEGATIVE, ACS_STAGE_IV]),
  },
  'chemotherapy-with-her2': {
    id: 'chemotherapy-with-her2',
    treatment: 'chemotherapy',
    text: 'It can shrink tumors all through the body. It is often given with HER2-targeted drugs.',
    ...meta([SOURCE_PAGE, ACS_CHEMO, CHOOSING_WISELY_CHEMO]),
  },
  chemotherapy: {
    id: 'chemotherapy',
    treatment: 'chemotherapy',
    text: 'It can shrink tumors all through the body. It may be used when hormonal therapy is not likely to work well.',
    ...meta([SOURCE_PAGE, ACS_CHEMO]),
  },
  radiation: {
    id: 'radiation',
    treatment: 'radiation',
    text: 'It treats one area, such as the brain, the chest wall, or bones that hurt.',
    ...meta([SOURCE_PAGE, NCI_PDQ]),
  },
  surgery: {
    id: 'surgery',
    treatment: 'surgery',
    text: 'It is not often used. For some people it may remove painful breast tissue, or cancer in the brain, spine or lungs.',
    ...meta([SOURCE_PAGE, NCI_PDQ, NCCN_PATIENTS]),
  },
};

const menopause: ReceptorCatalog['menopause'] = {
  pre: {
    id: 'menopause-pre',
    text: [
      'Which hormonal therapy fits depends in part on menopause. Before menopause, the ovaries make estrogen. So for people who have not been through menopause, treatment may include a way to stop the ovaries from making it.',
    ],
    ...meta([SOURCE_PAGE, ASCO_HORMONAL, NCI_HORMONE_THERAPY, ACS_STAGE_IV]),
  },
  post: {
    id: 'menopause-post',
    text: [
      'Which hormonal therapy fits depends in part on menopause. After menopause, the body still makes some estrogen, for example in fat. Some hormonal medicines lower it. They are used only for people who have been through menopause.',
    ],
    ...meta([SOURCE_PAGE, ASCO_HORMONAL, NCI_HORMONE_THERAPY, MAYO_HORMONE_THERAPY]),
  },
  'not-applicable': {
    id: 'menopause-not-applicable',
    text: [
      'Menopause does not apply to everyone, for example men with breast cancer. Your care team can explain which hormonal therapy could fit your body.',
    ],
    ...meta([SOURCE_PAGE, ASCO_HORMONAL]),
  },
  unknown: {
    id: 'menopause-unknown',
    text: [
      'Which hormonal therapy fits can depend on whether a person has been through menopause. If you are not sure, your care team can help you work it out.',
    ],
    ...meta([SOURCE_PAGE, ASCO_HORMONAL]),
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
      'Some targeted drugs are now used for some HER2-low cancers that have spread. Your care team can tell you whether this applies to your cancer.',
    ],
    ...meta([FDA_HER2_LOW, BCO_HER2]),
  },
  testing: {
    id: 'testing',
    text: [
      'These results are in your pathology report. A pathologist tests a sample of the tumor, taken in a biopsy or in surgery.',
      'If a test has not been done, your doctor can order it.',
      'The results can change over time. So when the cancer comes back or spreads, a doctor may test a new sample.',
    ],
    ...meta([SOURCE_PAGE, ACS_HORMONE_RECEPTORS, ACS_HER2, CCS_RECEPTOR_TEST, KOMEN_QUESTIONS]),
  },
  careTeam: {
    id: 'care-team',
    text: [
      'Your care team decides with you which treatment fits. They look at these results, where the cancer is, and the treatments you have had before.',
      'This explains what the results often mean. It is not advice about your own care.',
    ],
    ...meta([SOURCE_PAGE]),
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
      her2: { positive: 'Positive', low: 'Low', negative: 'Negative', unknown: 'Not known' },
      menopause: {
        pre: 'Not been through menopause',
        post: 'Been through menopause',
        'not-applicable': 'Does not apply (for example, men)',
        unknown: 'Not known',
      },
    },
  },
};
