import type { Catalog } from '../schema.js';
import { meta } from './meta.js';
import { options } from './options.js';
import { questions } from './questions.js';
import { receptors } from './receptors.js';
import { safety } from './safety.js';
import { treatments } from './treatments.js';

/**
 * The Spanish catalog (es-US), translated by meaning from the English entries named in each entry's
 * translation record. Product safety packs are never translated: `safety.packs` is empty.
 */
export const es: Catalog = { meta, treatments, questions, safety, receptors, options };
