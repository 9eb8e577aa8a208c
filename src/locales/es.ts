// Spanish for every element: import it (npm) or load dist/cdn/locales/es.js beside the main script (CDN).
// It registers the Spanish catalog for the page; elements whose language is Spanish (es, es-US, es-MX,
// es-419, ES) switch to it at once. English pages never load it.
import { es } from '../content/es/index.js';
import { addLocale } from '../content/locales.js';

addLocale('es', es as unknown as Readonly<Record<string, unknown>>);
