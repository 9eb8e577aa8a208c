import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HER2_VALUES, MENOPAUSE_VALUES, RECEPTOR_VALUES } from '../src/index.js';
import { storyAttributes } from './attributes.js';

/** Story args are the element's attributes, one control each. */
interface Args {
  er: string;
  pr: string;
  her2: string;
  menopause: string;
  'heading-level': number;
  interactive: boolean;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/receptor-explainer',
  component: 'receptor-explainer',
  args: { er: 'positive', pr: 'positive', her2: 'negative', menopause: 'post', 'heading-level': 2, interactive: false, lang: '' },
  argTypes: {
    er: { control: 'select', options: [...RECEPTOR_VALUES, 'unknown-value'] },
    pr: { control: 'select', options: [...RECEPTOR_VALUES, 'unknown-value'] },
    her2: { control: 'select', options: [...HER2_VALUES, 'unknown-value'] },
    menopause: { control: 'select', options: [...MENOPAUSE_VALUES, 'unknown-value'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    interactive: { control: 'boolean' },
    lang: { control: 'text' },
  },
  render: (args) => html`<receptor-explainer ${storyAttributes(args)}>
    <p>Your pathology report shows your hormone receptor and HER2 results. Ask your care team what they mean for your treatment.</p>
  </receptor-explainer>`,
};
export default meta;

type Story = StoryObj<Args>;

export const HormoneReceptorPositiveHer2Negative: Story = { name: 'HR+/HER2-' };
export const HormoneReceptorPositiveHer2Positive: Story = { name: 'HR+/HER2+', args: { pr: 'negative', her2: 'positive', menopause: 'pre' } };
export const HormoneReceptorNegativeHer2Positive: Story = {
  name: 'HR-/HER2+',
  args: { er: 'negative', pr: 'negative', her2: 'positive', menopause: 'unknown' },
};
export const TripleNegative: Story = { args: { er: 'negative', pr: 'negative', her2: 'negative', menopause: 'unknown' } };
/** HER2-low is named as a kind of HER2-negative, with the cautious HER2-low note. Menopause "does not apply" covers men. */
export const Her2Low: Story = { name: 'HER2-low', args: { her2: 'low', menopause: 'not-applicable' } };
/** Nothing known yet: says what is missing and which questions to ask. */
export const AllUnknown: Story = { args: { er: 'unknown', pr: 'unknown', her2: 'unknown', menopause: 'unknown' } };
/** The reader picks the results; the explanation updates in a polite live region. Choices stay inside the element. */
export const Interactive: Story = { args: { er: 'unknown', pr: 'unknown', her2: 'unknown', menopause: 'unknown', interactive: true } };
/** Families link to the `<treatment-card>`s on the same page; a click scrolls to the card and focuses it. */
export const WithCardsOnThePage: Story = {
  render: (args) => html`<receptor-explainer ${storyAttributes(args)}></receptor-explainer>
    <treatment-card id="hormonal" treatment="hormonal" variant="compact"></treatment-card>
    <treatment-card id="targeted" treatment="targeted" variant="compact"></treatment-card>
    <treatment-card id="chemotherapy" treatment="chemotherapy" variant="compact"></treatment-card>`,
};
/** A misspelled value falls back to "unknown" (and warns in the console). */
export const MisspelledValue: Story = { args: { her2: 'postive' } };
