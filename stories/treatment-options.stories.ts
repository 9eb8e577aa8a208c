import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { storyAttributes } from './attributes.js';

/** Story args are the element's attributes, one control each. */
interface Args {
  treatments: string;
  'group-by': 'scope' | 'none' | string;
  'heading-level': number;
  collapsible: boolean;
  lang: string;
}

/** The partner's pasted fallback: plain text shown before the script runs or if the widget cannot render. */
const fallbackText = html`<h2>Treatment options for metastatic breast cancer</h2>
  <p>People with metastatic breast cancer have several treatment options. Ask your care team which could fit you.</p>`;

const meta: Meta<Args> = {
  title: 'Elements/treatment-options',
  component: 'treatment-options',
  args: { treatments: '', 'group-by': 'scope', 'heading-level': 2, collapsible: false, lang: '' },
  argTypes: {
    treatments: { control: 'text', description: 'Comma-separated subset and order, e.g. "chemotherapy, hormonal". Empty = all.' },
    'group-by': { control: 'inline-radio', options: ['scope', 'none', 'unknown-value'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    collapsible: { control: 'boolean' },
    lang: { control: 'text' },
  },
  render: (args) => html`<treatment-options ${storyAttributes(args)}>
    ${fallbackText}
  </treatment-options>`,
};
export default meta;

type Story = StoryObj<Args>;

/** All five treatments, grouped as systemic and local therapies. */
export const Default: Story = {};
/** A subset, in the partner's order; groups follow the first treatment of each. */
export const SubsetAndOrder: Story = { args: { treatments: 'radiation, chemotherapy, hormonal' } };
/** One list without group headings: cards sit one level below the title. */
export const Ungrouped: Story = { args: { 'group-by': 'none' } };
/** Every card starts closed, showing its name, scope and summary. */
export const Collapsible: Story = { args: { collapsible: true } };
/** Under a page's h1 the widget's title is an h2, groups h3 and cards h4; here it sits deeper. */
export const DeeperHeadings: Story = { args: { 'heading-level': 4 } };
/** Unknown names are skipped with one console warning; with none known, every treatment is shown. */
export const UnknownNames: Story = { args: { treatments: 'hormone, chemotherapy, x-ray' } };
/** A partner's <safety-banner> in the `safety` slot, right after the list. */
export const WithSafetyBanner: Story = {
  args: { collapsible: true },
  render: (args) => html`<treatment-options ${storyAttributes(args)}>
    ${fallbackText}
    <safety-banner slot="safety" product="faslodex" heading-level="3"></safety-banner>
  </treatment-options>`,
};
/**
 * Two widgets on one page: their links never reach into each other. Both contents navs carry the
 * same name (the same section twice), so axe's landmark-unique rule is off for this story only.
 */
export const TwoOnOnePage: Story = {
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  args: { treatments: 'hormonal, targeted' },
  render: (args) => html`<treatment-options ${storyAttributes(args)}>${fallbackText}</treatment-options>
    <treatment-options treatments="radiation, surgery" group-by="none" heading-level="2">${fallbackText}</treatment-options>`,
};
