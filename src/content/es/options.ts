import type { OptionsCatalog } from '../schema.js';
import { ACS_STAGE_IV, KOMEN_QUESTIONS, NCI_PDQ, entryMeta } from './sources.js';

/** The words around the cards in <treatment-options>. Each card brings its own content. */
export const options: OptionsCatalog = {
  overview: {
    id: 'overview',
    title: 'Opciones de tratamiento para el cáncer de seno (mama) metastásico',
    intro: [
      'Las personas con cáncer de seno metastásico tienen varias opciones de tratamiento para considerar.',
      'Su equipo de atención médica va a hablar con usted sobre las que podrían ser adecuadas para usted. La decisión depende de su propio cáncer, de los resultados de sus pruebas y de los tratamientos que ya recibió.',
      'Su informe de patología tiene datos clave sobre su cáncer. Es muy importante para planear su tratamiento.',
    ],
    groups: {
      systemic: {
        heading: 'Terapias sistémicas',
        intro:
          'Las terapias sistémicas son medicamentos que viajan por la sangre. Así pueden llegar a las células del cáncer de todo el cuerpo. Son los principales tratamientos para el cáncer de seno metastásico.',
      },
      local: {
        heading: 'Tratamientos locales',
        intro:
          'Los tratamientos locales tratan el cáncer en una parte del cuerpo. Se usan en algunos casos, por ejemplo, para aliviar síntomas como el dolor.',
      },
    },
    ...entryMeta([ACS_STAGE_IV, NCI_PDQ, KOMEN_QUESTIONS], 'f6c90c31e7df'),
  },
  ui: {
    contents: 'Ir a un tratamiento',
    backToTop: 'Volver arriba',
  },
};
