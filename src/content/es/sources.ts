import type { Source, Translation } from '../schema.js';
import * as en from '../en/sources.js';

/*
 * Sources of the Spanish content: the Spanish page of an English source where its publisher has one,
 * else the English page itself, marked `lang: 'en'` so its title is read as English. Every address is
 * https.
 */

const english = (source: Source): Source => ({ ...source, lang: 'en' });

export const ACS_STAGE_IV: Source = {
  title: 'Tratamiento del cáncer de seno en etapa IV (metastásico)',
  publisher: 'Sociedad Americana Contra El Cáncer',
  url: 'https://www.cancer.org/es/cancer/tipos/cancer-de-seno/tratamiento/tratamiento-del-cancer-del-seno-segun-su-etapa/tratamiento-del-cancer-de-seno-en-etapa-iv-avanzado.html',
};

export const NCI_PDQ: Source = {
  title: 'Tratamiento del cáncer de mama (PDQ), versión para pacientes',
  publisher: 'Instituto Nacional del Cáncer',
  url: 'https://www.cancer.gov/espanol/tipos/seno/paciente/tratamiento-seno-pdq',
};

export const ACS_HORMONE_RECEPTORS: Source = {
  title: 'Estado del receptor hormonal del cáncer de seno',
  publisher: 'Sociedad Americana Contra El Cáncer',
  url: 'https://cancer.org/es/cancer/cancer-de-seno/comprension-de-un-diagnostico-de-cancer-de-seno/estado-del-receptor-hormonal-del-cancer-de-seno.html',
};

export const ACS_TARGETED: Source = {
  title: 'Terapia dirigida con medicamentos para el cáncer de seno',
  publisher: 'Sociedad Americana Contra El Cáncer',
  url: 'https://www.cancer.org/es/cancer/tipos/cancer-de-seno/tratamiento/terapia-dirigida-para-el-cancer-de-seno.html',
};

export const ACS_TRIPLE_NEGATIVE: Source = {
  title: 'Tratamiento contra cáncer de seno triple negativo',
  publisher: 'Sociedad Americana Contra El Cáncer',
  url: 'https://www.cancer.org/es/cancer/tipos/cancer-de-seno/tratamiento/tratamiento-de-triple-negativo.html',
};

export const NCI_HORMONE_THERAPY: Source = {
  title: 'Terapia hormonal para el cáncer de mama',
  publisher: 'Instituto Nacional del Cáncer',
  url: 'https://www.cancer.gov/espanol/recursos/hojas-informativas/tratamiento/tamoxifeno',
};

export const BCO_HER2: Source = {
  title: 'Estado para HER2',
  publisher: 'Breastcancer.org',
  url: 'https://www.breastcancer.org/es/informe-patologico/estado-her2',
};

export const BCO_OVARIAN_SUPPRESSION: Source = {
  title: 'Supresión ovárica y otras alternativas',
  publisher: 'Breastcancer.org',
  url: 'https://www.breastcancer.org/es/tratamiento/cirugia/extirpacion-preventiva-ovarios/alternativas',
};

/* No Spanish page of these was found: the Spanish entries cite the English one. */
export const NCCN_PATIENTS = english(en.NCCN_PATIENTS);
export const ACS_CHEMO = english(en.ACS_CHEMO);
export const ACS_QUESTIONS = english(en.ACS_QUESTIONS);
export const ASCO_HORMONAL = english(en.ASCO_HORMONAL);
export const ASCO_ONE_DRUG = english(en.ASCO_ONE_DRUG);
export const ASCO_POST_BLOOD_TEST = english(en.ASCO_POST_BLOOD_TEST);
export const MAYO_HORMONE_THERAPY = english(en.MAYO_HORMONE_THERAPY);
export const MAYO_CHEMO_RISKS = english(en.MAYO_CHEMO_RISKS);
export const FDA_HER2_LOW_2025 = english(en.FDA_HER2_LOW_2025);
export const AACR_HER2_LOW = english(en.AACR_HER2_LOW);
export const FDA_PD_L1_2020 = english(en.FDA_PD_L1_2020);
export const FDA_BRCA_2018 = english(en.FDA_BRCA_2018);
export const CANCER_AUSTRALIA_RADIOTHERAPY = english(en.CANCER_AUSTRALIA_RADIOTHERAPY);
export const CANCER_AUSTRALIA_MBC = english(en.CANCER_AUSTRALIA_MBC);
export const CCS_RECEPTOR_TEST = english(en.CCS_RECEPTOR_TEST);
export const KOMEN_QUESTIONS = english(en.KOMEN_QUESTIONS);
export const PANCAN_QUESTIONS = english(en.PANCAN_QUESTIONS);

/** Dates of the Spanish content: when it was last checked against its English entry and sources, and when it is due again. */
const CHECKED = { updated: '2026-12-01', reviewBy: '2027-12-01' } as const;

/**
 * The metadata of a Spanish entry: its sources, dates, clinical review (pending) and the translation
 * record. `sourceVersion` is `entryVersion()` of the English entry it was translated from: when the
 * English changes, a test fails until the translation is updated or marked `review: 'outdated'`.
 */
export const entryMeta = (sources: readonly Source[], sourceVersion: string) => ({
  ...CHECKED,
  sources,
  clinicalReview: { status: 'pending' } as const,
  translation: { from: 'en', sourceVersion, review: 'pending' } satisfies Translation,
});
