import { css, unsafeCSS } from 'lit';
import { DEFAULT_COLORS, SHARED_PAIRS, type ContrastPair } from '../../internal/contrast.js';

const LOCAL = '#6d3f9b';

/** The colour pairs the contrast guard checks in this element. */
export const PAIRS: readonly ContrastPair[] = [
  ...SHARED_PAIRS,
  {
    pair: 'badge',
    selector: '.scope strong',
    required: 4.5,
    tokens: ['--mbc-treatment-card-systemic-color', '--mbc-treatment-card-local-color', '--mbc-color-accent', '--mbc-color-surface'],
    defaults: { '--_systemic': DEFAULT_COLORS.accent, '--_local': LOCAL, '--_surface': DEFAULT_COLORS.surface },
  },
];

export const styles = css`
  :host {
    --_systemic: var(--mbc-treatment-card-systemic-color, var(--_accent));
    --_local: var(--mbc-treatment-card-local-color, ${unsafeCSS(LOCAL)});
    margin-block-end: var(--_space);
    scroll-margin-block-start: var(--mbc-treatment-card-scroll-margin, 1rem);
  }
  .card {
    --_edge: var(--_systemic);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_edge);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .card[data-scope='local'] {
    --_edge: var(--_local);
  }
  [part~='toggle'] {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.75em;
    inline-size: 100%;
    min-block-size: 44px;
    cursor: pointer;
  }
  /* The heading takes focus (tabindex -1) when a link elsewhere on the page jumps to the card. */
  [part~='heading']:focus {
    outline: none;
  }
  [part~='toggle']:focus-visible,
  [part~='heading']:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .icon {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    /* Room for the corners of the turned square, so it never sticks out of the button. */
    margin-inline-end: 0.15em;
    transform: rotate(45deg);
    transition: transform 0.15s ease;
  }
  [aria-expanded='true'] .icon {
    transform: rotate(-135deg);
  }
  /* Right to left, the chevron's sides are mirrored (logical borders): turn it the other way, so it still points down, then up. */
  .icon:dir(rtl) {
    transform: rotate(-45deg);
  }
  [aria-expanded='true'] .icon:dir(rtl) {
    transform: rotate(135deg);
  }
  .scope strong {
    color: var(--_edge);
  }
  .summary {
    font-size: 1.0625em;
  }
  .questions {
    padding-inline-start: 1.25em;
  }
  .questions li + li {
    margin-block-start: 0.25em;
  }
  :host([variant='compact']) .card {
    padding: calc(var(--_space) * 0.75);
  }
  :host([variant='compact']) [part~='heading'] {
    font-size: 1.1875em;
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .scope strong {
      color: CanvasText;
    }
  }
  @media print {
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    .scope,
    .summary,
    .questions,
    .meta {
      break-inside: avoid;
    }
    [part~='details'][hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    .icon {
      display: none;
    }
  }
`;
