// Registers every element. This is the entry of the CDN bundles.
// First: lit's hydration support must patch LitElement before lit's element module is evaluated.
import './internal/hydrate-support.js';
import './elements/treatment-card/define.js';
import './elements/safety-banner/define.js';
import './elements/treatment-options/define.js';
import './elements/receptor-explainer/define.js';
import './elements/doctor-questions/define.js';
import { recordEnglish } from './content/english.js';

// Partner languages (locales/register.js, a file of its own) are checked against this English.
recordEnglish();

export * from './index.js';
