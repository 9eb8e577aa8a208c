import type { TreatmentCatalog } from '../schema.js';
import {
  AACR_HER2_LOW,
  ACS_CHEMO,
  ACS_HORMONE_RECEPTORS,
  ACS_STAGE_IV,
  ACS_TARGETED,
  ASCO_HORMONAL,
  ASCO_ONE_DRUG,
  BCO_HER2,
  CANCER_AUSTRALIA_RADIOTHERAPY,
  MAYO_CHEMO_RISKS,
  MAYO_HORMONE_THERAPY,
  NCCN_PATIENTS,
  NCI_PDQ,
  entryMeta,
} from './sources.js';

const scopes: TreatmentCatalog['scopes'] = {
  systemic: {
    id: 'systemic',
    label: 'Terapia sistémica',
    meaning: 'Viaja por la sangre para llegar a las células del cáncer de todo el cuerpo.',
    ...entryMeta([NCI_PDQ, ACS_TARGETED], '2a2701dd5ea2'),
  },
  local: {
    id: 'local',
    label: 'Tratamiento local',
    meaning: 'Trata una parte del cuerpo.',
    ...entryMeta([NCCN_PATIENTS, ACS_STAGE_IV], 'f9eae8923ecf'),
  },
};

const entries: TreatmentCatalog['entries'] = {
  hormonal: {
    id: 'hormonal',
    name: 'Terapia hormonal',
    scope: 'systemic',
    summary: 'Medicamentos que impiden que las hormonas ayuden a crecer a algunos tipos de cáncer de seno (mama).',
    whatItIs: [
      'Algunos tipos de cáncer de seno usan las hormonas estrógeno o progesterona para crecer. Sus células tienen receptores de hormonas.',
      'La terapia hormonal baja la cantidad de estrógeno en el cuerpo. O bien impide que el estrógeno actúe sobre las células del cáncer. No funciona en un cáncer que no tiene ninguno de los dos receptores.',
    ],
    howUsed: [
      'Se usa para el cáncer de seno metastásico que tiene receptores de hormonas. Puede hacer que el cáncer crezca más despacio.',
      'Una prueba del cáncer muestra si tiene receptores de hormonas. Es la mejor forma de saber si la terapia hormonal puede funcionar. Si no le han hecho la prueba, su médico la puede pedir.',
      'El medicamento adecuado puede depender de si la persona ya pasó por la menopausia. Se puede dar junto con un medicamento de terapia dirigida. Si una terapia hormonal deja de funcionar, se puede probar otra.',
    ],
    questions: [
      '¿Mi cáncer tiene receptores de hormonas? ¿Le hicieron la prueba?',
      '¿Qué terapias hormonales serían buenas para mí? ¿La menopausia cambia eso?',
      '¿Me darían también un medicamento de terapia dirigida?',
    ],
    ...entryMeta([ACS_HORMONE_RECEPTORS, ACS_STAGE_IV, ASCO_HORMONAL, MAYO_HORMONE_THERAPY], '6f0f35a61067'),
  },
  chemotherapy: {
    id: 'chemotherapy',
    name: 'Quimioterapia',
    scope: 'systemic',
    summary: 'Medicamentos que destruyen las células que crecen y se dividen rápido, como las células del cáncer.',
    whatItIs: [
      'Los medicamentos de quimioterapia destruyen las células que se dividen rápido. Las células del cáncer se dividen rápido. Se dan por una vena o en pastillas, y la sangre los lleva por todo el cuerpo.',
      'También pueden dañar células sanas que crecen rápido. Esto causa efectos secundarios, como la caída del pelo, el cansancio y las náuseas. La mayoría desaparece con el tiempo.',
    ],
    howUsed: [
      'Puede reducir el tamaño de los tumores. Es el principal tratamiento con medicamentos para el cáncer que no tiene receptores de hormonas.',
      'También se puede usar cuando la terapia hormonal deja de funcionar, o cuando el cáncer causa problemas graves. Puede ser un solo medicamento a la vez o una mezcla de medicamentos.',
    ],
    questions: [
      '¿Por qué la quimioterapia podría ser una opción para mí?',
      '¿Qué efectos secundarios podría tener? ¿Cómo podemos aliviarlos?',
      '¿Cómo vamos a saber si funciona?',
    ],
    ...entryMeta([ACS_CHEMO, ACS_STAGE_IV, NCI_PDQ, ASCO_ONE_DRUG, MAYO_CHEMO_RISKS], 'ad014d97ba6b'),
  },
  targeted: {
    id: 'targeted',
    name: 'Terapia dirigida',
    scope: 'systemic',
    summary: 'Medicamentos que actúan sobre ciertas partes de las células del cáncer.',
    whatItIs: [
      'Este nombre abarca varios tipos de medicamentos. Cada uno actúa sobre una parte de la célula del cáncer que la ayuda a crecer. Igual que la quimioterapia, estos medicamentos llegan a casi todo el cuerpo. Sus efectos secundarios a menudo no son los mismos que los de la quimioterapia.',
    ],
    howUsed: [
      'Algunos tipos de cáncer de seno (mama) hacen demasiada cantidad de una proteína que se llama HER2. Se llaman HER2 positivos. Los medicamentos dirigidos a HER2 bloquean esta proteína. Así, a las células del cáncer les cuesta más crecer. Estos medicamentos se pueden dar junto con quimioterapia.',
      'Un medicamento de terapia dirigida también está aprobado para algunos tipos de cáncer con poco HER2 (HER2 bajo). Lleva un medicamento de quimioterapia hasta las células del cáncer.',
      'Otros medicamentos de terapia dirigida se pueden dar junto con la terapia hormonal.',
    ],
    questions: [
      '¿Cuál es el estado de HER2 de mi cáncer?',
      '¿Hay un medicamento de terapia dirigida para mi tipo de cáncer? ¿Con qué se daría?',
      '¿En qué se diferencian sus efectos secundarios de los de la quimioterapia?',
    ],
    ...entryMeta([ACS_TARGETED, ACS_STAGE_IV, ASCO_ONE_DRUG, BCO_HER2, AACR_HER2_LOW], 'c37d11010002'),
  },
  radiation: {
    id: 'radiation',
    name: 'Radioterapia',
    scope: 'local',
    summary: 'Rayos de alta energía dirigidos a una parte del cuerpo para destruir células del cáncer.',
    whatItIs: [
      'La radioterapia usa rayos fuertes de energía para destruir las células del cáncer o para que crezcan más despacio. Solo trata la zona a la que se dirigen los rayos.',
    ],
    howUsed: [
      'En el cáncer de seno (mama) metastásico, puede tratar el cáncer en varias zonas: los huesos, el cerebro, la columna, el seno o la pared del pecho. Puede aliviar síntomas como el dolor.',
    ],
    questions: [
      '¿Qué zona se trataría? ¿Qué esperamos lograr?',
      '¿Cuántas visitas harían falta?',
      '¿Qué efectos secundarios podría tener en esa zona?',
    ],
    ...entryMeta([NCI_PDQ, CANCER_AUSTRALIA_RADIOTHERAPY], '1225d3459e52'),
  },
  surgery: {
    id: 'surgery',
    name: 'Cirugía',
    scope: 'local',
    summary: 'Una operación para quitar el cáncer de una parte del cuerpo.',
    whatItIs: ['La cirugía quita un tumor o un tejido de una parte del cuerpo.'],
    howUsed: [
      'En el cáncer de seno (mama) metastásico, la cirugía se usa solo en algunos casos. Puede quitar una herida que duele en el seno. O puede quitar un cáncer que se ha extendido al cerebro, la columna o los pulmones.',
      'Puede aliviar síntomas. Todavía se estudia si ayuda a las personas a vivir más tiempo.',
    ],
    questions: [
      '¿Qué se busca lograr con la cirugía en mi caso?',
      '¿Cómo sería la recuperación después de la cirugía?',
      '¿Hay otras formas de tratar esta zona?',
    ],
    ...entryMeta([NCI_PDQ, NCCN_PATIENTS, ACS_STAGE_IV], '96db9ff14159'),
  },
};

export const treatments: TreatmentCatalog = {
  entries,
  scopes,
  ui: {
    whatItIs: 'Qué es',
    howUsed: 'Cómo se usa en el cáncer de seno metastásico',
    questions: 'Preguntas para hacerle a su equipo de atención médica',
    learnMore: (name) => `Más sobre ${name.toLowerCase()}`,
  },
};
