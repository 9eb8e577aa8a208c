import { css } from 'lit';

export const styles = css`
  :host {
    --_scroll-margin: var(--mbc-treatment-options-scroll-margin, 1rem);
    margin-block-end: var(--_space);
  }
  /* Its own surface with the cards' padding and corners, so text never touches its edges on a tinted page. */
  .root {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  /* The cards take the reader's text spacing from the widget (the shared styles stop the page's at each element). */
  treatment-card {
    line-height: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  [part~='heading'] {
    font-size: var(--_step-5);
  }
  [part~='intro'] p {
    font-size: var(--_step-1);
  }
  [part~='toc'] {
    margin-block: var(--_space);
    padding: var(--_space-s) var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .toc-label {
    margin: 0;
    font-weight: 700;
  }
  [part~='toc'] ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='toc-link'],
  [part~='back-to-top'] {
    display: inline-block;
    padding-block: var(--_space-xs);
  }
  [part~='group'] {
    margin-block-start: var(--_space-xl);
  }
  [part~='group-heading'] {
    font-size: var(--_step-4);
    margin-block-end: var(--_space-xs);
  }
  [part~='group-intro'] {
    font-size: var(--_step-1);
  }
  .back {
    margin: 0;
  }
  treatment-card,
  [part~='heading'] {
    scroll-margin-block-start: var(--_scroll-margin);
  }
  treatment-card:focus,
  [part~='heading']:focus {
    outline: none;
  }
  treatment-card:focus-visible,
  [part~='heading']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    [part~='toc'] {
      border-color: CanvasText;
    }
  }
  @media print {
    /* Links that only move around the screen mean nothing on paper. */
    [part~='toc'],
    .back {
      display: none;
    }
    h1, h2, h3, h4, h5, h6,
    [part~='group-intro'] {
      break-after: avoid;
    }
    .meta {
      break-inside: avoid;
    }
  }
`;
