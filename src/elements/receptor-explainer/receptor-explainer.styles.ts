import { css } from 'lit';
import { DEFAULT_COLORS, SHARED_PAIRS, type ContrastPair } from '../../internal/contrast.js';

const NOTE = '#eef4fa';

/** The colour pairs the contrast guard checks in this element. */
export const PAIRS: readonly ContrastPair[] = [
  ...SHARED_PAIRS,
  { pair: 'note', selector: '.note', required: 4.5, tokens: ['--mbc-color-text', '--mbc-receptor-explainer-note-background'], defaults: { '--_text': DEFAULT_COLORS.text, '--_note': NOTE } },
];

export const styles = css`
  :host {
    --_note: var(--mbc-receptor-explainer-note-background, var(--_tint));
    margin-block-end: var(--_space);
  }
  .box {
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  /* The live region: heard, not seen (the same words are the visible name below the choices). */
  .announce {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .subtype {
    font-size: var(--_step-1);
  }
  .subtype strong {
    display: block;
    font-size: var(--_step-1);
  }
  .note {
    background: var(--_note);
    border-radius: var(--_radius);
    padding: var(--_space-s) var(--_space);
  }
  ul {
    padding-inline-start: var(--_space-l);
  }
  li + li {
    margin-block-start: var(--_space-xs);
  }
  .family {
    display: block;
    font-weight: 700;
  }
  .menopause {
    display: block;
    margin-block-start: var(--_space-xs);
  }
  q {
    quotes: '“' '”';
  }
  .choices p {
    margin-block-end: var(--_space-xs);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space-s);
    padding: var(--_space-2xs) var(--_space-s) var(--_space-xs);
  }
  legend {
    font-weight: 700;
    padding-inline: var(--_space-2xs);
  }
  label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 44px;
    margin-inline-end: var(--_space-l);
    cursor: pointer;
  }
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
    flex: none;
  }
  input[type='radio']:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    .box,
    fieldset {
      border-color: CanvasText;
    }
    .note {
      border: 1px solid CanvasText;
    }
  }
  @media print {
    .choices {
      display: none;
    }
    .note {
      border: 1px solid #000;
      background: none;
    }
  }
`;
