import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { registerSafetyContent } from '../src/index.js';
import { storyAttributes } from './attributes.js';

/** Story args are the element's attributes, one control each. */
interface Args {
  product: string;
  mode: 'inline' | 'tray';
  expanded: boolean;
  'heading-level': number;
  'pi-href': string;
  'more-href': string;
  lang: string;
}

/** The plain ISI text a partner pastes inside the element: shown without JavaScript or for an unknown product. */
const fallbackText = html`<h2>Important Safety Information</h2>
  <p>People who have had an allergic reaction to any of the ingredients in FASLODEX should not receive it.</p>
  <p>See the full Prescribing Information.</p>`;

const meta: Meta<Args> = {
  title: 'Elements/safety-banner',
  component: 'safety-banner',
  args: { product: 'faslodex', mode: 'inline', expanded: false, 'heading-level': 2, 'pi-href': '/faslodex/prescribing-information', 'more-href': '/faslodex/safety', lang: '' },
  argTypes: {
    product: { control: 'select', options: ['faslodex', 'examplumab', '', 'unknown-value'] },
    mode: { control: 'inline-radio', options: ['inline', 'tray'] },
    expanded: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    'pi-href': { control: 'text' },
    'more-href': { control: 'text' },
    lang: { control: 'text' },
  },
  render: (args) => html`<safety-banner ${storyAttributes(args)}>${fallbackText}</safety-banner>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The full ISI in the page flow, as a region named "Important Safety Information". */
export const Inline: Story = {};
/** Without `product`: the general educational disclaimer, for advocacy pages. */
export const GeneralDisclaimer: Story = {
  args: { product: '', 'pi-href': '', 'more-href': '' },
  render: (args) => html`<safety-banner ${storyAttributes(args)}></safety-banner>`,
};
/** The tray, collapsed: heading, the most serious risk and the expand button stay on screen. */
export const TrayCollapsed: Story = { args: { mode: 'tray' } };
/** The tray, expanded: the full ISI scrolls inside, up to 60% of the viewport. Escape collapses it. */
export const TrayExpanded: Story = { args: { mode: 'tray', expanded: true } };
export const HeadingLevel4: Story = { args: { 'heading-level': 4 } };
/** An unknown product shows only the partner's pasted fallback text (never the disclaimer) and warns in the console. */
export const UnknownProductShowsFallback: Story = { args: { product: 'unknown-value' } };
/** Rejected URLs (here `javascript:`) keep their text without a link. */
export const RejectedLinks: Story = { args: { 'pi-href': 'javascript:alert(1)', 'more-href': 'javascript:alert(1)' } };
/** Without `pi-href`, the "not all the safety information" line stays, without a link. */
export const NoLinks: Story = { args: { 'pi-href': '', 'more-href': '' } };

/** A sponsor's approved wording, registered with `registerSafetyContent()`, shown exactly as given. */
export const SponsorPack: Story = {
  parameters: {
    snippet: { unavailable: 'Snippets are made with the built-in safety packs; a pack registered on the page is rendered by the script there.' },
  },
  render: () => {
    registerSafetyContent({
      product: 'examplumab',
      name: 'EXAMPLUMAB (example only)',
      version: '1.0',
      updated: '2026-11-27',
      approvalCode: 'EXAMPLE-0000',
      complete: true,
      keyRisk: 'Example sponsor text: the most serious risk statement appears here exactly as approved.',
      sections: [{ heading: 'Example section', paragraphs: ['Example sponsor paragraph.'], items: ['Example item one', 'Example item two'] }],
      sources: [{ title: 'Example Prescribing Information', publisher: 'Example sponsor' }],
    });
    return html`<safety-banner product="examplumab" pi-href="/examplumab/prescribing-information"></safety-banner>`;
  },
};

/**
 * A long page as a reader meets it: the tray stays at the bottom while they read, steps aside when
 * the inline ISI at the end scrolls into view, and comes back when it leaves.
 */
export const LongPageWithTray: Story = {
  parameters: { layout: 'fullscreen' },
  args: { mode: 'tray', 'more-href': '' },
  render: (args) => html`<div>
    <safety-banner ${storyAttributes(args)}>${fallbackText}</safety-banner>
    <main>
      <h1>Treatment options for metastatic breast cancer</h1>
      ${Array.from(
        { length: 12 },
        (_, i) => html`<h2>Section ${i + 1}</h2>
          <p>
            Partner page text. Hormonal treatment is one option for hormone receptor-positive metastatic breast
            cancer. FASLODEX is one hormonal treatment for women past menopause whose cancer has spread after
            antiestrogen treatment such as tamoxifen. Scroll on: the tray stays at the bottom of the screen.
          </p>
          <p><a href="#top">A link on the page: tab to it and it is never hidden behind the tray.</a></p>`,
      )}
      <safety-banner product="faslodex" pi-href="/faslodex/prescribing-information" more-href="/faslodex/safety">${fallbackText}</safety-banner>
    </main>
  </div>`,
};
