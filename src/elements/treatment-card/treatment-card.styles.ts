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
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_local: var(--mbc-treatment-card-local-color, light-dark(${unsafeCSS(LOCAL)}, #c9a6ee));
    }
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
    gap: var(--_space-s);
    inline-size: 100%;
    min-block-size: 44px;
    cursor: pointer;
  }
  /* A prerendered card before (or without) the script: nothing could open closed details, so they show. */
  :host(:not(:defined)) [part~='details'] {
    display: block;
    content-visibility: visible;
  }
  /* The sign is drawn in the accent colour, and the name underlines on hover: it looks like it opens. */
  [part~='toggle'] .icon {
    color: var(--_accent);
  }
  [part~='toggle']:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The heading takes focus (tabindex -1) when a link elsewhere on the page jumps to the card. */
  [part~='heading']:focus {
    outline: none;
  }
  [part~='toggle']:focus-visible,
  [part~='heading']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .scope strong {
    color: var(--_edge);
  }
  .summary {
    font-size: var(--_step-1);
  }
  .questions {
    padding-inline-start: var(--_space-l);
  }
  .questions li + li {
    margin-block-start: var(--_space-2xs);
  }
  :host([variant='compact']) .card {
    padding: var(--_space-s) var(--_space);
  }
  :host([variant='compact']) [part~='heading'] {
    font-size: var(--_step-2);
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
