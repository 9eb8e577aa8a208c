import type { SafetyCatalog } from '../schema.js';
import { ACS_STAGE_IV, NCI_PDQ, entryMeta } from './sources.js';

/**
 * No product safety packs: a product's Important Safety Information is the sponsor's regulated text and
 * is never translated here. A Spanish page shows a sponsor's Spanish pack when one is registered, else
 * the English pack, introduced by `ui.englishOnly`. The general disclaimer is ours, and is translated.
 */
export const safety: SafetyCatalog = {
  packs: {},
  disclaimer: {
    id: 'general',
    heading: 'Sobre esta información',
    paragraphs: [
      'Esta información es para ayudarle a aprender. No reemplaza los consejos de su equipo de atención médica.',
      'Hable con su equipo de atención médica sobre su salud y sus opciones de tratamiento.',
    ],
    ...entryMeta([ACS_STAGE_IV, NCI_PDQ], 'd9ce708645b4'),
  },
  ui: {
    title: 'Información importante de seguridad',
    expand: 'Mostrar todo',
    collapse: 'Mostrar menos',
    incomplete: (name) => `Esta no es toda la información de seguridad de ${name}.`,
    readPi: 'Lea toda la información de prescripción',
    moreSafety: (name) => `Más información de seguridad de ${name}`,
    version: 'Versión',
    approvalCode: 'Código de aprobación',
    sample: 'Este resumen se escribió con información pública. No es el texto de seguridad aprobado por el fabricante.',
    panel: 'Texto de la información importante de seguridad',
    toInline: 'Lea toda la información importante de seguridad en esta página',
    englishOnly: 'La información de seguridad de este medicamento solo está disponible en inglés.',
  },
};
