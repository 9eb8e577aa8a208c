import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { QUESTION_TOPICS } from '../src/index.js';
import { storyAttributes } from './attributes.js';

/** Story args are the element's attributes, one control each. An empty `persist` leaves it out: nothing is stored. */
interface Args {
  topics: string;
  persist: string;
  'heading-level': number;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/doctor-questions',
  component: 'doctor-questions',
  args: { topics: '', persist: '', 'heading-level': 2, lang: '' },
  argTypes: {
    topics: { control: 'text', description: `Comma-separated: ${QUESTION_TOPICS.join(', ')}. Empty = all.` },
    persist: { control: 'text', description: 'List name (a-z, 0-9, - and _): the list is kept in localStorage. Empty = the attribute is left out and nothing is stored.' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    lang: { control: 'text' },
  },
  render: (args) => html`<doctor-questions ${storyAttributes(args)}>
    <h2>Questions for your care team</h2>
    <ul>
      <li>What are my treatment choices?</li>
      <li>What side effects could I have?</li>
      <li>What happens next?</li>
    </ul>
  </doctor-questions>`,
};
export default meta;

type Story = StoryObj<Args>;

export const AllTopics: Story = {};
export const TestsAndChoosing: Story = { args: { topics: 'tests,choosing' } };
export const NextStepsFirst: Story = { args: { topics: 'next-steps,side-effects' } };
/** Kept in this browser under `mbc-doctor-questions:storybook`: tick something, then reload the story. */
export const SavedList: Story = { args: { persist: 'storybook' } };
/** An unknown topic is skipped with one console warning; all unknown shows every topic. */
export const UnknownTopic: Story = { args: { topics: 'choosing,costs' } };
/** The manual-copy state: the clipboard is refused, so the list is selected in a read-only box. */
export const ClipboardRefused: Story = {
  args: { topics: 'tests' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('doctor-questions')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) }, configurable: true });
    try {
      await el.copyQuestions();
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard; // the prototype's real clipboard shows through again
    }
  },
};
