// Registers every element. This is the entry of the CDN bundles.
import './elements/treatment-card/define.js';
import './elements/safety-banner/define.js';
import './elements/treatment-options/define.js';
import './elements/receptor-explainer/define.js';
import './elements/doctor-questions/define.js';
import { registerLocale } from './content/pack.js';
import { pageState } from './internal/page-state.js';

// Classic-script pages reach it as window.__mbcElements.registerLocale(tag, pack).
pageState().registerLocale ??= registerLocale;

export * from './index.js';
