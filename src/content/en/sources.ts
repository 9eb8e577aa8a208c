import type { Source } from '../schema.js';

/** Sources cited by more than one English entry. */
export const SOURCE_PAGE: Source = {
  title: 'Metastatic Breast Cancer Treatment Options',
  publisher: 'FASLODEX patient website',
};

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
  title: 'NCCN Guidelines for Patients: Metastatic Breast Cancer',
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
  url: 'http://www.cancer.org/cancer/types/breast-cancer/treatment/targeted-therapy-for-breast-cancer.html',
};

export const ACS_CHEMO: Source = {
  title: 'Chemotherapy for Breast Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/breast-cancer/treatment/chemotherapy-for-breast-cancer.html',
};
