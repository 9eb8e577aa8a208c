import type { Source } from '../schema.js';

/*
 * Neutral public sources of the English content. Educational entries cite only these; a product's
 * own website is cited by that product's safety pack alone (see safety.ts). Every address is https.
 */

export const ACS_STAGE_IV: Source = {
  title: 'Treatment of Stage IV (Metastatic) Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/breast-cancer/treatment/treatment-of-breast-cancer-by-stage/treatment-of-stage-iv-advanced-breast-cancer.html',
};

export const NCI_PDQ: Source = {
  title: 'Breast Cancer Treatment (PDQ): Patient Version',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/types/breast/patient/breast-treatment-pdq',
};

export const NCCN_PATIENTS: Source = {
  title: 'NCCN Guidelines for Patients: Metastatic Breast Cancer, version 2.2017',
  publisher: 'National Comprehensive Cancer Network',
  url: 'https://www.nccn.org/patients/guidelines/stage_iv_breast/files/assets/basic-html/page-24.html',
};

export const ACS_HORMONE_RECEPTORS: Source = {
  title: 'Breast Cancer Hormone Receptor Status',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/breast-cancer/understanding-a-breast-cancer-diagnosis/breast-cancer-hormone-receptor-status.html',
};

export const ACS_TARGETED: Source = {
  title: 'Targeted Drug Therapy for Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html',
};

export const ACS_CHEMO: Source = {
  title: 'Chemotherapy for Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html',
};

export const ACS_TRIPLE_NEGATIVE: Source = {
  title: 'Treatment of Triple-negative Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/breast-cancer/treatment/treatment-of-triple-negative.html',
};

export const ACS_QUESTIONS: Source = {
  title: 'Questions for Your Doctor About Advanced Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/questions-for-your-doctor.html',
};

export const ASCO_HORMONAL: Source = {
  title: 'Hormonal Therapy for Metastatic Breast Cancer (2016)',
  publisher: 'ASCO Cancer.Net',
  url: 'https://www.cancer.net/research-and-advocacy/asco-care-and-treatment-recommendations-patients/hormonal-therapy-metastatic-breast-cancer',
};

export const ASCO_ONE_DRUG: Source = {
  title: 'Choosing Wisely 2013: chemotherapy with one drug instead of several when breast cancer has spread',
  publisher: 'ASCO Cancer.Net',
  url: 'https://www.cancer.net/about-us/collaborations/top-five-list-oncology/choosing-wisely%C2%AE-2013-asco%E2%80%99s-second-list-top-five-tests-procedures-and-treatments-many-patients-do/topic-2-chemotherapy-multiple-drugs-instead-one-drug-breast-cancer-has-spread',
};

export const ASCO_POST_BLOOD_TEST: Source = {
  title: 'FDA approves elacestrant for ER-positive, HER2-negative, ESR1-mutated advanced or metastatic breast cancer (2023)',
  publisher: 'The ASCO Post',
  url: 'https://ascopost.com/issues/february-25-2023/fda-approves-elacestrant-for-er-positive-her2-negative-esr1-mutated-advanced-or-metastatic-breast-cancer/',
};

export const NCI_HORMONE_THERAPY: Source = {
  title: 'Hormone Therapy for Breast Cancer',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/types/breast/breast-hormone-therapy-fact-sheet',
};

export const MAYO_HORMONE_THERAPY: Source = {
  title: 'Hormone therapy for breast cancer',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/tests-procedures/hormone-therapy-for-breast-cancer/details/what-you-can-expect/rec-20259209',
};

export const MAYO_CHEMO_RISKS: Source = {
  title: 'Chemotherapy for breast cancer: risks',
  publisher: 'Mayo Clinic',
  url: 'https://www.mayoclinic.org/tests-procedures/chemotherapy-for-breast-cancer/details/risks/cmc-20253603',
};

export const BCO_HER2: Source = {
  title: 'HER2 Status',
  publisher: 'Breastcancer.org',
  url: 'https://www.breastcancer.org/pathology-report/her2-status',
};

export const BCO_OVARIAN_SUPPRESSION: Source = {
  title: 'Alternatives to preventive ovary removal: ovarian suppression',
  publisher: 'Breastcancer.org',
  url: 'https://www.breastcancer.org/treatment/surgery/preventive-ovary-removal/alternatives',
};

export const FDA_HER2_LOW_2025: Source = {
  title:
    'FDA approves fam-trastuzumab deruxtecan-nxki for unresectable or metastatic HR-positive, HER2-low or HER2-ultralow breast cancer (2025)',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-approves-fam-trastuzumab-deruxtecan-nxki-unresectable-or-metastatic-hr-positive-her2-low-or-her2',
};

export const AACR_HER2_LOW: Source = {
  title: 'Treating HER2-ultralow breast cancer',
  publisher: 'Cancer Today (American Association for Cancer Research)',
  url: 'https://cancertodaymag.org/cancer-talk/treating-her2-ultralow-breast-cancer',
};

export const FDA_PD_L1_2020: Source = {
  title: 'FDA grants accelerated approval to pembrolizumab for locally recurrent unresectable or metastatic triple negative breast cancer (2020)',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/drug-approvals-and-databases/fda-grants-accelerated-approval-pembrolizumab-locally-recurrent-unresectable-or-metastatic-triple',
};

export const FDA_BRCA_2018: Source = {
  title: 'FDA D.I.S.C.O.: olaparib for gBRCAm, HER2-negative metastatic breast cancer (2018)',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/resources-information-approved-drugs/fda-disco-olaparib-gbrcam-her2-negative-metastatic-breast-cancer',
};

export const CANCER_AUSTRALIA_RADIOTHERAPY: Source = {
  title: 'Radiotherapy for metastatic breast cancer',
  publisher: 'Cancer Australia',
  url: 'https://canceraustralia.gov.au/fil/node/1674',
};

export const CANCER_AUSTRALIA_MBC: Source = {
  title: 'Metastatic breast cancer best-practice statement',
  publisher: 'Cancer Australia',
  url: 'https://thestatement.canceraustralia.gov.au/metastatic/practices',
};

export const CCS_RECEPTOR_TEST: Source = {
  title: 'Hormone receptor status test',
  publisher: 'Canadian Cancer Society',
  url: 'https://cancer.ca/en/treatments/tests-and-procedures/hormone-receptor-status-test',
};

export const KOMEN_QUESTIONS: Source = {
  title: 'Questions to Ask Your Doctor',
  publisher: 'Susan G. Komen',
  url: 'https://blog.komen.org/blog/just-diagnosed-with-breast-cancer-now-what/',
};

export const PANCAN_QUESTIONS: Source = {
  title: 'Treatment decisions: questions to ask your doctors (based on the NCCN list of questions)',
  publisher: 'Pancreatic Cancer Action Network (PanCAN)',
  url: 'https://pancreatic.org/treatment-decisions-questions-to-ask-your-doctors/',
};

/** Dates of the English content: when it was last checked against these sources, and when it is due again. */
export const CHECKED = { updated: '2026-12-01', reviewBy: '2027-12-01' } as const;
export const pending = { status: 'pending' } as const;
