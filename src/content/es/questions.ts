import type { QuestionCatalog } from '../schema.js';
import { ACS_QUESTIONS, CANCER_AUSTRALIA_MBC, CCS_RECEPTOR_TEST, KOMEN_QUESTIONS, PANCAN_QUESTIONS, entryMeta } from './sources.js';

const topics: QuestionCatalog['topics'] = {
  tests: {
    id: 'tests',
    title: 'Los resultados de mis pruebas',
    questions: [
      { id: 'tests-receptors', text: '¿Mi cáncer tiene receptores de hormonas? ¿Qué mostró la prueba?' },
      { id: 'tests-her2', text: '¿Cuál es el estado de HER2 de mi cáncer?' },
      { id: 'tests-report', text: '¿Me pueden dar una copia de mi informe de patología? ¿Quién lo va a revisar conmigo?' },
      { id: 'tests-again', text: '¿Hay que volver a hacerle la prueba al cáncer que se ha extendido, por si los resultados cambiaron?' },
      { id: 'tests-choices', text: '¿Cómo influyen los resultados de mis pruebas en los tratamientos que podrían funcionar en mi caso?' },
    ],
    ...entryMeta([KOMEN_QUESTIONS, PANCAN_QUESTIONS, CCS_RECEPTOR_TEST], 'f803c9ecf00d'),
  },
  choosing: {
    id: 'choosing',
    title: 'Cómo elegir un tratamiento',
    questions: [
      { id: 'choosing-options', text: '¿Cuáles son mis opciones de tratamiento?' },
      { id: 'choosing-advice', text: '¿Qué tratamiento me sugiere y por qué?' },
      { id: 'choosing-scope', text: '¿Este tratamiento actúa en todo el cuerpo, o trata una parte del cuerpo?' },
      { id: 'choosing-goal', text: '¿Qué esperamos que este tratamiento haga por mí?' },
      { id: 'choosing-trials', text: '¿Hay algún estudio clínico que sea adecuado para mí?' },
      { id: 'choosing-second-opinion', text: '¿Puedo pedir una segunda opinión? ¿Tengo tiempo para pensar en mis opciones antes de decidir?' },
    ],
    ...entryMeta([ACS_QUESTIONS, PANCAN_QUESTIONS], '2c10e0f0235a'),
  },
  'side-effects': {
    id: 'side-effects',
    title: 'Efectos secundarios y vida diaria',
    questions: [
      { id: 'side-effects-which', text: '¿Qué efectos secundarios podría tener?' },
      { id: 'side-effects-ease', text: '¿Qué podemos hacer para prevenir o aliviar los efectos secundarios?' },
      { id: 'side-effects-call', text: '¿Qué problemas son motivo para llamarle enseguida? ¿A quién llamo de noche?' },
      { id: 'side-effects-daily', text: '¿Cómo va a cambiar el tratamiento mi trabajo, mi vida en casa y las cosas que me gustan?' },
      { id: 'side-effects-support', text: '¿Quién me puede ayudar con el dolor, el cansancio o la preocupación?' },
    ],
    ...entryMeta([ACS_QUESTIONS, CANCER_AUSTRALIA_MBC], '481fe947f456'),
  },
  'next-steps': {
    id: 'next-steps',
    title: 'Qué pasa después',
    questions: [
      { id: 'next-steps-plan', text: '¿Cuáles son los próximos pasos de mi atención?' },
      { id: 'next-steps-visits', text: '¿Cuánto va a durar el tratamiento? ¿Cada cuánto tendré que venir?' },
      { id: 'next-steps-working', text: '¿Cómo vamos a saber si el tratamiento funciona?' },
      { id: 'next-steps-change', text: '¿Qué pasa si este tratamiento deja de funcionar?' },
      { id: 'next-steps-contact', text: '¿Quiénes forman mi equipo de atención médica? ¿A quién puedo llamar si tengo preguntas?' },
      { id: 'next-steps-costs', text: '¿Quién me puede ayudar con los costos de mi atención?' },
    ],
    ...entryMeta([ACS_QUESTIONS, CANCER_AUSTRALIA_MBC], 'e0e435e6357f'),
  },
};

export const questions: QuestionCatalog = {
  intro: {
    id: 'questions-intro',
    title: 'Preguntas para su equipo de atención médica',
    text: [
      'Usted puede tomar parte activa en su atención. Marque las preguntas que quiere hacer y agregue las suyas.',
      'Luego imprima o copie su lista para llevarla a su próxima cita. Puede ayudar ir con alguien y tomar notas.',
    ],
    ...entryMeta([ACS_QUESTIONS, PANCAN_QUESTIONS], 'd12d0e21ff71'),
  },
  topics,
  ui: {
    ownQuestions: 'Mis propias preguntas',
    noOwnQuestions: 'Todavía no ha agregado preguntas propias.',
    addLabel: 'Agregue su propia pregunta',
    addButton: 'Agregar pregunta',
    characters: (used, max) => `${used} de ${max} caracteres`,
    remove: (question) => `Quitar: ${question}`,
    removeVisible: 'Quitar',
    print: 'Imprimir mis preguntas',
    copy: 'Copiar mis preguntas',
    count: (count) =>
      count === 0 ? 'Su lista está vacía.' : count === 1 ? 'Su lista tiene 1 pregunta.' : `Su lista tiene ${count} preguntas.`,
    added: 'Su pregunta se agregó a la lista.',
    removed: 'La pregunta se quitó de la lista.',
    empty: 'Primero escriba una pregunta.',
    emptyList: 'Primero marque o agregue una pregunta.',
    copied: 'Se copiaron sus preguntas. Puede pegarlas en una nota o en un correo electrónico.',
    copyManual:
      'Sus preguntas están seleccionadas en el cuadro de abajo. Para copiarlas, presione Ctrl+C (o Comando+C en una Mac), o use el menú Copiar de su dispositivo.',
    copyAreaLabel: 'Sus preguntas en texto',
    printing: 'Su lista está lista para imprimir.',
    notSaved: 'Este navegador no puede guardar su lista. Imprímala o cópiela para no perderla.',
    listTitle: 'Preguntas para mi equipo de atención médica',
    listNote: 'Escriba aquí las respuestas, o pídale a alguien que tome notas por usted.',
  },
};
