// Side-effect free: importing this registers nothing. Import './all.js' or an element's define.js to register.
export { TreatmentCard, MbcCardToggleEvent, TREATMENTS, type CardVariant } from './elements/treatment-card/treatment-card.js';
export { TreatmentOptions, type OptionsGroupBy } from './elements/treatment-options/treatment-options.js';
export { ReceptorExplainer, MbcReceptorChangeEvent, type ReceptorField } from './elements/receptor-explainer/receptor-explainer.js';
export { explainReceptors, RECEPTOR_VALUES, HER2_VALUES, MENOPAUSE_VALUES, type ReceptorStatus, type ReceptorExplanation, type TreatmentOption } from './elements/receptor-explainer/explain.js';
export { DoctorQuestions, MbcQuestionsChangeEvent, QUESTION_TOPICS, fillPrintDocument, listAsText, type QuestionGroup } from './elements/doctor-questions/doctor-questions.js';
export { SafetyBanner, MbcIsiToggleEvent, MbcIsiViewEvent, registerSafetyContent, TRAY_HEIGHT_PROPERTY, type SafetyMode } from './elements/safety-banner/safety-banner.js';
export { MbcRenderErrorEvent } from './internal/render-guard.js';
export { MbcThemeRejectedEvent, type RejectedPair } from './internal/contrast.js';
export { defineElement } from './internal/define.js';
export { registerReview, setReviewMode, type ReviewInput } from './internal/review.js';
export { registerLocale } from './content/pack.js';
export { entryVersion, catalogVersion, keyedEntries } from './content/entries.js';
export { safeUrl } from './internal/safe-url.js';
export { VERSION } from './internal/version.js';
export type * from './content/schema.js';
