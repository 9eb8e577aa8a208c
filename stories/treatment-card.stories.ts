import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { TREATMENTS } from '../src/index.js';
import { storyAttributes } from './attributes.js';

/** Story args are the element's attributes, one control each. */
interface Args {
  treatment: string;
  'heading-level': number;
  variant: 'full' | 'compact';
  collapsible: boolean;
  open: boolean;
  href: string;
  lang: string;
}

const meta: Meta<Args> = {
  title: 'Elements/treatment-card',
  component: 'treatment-card',
  args: { treatment: 'hormonal', 'heading-level': 3, variant: 'full', collapsible: false, open: false, href: '', lang: '' },
  argTypes: {
    treatment: { control: 'select', options: [...TREATMENTS, 'unknown-value'] },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    collapsible: { control: 'boolean' },
    open: { control: 'boolean' },
    href: { control: 'text' },
    lang: { control: 'text' },
  },
  render: (args) => html`<treatment-card ${storyAttributes(args)}>
    <p>Ask your care team which treatments could fit your cancer.</p>
  </treatment-card>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Hormonal: Story = {};
export const Chemotherapy: Story = { args: { treatment: 'chemotherapy' } };
export const Targeted: Story = { args: { treatment: 'targeted' } };
export const Radiation: Story = { args: { treatment: 'radiation' } };
export const Surgery: Story = { args: { treatment: 'surgery' } };
export const Compact: Story = { args: { treatment: 'chemotherapy', variant: 'compact', href: '/treatments/chemotherapy' } };
export const CollapsedAndFindable: Story = { args: { treatment: 'targeted', collapsible: true } };
export const Open: Story = { args: { treatment: 'targeted', collapsible: true, open: true } };
export const WithPartnerSlots: Story = {
  args: { treatment: 'chemotherapy', href: '/chemotherapy' },
  render: (args) => html`<treatment-card ${storyAttributes(args)}>
    <p slot="extra">Our infusion centre on level 2 is open Monday to Saturday.</p>
    <a slot="actions" href="/contact">Talk to a nurse navigator</a>
  </treatment-card>`,
};
/** An unknown treatment shows only the partner's pasted fallback text (and warns in the console). */
export const UnknownTreatmentShowsFallback: Story = { args: { treatment: 'unknown-value' } };
/** A rejected `href` (here `javascript:`) keeps the text without a link. */
export const RejectedHref: Story = { args: { treatment: 'surgery', href: 'javascript:alert(1)' } };
