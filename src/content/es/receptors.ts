import type { ReceptorCatalog } from '../schema.js';
import {
  AACR_HER2_LOW,
  ACS_CHEMO,
  ACS_HORMONE_RECEPTORS,
  ACS_STAGE_IV,
  ACS_TARGETED,
  ACS_TRIPLE_NEGATIVE,
  ASCO_HORMONAL,
  ASCO_ONE_DRUG,
  ASCO_POST_BLOOD_TEST,
  BCO_HER2,
  BCO_OVARIAN_SUPPRESSION,
  CCS_RECEPTOR_TEST,
  FDA_BRCA_2018,
  FDA_HER2_LOW_2025,
  FDA_PD_L1_2020,
  KOMEN_QUESTIONS,
  MAYO_HORMONE_THERAPY,
  NCCN_PATIENTS,
  NCI_HORMONE_THERAPY,
  NCI_PDQ,
  entryMeta,
} from './sources.js';

const HR_SOURCES = [ACS_HORMONE_RECEPTORS];
const HER2_SOURCES = [ACS_TARGETED, BCO_HER2];
const NOT_COMPLETE = 'Aún falta saber si tienen receptores de hormonas.';

const subtypes: ReceptorCatalog['subtypes'] = {
  'hr-positive-her2-positive': {
    id: 'hr-positive-her2-positive',
    name: 'Receptores de hormonas positivos, HER2 positivo',
    summary: 'Las células del cáncer tienen receptores de hormonas. Y hacen demasiada cantidad de una proteína que se llama HER2.',
    ...entryMeta([...HR_SOURCES, ACS_TARGETED], '7ca757d9cca9'),
  },
  'hr-positive-her2-low': {
    id: 'hr-positive-her2-low',
    name: 'Receptores de hormonas positivos, HER2 bajo',
    summary: 'Las células del cáncer tienen receptores de hormonas. Hacen un poco de HER2. El HER2 bajo es un tipo de HER2 negativo.',
    ...entryMeta([...HR_SOURCES, BCO_HER2], '86075ce77378'),
  },
  'hr-positive-her2-negative': {
    id: 'hr-positive-her2-negative',
    name: 'Receptores de hormonas positivos, HER2 negativo',
    summary: 'Las células del cáncer tienen receptores de hormonas. No hacen demasiada cantidad de una proteína que se llama HER2.',
    ...entryMeta([...HR_SOURCES, BCO_HER2], 'f4a307f1e4f4'),
  },
  'hr-positive-her2-unknown': {
    id: 'hr-positive-her2-unknown',
    name: 'Receptores de hormonas positivos, HER2 sin resultado',
    summary: 'Las células del cáncer tienen receptores de hormonas. Todavía no se sabe el resultado de HER2.',
    ...entryMeta(HR_SOURCES, '249616781487'),
  },
  'hr-negative-her2-positive': {
    id: 'hr-negative-her2-positive',
    name: 'Receptores de hormonas negativos, HER2 positivo',
    summary: 'Las células del cáncer no tienen receptores de hormonas. Pero hacen demasiada cantidad de una proteína que se llama HER2.',
    ...entryMeta([...HR_SOURCES, ACS_TARGETED], 'e87393b89974'),
  },
  'triple-negative-her2-low': {
    id: 'triple-negative-her2-low',
    name: 'Triple negativo, HER2 bajo',
    summary:
      'Las células del cáncer no tienen receptores de hormonas. Hacen un poco de HER2, y eso aún cuenta como HER2 negativo. Por eso, los tres marcadores cuentan como negativos.',
    ...entryMeta([ACS_TRIPLE_NEGATIVE, BCO_HER2], '491babdd48d3'),
  },
  'triple-negative': {
    id: 'triple-negative',
    name: 'Triple negativo',
    summary: 'Las células del cáncer no tienen receptores de hormonas. No hacen demasiada cantidad de HER2. Los tres marcadores son negativos.',
    ...entryMeta([ACS_TRIPLE_NEGATIVE], '9f7615d047ae'),
  },
  'hr-negative-her2-unknown': {
    id: 'hr-negative-her2-unknown',
    name: 'Receptores de hormonas negativos, HER2 sin resultado',
    summary: 'Las células del cáncer no tienen receptores de hormonas. Todavía no se sabe el resultado de HER2.',
    ...entryMeta(HR_SOURCES, '59e1ea97adbb'),
  },
  'hr-unknown-her2-positive': {
    id: 'hr-unknown-her2-positive',
    name: 'HER2 positivo, receptores de hormonas sin resultado',
    summary: `Las células del cáncer hacen demasiada cantidad de una proteína que se llama HER2. ${NOT_COMPLETE}`,
    ...entryMeta(HER2_SOURCES, '92eb8d15d2ae'),
  },
  'hr-unknown-her2-low': {
    id: 'hr-unknown-her2-low',
    name: 'HER2 bajo, receptores de hormonas sin resultado',
    summary: `Las células del cáncer hacen un poco de HER2, que es un tipo de HER2 negativo. ${NOT_COMPLETE}`,
    ...entryMeta(HER2_SOURCES, 'dbb48765dde6'),
  },
  'hr-unknown-her2-negative': {
    id: 'hr-unknown-her2-negative',
    name: 'HER2 negativo, receptores de hormonas sin resultado',
    summary: `Las células del cáncer no hacen demasiada cantidad de una proteína que se llama HER2. ${NOT_COMPLETE}`,
    ...entryMeta(HER2_SOURCES, 'b238293ba70c'),
  },
  'hr-unknown-her2-unknown': {
    id: 'hr-unknown-her2-unknown',
    name: 'Todavía no hay resultados',
    summary: 'Todavía no se saben los resultados de estos marcadores. Abajo puede leer qué quiere decir cada uno y qué preguntar.',
    ...entryMeta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS], 'bef32b948268'),
  },
};

const markers: ReceptorCatalog['markers'] = {
  er: {
    id: 'er',
    name: 'Receptor de estrógeno (ER)',
    whatItIs: 'El estrógeno es una hormona. Algunas células del cáncer tienen receptores para ella. Así, el estrógeno las puede ayudar a crecer.',
    results: {
      positive: 'ER positivo: las células del cáncer tienen receptores de estrógeno.',
      negative: 'ER negativo: las células del cáncer no los tienen.',
      unknown: 'ER: todavía no se sabe el resultado.',
    },
    missing: 'El resultado de ER ayuda a saber si la terapia hormonal podría funcionar.',
    question: '¿Le hicieron a mi cáncer la prueba de receptores de estrógeno? ¿Qué mostró?',
    ...entryMeta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS], '4dcbcc626ea6'),
  },
  pr: {
    id: 'pr',
    name: 'Receptor de progesterona (PR)',
    whatItIs: 'La progesterona es otra hormona. Algunas células del cáncer también tienen receptores para ella. Así, la progesterona las puede ayudar a crecer.',
    results: {
      positive: 'PR positivo: las células del cáncer tienen receptores de progesterona.',
      negative: 'PR negativo: las células del cáncer no los tienen.',
      unknown: 'PR: todavía no se sabe el resultado.',
    },
    missing: 'El resultado de PR también ayuda a saber si la terapia hormonal podría funcionar.',
    question: '¿Le hicieron a mi cáncer la prueba de PR? ¿Qué mostró?',
    ...entryMeta([ACS_HORMONE_RECEPTORS, KOMEN_QUESTIONS], 'c762e23d758f'),
  },
  her2: {
    id: 'her2',
    name: 'HER2',
    whatItIs: 'HER2 es una proteína que ayuda a crecer a las células. Algunas células del cáncer hacen demasiada cantidad de esta proteína.',
    results: {
      positive: 'HER2 positivo: las células del cáncer hacen demasiada cantidad de HER2.',
      low: 'HER2 bajo: las células del cáncer hacen un poco de HER2. Un informe puede escribirlo como "HER2 negativo, IHC 1+" o como "IHC 2+ con ISH negativo".',
      negative:
        'HER2 negativo: las células del cáncer no hacen demasiada cantidad de HER2. Si un informe dice "IHC 0 con tinción débil", a veces se le llama HER2 ultrabajo.',
      unknown: 'HER2: todavía no se sabe el resultado.',
    },
    missing: 'El resultado de HER2 ayuda a saber si la terapia dirigida a HER2 podría funcionar.',
    question: '¿Le hicieron a mi cáncer la prueba de HER2? ¿Qué mostró la prueba?',
    ...entryMeta([BCO_HER2, ACS_TARGETED, KOMEN_QUESTIONS], '87bc9e39231e'),
  },
};

const reasons: ReceptorCatalog['reasons'] = {
  hormonal: {
    id: 'hormonal',
    treatment: 'hormonal',
    text: 'El cáncer tiene receptores de hormonas. Este medicamento baja el estrógeno o impide que actúe sobre las células del cáncer. Así puede hacer que el cáncer crezca más despacio. Se puede dar junto con un medicamento de terapia dirigida.',
    ...entryMeta([ACS_HORMONE_RECEPTORS, ACS_STAGE_IV], '50bdaf9370f8'),
  },
  'hormonal-if-positive': {
    id: 'hormonal-if-positive',
    treatment: 'hormonal',
    text: 'La terapia hormonal solo funciona si el cáncer tiene receptores de hormonas. Los resultados de ER y PR van a mostrar si podría ser una opción.',
    ...entryMeta([ACS_HORMONE_RECEPTORS], '5453c4e68b47'),
  },
  'her2-targeted': {
    id: 'her2-targeted',
    treatment: 'targeted',
    text: 'El cáncer hace demasiada cantidad de HER2. Los medicamentos dirigidos a HER2 bloquean esta proteína. Así, a las células del cáncer les cuesta más crecer. Se pueden dar junto con quimioterapia.',
    ...entryMeta([ACS_TARGETED, ASCO_ONE_DRUG], 'cc6b7f651a78'),
  },
  'targeted-with-hormonal': {
    id: 'targeted-with-hormonal',
    treatment: 'targeted',
    text: 'Algunos medicamentos de terapia dirigida se pueden dar junto con la terapia hormonal. Cada uno actúa sobre una parte de la célula del cáncer que la ayuda a crecer.',
    ...entryMeta([ACS_TARGETED, ACS_STAGE_IV], 'b17bcc970b29'),
  },
  'her2-low': {
    id: 'her2-low',
    treatment: 'targeted',
    text: 'Hay un medicamento de terapia dirigida para cuando el HER2 es bajo y el cáncer se ha extendido. Es para algunas personas que ya han tenido quimioterapia. Lleva un medicamento de quimioterapia a las células del cáncer.',
    ...entryMeta([AACR_HER2_LOW, BCO_HER2], '1960d0aefd5b'),
  },
  'her2-low-hormone-positive': {
    id: 'her2-low-hormone-positive',
    treatment: 'targeted',
    text: 'Algunos medicamentos de terapia dirigida se pueden dar junto con la terapia hormonal. Hay otro que está aprobado para cuando el HER2 es bajo y el cáncer se ha extendido. Es para algunas personas que ya han tenido quimioterapia o terapia hormonal. Lleva un medicamento de quimioterapia a las células del cáncer.',
    ...entryMeta([FDA_HER2_LOW_2025, AACR_HER2_LOW, BCO_HER2, ACS_STAGE_IV], 'caf3ae931eee'),
  },
  'chemotherapy-main': {
    id: 'chemotherapy-main',
    treatment: 'chemotherapy',
    text: 'El cáncer no tiene receptores de hormonas. Por eso, la terapia hormonal no le ayuda. Para tratarlo, se usa sobre todo la quimioterapia.',
    ...entryMeta([ACS_STAGE_IV, ACS_TRIPLE_NEGATIVE], '91ecb00849c6'),
  },
  'chemotherapy-with-her2': {
    id: 'chemotherapy-with-her2',
    treatment: 'chemotherapy',
    text: 'El cáncer no tiene receptores de hormonas. Por eso, la quimioterapia es uno de los tratamientos principales. Se puede dar junto con medicamentos dirigidos a HER2.',
    ...entryMeta([ACS_STAGE_IV, ASCO_ONE_DRUG], 'f4ae414ad2c8'),
  },
  'chemotherapy-her2-positive': {
    id: 'chemotherapy-her2-positive',
    treatment: 'chemotherapy',
    text: 'Puede reducir el tamaño de los tumores. Se puede dar junto con medicamentos dirigidos a HER2.',
    ...entryMeta([ACS_CHEMO, ASCO_ONE_DRUG], '4eceb3b5e052'),
  },
  chemotherapy: {
    id: 'chemotherapy',
    treatment: 'chemotherapy',
    text: 'Puede reducir el tamaño de los tumores. Se puede usar cuando la terapia hormonal deja de funcionar, o cuando el cáncer causa problemas graves.',
    ...entryMeta([ACS_CHEMO, NCI_PDQ], '0edbb03483bb'),
  },
  radiation: {
    id: 'radiation',
    treatment: 'radiation',
    text: 'Trata una zona, como los huesos que duelen, el cerebro o la pared del pecho.',
    ...entryMeta([NCI_PDQ], 'eba27429ffba'),
  },
  surgery: {
    id: 'surgery',
    treatment: 'surgery',
    text: 'Se usa solo en algunos casos. Puede quitar una herida que duele en el seno (mama). O puede quitar un cáncer en el cerebro, la columna o los pulmones.',
    ...entryMeta([NCI_PDQ, NCCN_PATIENTS], '8679b8c668c4'),
  },
};

const HORMONAL_SOURCES = [NCI_HORMONE_THERAPY, MAYO_HORMONE_THERAPY, ASCO_HORMONAL];

const menopause: ReceptorCatalog['menopause'] = {
  pre: {
    id: 'menopause-pre',
    text: [
      'La menopausia puede cambiar qué medicamento es mejor. Antes de la menopausia, los ovarios hacen estrógeno. Con un medicamento o con una cirugía, se puede hacer que ya no lo hagan. Algunos medicamentos hormonales solo se usan antes de la menopausia si también se hace esto.',
    ],
    ...entryMeta([...HORMONAL_SOURCES, BCO_OVARIAN_SUPPRESSION], '62feecbffd55'),
  },
  post: {
    id: 'menopause-post',
    text: [
      'La menopausia puede cambiar qué medicamento es mejor. Después de la menopausia, el cuerpo todavía hace algo de estrógeno, por ejemplo, en la grasa. Algunos medicamentos hormonales lo bajan. Se usan después de la menopausia. También se usan antes, junto con un tratamiento que hace que los ovarios dejen de hacer estrógeno.',
    ],
    ...entryMeta([...HORMONAL_SOURCES, BCO_OVARIAN_SUPPRESSION], '4b08c74faaf7'),
  },
  'not-applicable': {
    id: 'menopause-not-applicable',
    text: [
      'La menopausia no se aplica a todas las personas, por ejemplo, a los hombres con cáncer de seno (mama). Su equipo de atención médica le puede explicar qué terapia hormonal podría ser buena para su cuerpo.',
    ],
    ...entryMeta([ASCO_HORMONAL, MAYO_HORMONE_THERAPY], '5f0c9ae3876e'),
  },
  unknown: {
    id: 'menopause-unknown',
    text: [
      'La terapia hormonal que conviene puede depender de si la persona ya pasó por la menopausia. Si no lo sabe con certeza, su equipo de atención médica le puede ayudar a averiguarlo.',
    ],
    ...entryMeta([ASCO_HORMONAL], '172be25a48a7'),
  },
};

export const receptors: ReceptorCatalog = {
  subtypes,
  markers,
  reasons,
  menopause,
  her2Low: {
    id: 'her2-low',
    text: [
      'Un informe puede decir que el HER2 es bajo de dos formas: "HER2 negativo, IHC 1+" o "IHC 2+ con ISH negativo". Pregunte a su equipo de atención médica qué dice el suyo.',
    ],
    ...entryMeta([BCO_HER2], '2f396b1d766b'),
  },
  tripleNegativeTests: {
    id: 'triple-negative-tests',
    text: [
      'Para algunos tratamientos, también hay otras pruebas que importan. Por ejemplo, las de PD-L1 o de BRCA. Pregunte a su equipo de atención médica si son importantes en su caso.',
    ],
    ...entryMeta([ACS_TRIPLE_NEGATIVE, FDA_PD_L1_2020, FDA_BRCA_2018], 'a4ff46378df8'),
  },
  testing: {
    id: 'testing',
    text: [
      'Estos resultados están en su informe de patología. La mayoría viene de una muestra del cáncer, que se toma en una biopsia o en una cirugía. Un patólogo la analiza. Algunas otras pruebas usan una muestra de sangre.',
      'Si no le han hecho una prueba, su médico la puede pedir.',
      'Los resultados pueden cambiar con el tiempo. Por eso, cuando el cáncer vuelve o se extiende, un médico puede analizar una muestra nueva.',
    ],
    ...entryMeta([ACS_HORMONE_RECEPTORS, BCO_HER2, CCS_RECEPTOR_TEST, KOMEN_QUESTIONS, ASCO_POST_BLOOD_TEST], '0d240b6cd0b9'),
  },
  careTeam: {
    id: 'care-team',
    text: [
      'Su equipo de atención médica decide con usted qué tratamiento es mejor. Para eso, revisa estos resultados, dónde está el cáncer y los tratamientos que ya recibió.',
      'Aquí se explica lo que los resultados suelen querer decir. No es un consejo sobre su propia atención.',
    ],
    ...entryMeta([ACS_STAGE_IV, NCI_PDQ], '1352fe1c0304'),
  },
  ui: {
    title: 'Qué quieren decir los resultados de sus receptores',
    results: 'Qué quiere decir cada marcador',
    mainOptions: 'Tratamientos principales de los que puede hablar',
    otherOptions: 'Otros tratamientos que se pueden mencionar',
    allOptions: 'Tratamientos de los que su equipo de atención médica le puede hablar',
    missing: 'Resultados que faltan',
    ask: 'Pregunte a su equipo de atención médica:',
    testing: 'Cómo se hacen las pruebas de los marcadores',
    choose: 'Elija los resultados de su informe de patología. La explicación de abajo cambia según lo que elija.',
    legends: {
      er: 'Receptor de estrógeno (ER)',
      pr: 'Receptor de progesterona (PR)',
      her2: 'HER2',
      menopause: 'Menopausia',
    },
    values: {
      er: { positive: 'Positivo', negative: 'Negativo', unknown: 'No se sabe' },
      pr: { positive: 'Positivo', negative: 'Negativo', unknown: 'No se sabe' },
      her2: {
        positive: 'Positivo',
        low: 'Bajo (puede estar escrito "IHC 1+" o "IHC 2+ con ISH negativo")',
        negative: 'Negativo',
        unknown: 'No se sabe',
      },
      menopause: {
        pre: 'No ha pasado por la menopausia',
        post: 'Ya pasó por la menopausia',
        'not-applicable': 'No se aplica (por ejemplo, en hombres)',
        unknown: 'No se sabe',
      },
    },
  },
};
