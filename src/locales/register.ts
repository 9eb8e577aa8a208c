// Partner languages from plain JSON packs: `registerLocale(tag, pack)`. Import it (npm) or load
// dist/cdn/locales/register.js after the main script (CDN; classic pages call
// window.__mbcElements.registerLocale). English pages never load it.
import { recordEnglish } from '../content/english.js';
import { registerLocale } from '../content/pack.js';
import { pageState } from '../internal/page-state.js';

recordEnglish();
pageState().registerLocale ??= registerLocale;

export { registerLocale };
