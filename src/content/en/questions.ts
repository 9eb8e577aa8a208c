import type { QuestionCatalog, Source } from '../schema.js';
import { ACS_QUESTIONS, CANCER_AUSTRALIA_MBC, CCS_RECEPTOR_TEST, CHECKED, KOMEN_QUESTIONS, PANCAN_QUESTIONS, pending } from './sources.js';

const meta = (sources: readonly Source[]) => ({ ...CHECKED, sources, clinicalReview: pending });

const topics: QuestionCatalog['topics'] = {
  tests: {
    id: 'tests',
    title: 'My test results',
    questions: [
      { id: 'tests-receptors', text: 'Does my cancer have hormone receptors? What did the test show?' },
      { id: 'tests-her2', text: 'What is the HER2 status of my cancer?' },
      { id: 'tests-report', text: 'Can I have a copy of my pathology report? Who will go through it with me?' },
      { id: 'tests-again', text: 'Should the cancer that has spread be tested again, in case the results have changed?' },
      { id: 'tests-choices', text: 'How do my test results change which treatments could work for me?' },
    ],
    ...meta([KOMEN_QUESTIONS, PANCAN_QUESTIONS, CCS_RECEPTOR_TEST]),
  },
  choosing: {
    id: 'choosing',
    title: 'Choosing a treatment',
    questions: [
      { id: 'choosing-options', text: 'What are my treatment choices?' },
      { id: 'choosing-advice', text: 'Which treatment do you suggest for me, and why?' },
      {
        id: 'choosing-scope',
        text: 'Does this treatment work through the whole body, or does it treat one part of the body?',
      },
      { id: 'choosing-goal', text: 'What do we hope this treatment will do for me?' },
      { id: 'choosing-trials', text: 'Is there a clinical trial that could fit me?' },
      { id: 'choosing-second-opinion', text: 'Can I get a second opinion? Is there time to think about my choices before I decide?' },
    ],
    ...meta([ACS_QUESTIONS, PANCAN_QUESTIONS]),
  },
  'side-effects': {
    id: 'side-effects',
    title: 'Side effects and daily life',
    questions: [
      { id: 'side-effects-which', text: 'What side effects could I have?' },
      { id: 'side-effects-ease', text: 'What can we do to prevent or ease side effects?' },
      { id: 'side-effects-call', text: 'Which problems mean I should call you right away? Who do I call at night?' },
      { id: 'side-effects-daily', text: 'How will treatment change my work, my home life and the things I enjoy?' },
      { id: 'side-effects-support', text: 'Who can help me with pain, tiredness or worry?' },
    ],
    ...meta([ACS_QUESTIONS, CANCER_AUSTRALIA_MBC]),
  },
  'next-steps': {
    id: 'next-steps',
    title: 'What happens next',
    questions: [
      { id: 'next-steps-plan', text: 'What are the next steps in my care?' },
      { id: 'next-steps-visits', text: 'How long will treatment last, and how often will I need to come in?' },
      { id: 'next-steps-working', text: 'How will we know if the treatment is working?' },
      { id: 'next-steps-change', text: 'What happens if this treatment stops working?' },
      { id: 'next-steps-contact', text: 'Who is on my care team, and who can I contact with questions?' },
      { id: 'next-steps-costs', text: 'Who can help me with the costs of my care?' },
    ],
    ...meta([ACS_QUESTIONS, CANCER_AUSTRALIA_MBC]),
  },
};

export const questions: QuestionCatalog = {
  intro: {
    id: 'questions-intro',
    title: 'Questions for your care team',
    text: [
      'You can take an active part in your care. Check the questions you want to ask, and add your own.',
      'Then print or copy your list to take to your next visit. It can help to bring someone with you and to take notes.',
    ],
    ...meta([ACS_QUESTIONS, PANCAN_QUESTIONS]),
  },
  topics,
  ui: {
    ownQuestions: 'My own questions',
    noOwnQuestions: 'You have not added any questions of your own yet.',
    addLabel: 'Add your own question',
    addButton: 'Add question',
    characters: (used, max) => `${used} of ${max} characters`,
    remove: (question) => `Remove: ${question}`,
    removeVisible: 'Remove',
    print: 'Print my questions',
    copy: 'Copy my questions',
    count: (count) =>
      count === 0 ? 'Your list is empty.' : count === 1 ? 'Your list has 1 question.' : `Your list has ${count} questions.`,
    added: 'Your question was added to your list.',
    removed: 'The question was removed from your list.',
    empty: 'Type a question first.',
    emptyList: 'Check or add a question first.',
    copied: 'Your questions were copied. You can paste them into a note or an email.',
    copyManual:
      "Your questions are selected in the box below. Press Ctrl+C (or Command+C on a Mac) to copy them, or use your device's Copy menu.",
    copyAreaLabel: 'Your questions as text',
    printing: 'Your list is ready to print.',
    notSaved: 'This browser cannot save your list. Print or copy it so you do not lose it.',
    listTitle: 'Questions for my care team',
    listNote: 'Write the answers here, or ask someone to take notes for you.',
  },
};
