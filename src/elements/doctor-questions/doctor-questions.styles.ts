import { css, unsafeCSS } from 'lit';
import { DEFAULT_COLORS, SHARED_PAIRS, type ContrastPair } from '../../internal/contrast.js';

const BUTTON_TEXT = '#ffffff';

/** The colour pairs the contrast guard checks in this element. */
export const PAIRS: readonly ContrastPair[] = [
  ...SHARED_PAIRS,
  {
    pair: 'button',
    selector: "[part~='primary']",
    required: 4.5,
    tokens: ['--mbc-doctor-questions-button-text', '--mbc-color-accent'],
    defaults: { '--_button-text': BUTTON_TEXT, '--_accent': DEFAULT_COLORS.accent },
  },
];

export const styles = css`
  :host {
    --_button-text: var(--mbc-doctor-questions-button-text, ${unsafeCSS(BUTTON_TEXT)});
    margin-block-end: var(--_space);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_button-text: var(--mbc-doctor-questions-button-text, light-dark(${unsafeCSS(BUTTON_TEXT)}, #101418));
    }
  }
  .root {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='topic-heading'] {
    font-size: var(--_step-1);
  }
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space-2xs);
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .question {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-xs);
    min-block-size: 44px;
    padding-block: var(--_space-xs);
    box-sizing: border-box;
    cursor: pointer;
  }
  .own {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space-2xs) var(--_space-s);
  }
  .own .question {
    flex: 1 1 16em;
    min-inline-size: 0;
  }
  input[type='checkbox'] {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  input,
  textarea,
  button {
    font: inherit;
  }
  input:focus-visible,
  textarea:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .none {
    color: var(--_muted);
  }
  label[for] {
    display: block;
    font-weight: 700;
    margin-block-end: var(--_space-2xs);
  }
  .add-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-xs);
  }
  [part~='input'] {
    flex: 1 1 14em;
    min-inline-size: 0;
    min-block-size: 44px;
    box-sizing: border-box;
    padding: var(--_space-xs) var(--_space-xs);
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_text);
    background: var(--_surface);
  }
  .chars {
    margin-block: var(--_space-2xs) 0;
    color: var(--_muted);
    font-size: var(--_small);
  }
  button {
    min-block-size: 44px;
    padding: var(--_space-xs) var(--_space);
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_accent);
    background: var(--_surface);
    cursor: pointer;
  }
  [part~='primary'] {
    color: var(--_button-text);
    background: var(--_accent);
  }
  [part~='remove'] {
    min-block-size: 36px;
    padding-block: var(--_space-2xs);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-xs) var(--_space-s);
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  [part~='count'] {
    flex: 1 0 100%;
    max-inline-size: none;
    margin: 0;
    font-weight: 700;
  }
  [part~='status']:empty {
    margin: 0;
  }
  [part~='status'] {
    margin-block: var(--_space-s) 0;
  }
  .manual {
    margin-block-start: var(--_space-s);
  }
  [part~='copy-text'] {
    box-sizing: border-box;
    inline-size: 100%;
    padding: var(--_space-xs);
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    color: var(--_text);
    background: var(--_surface);
    white-space: pre-wrap;
  }
  [part~='note'] {
    margin-block: var(--_space-s) 0;
    padding: var(--_space-xs) var(--_space-s);
    border-inline-start: 0.25rem solid var(--_focus);
  }
  .print-frame {
    position: fixed;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: 0;
    block-size: 0;
    border: 0;
    visibility: hidden;
  }
  /*
   * A prerendered list before (or without) the script: adding, counting, printing and copying cannot
   * work yet, so those controls keep their place but do not show; the questions can still be ticked.
   */
  :host(:not(:defined)) [data-topic='own'],
  :host(:not(:defined)) .actions {
    visibility: hidden;
  }
  @media (forced-colors: active) {
    .root,
    button,
    [part~='input'],
    [part~='copy-text'] {
      border-color: CanvasText;
    }
    [part~='primary'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
  @media print {
    .root {
      border: 0;
      padding: 0;
    }
    form,
    .actions button,
    [part~='remove'],
    [part~='status'],
    [part~='note'],
    .manual,
    .print-frame {
      display: none;
    }
    /* Printed without the script: the questions with empty boxes to tick by hand, and no blank space. */
    :host(:not(:defined)) [data-topic='own'],
    :host(:not(:defined)) .actions {
      display: none;
    }
    h1, h2, h3, h4, h5, h6 {
      break-after: avoid;
    }
    .question {
      break-inside: avoid;
      min-block-size: 0;
    }
  }
`;

/**
 * The printed list's own stylesheet (a plain string: it is adopted by the print document, which
 * is not a shadow root). Holds no content.
 */
export const printStyles = `
  @page { margin: 2cm; }
  html { color: #000; background: #fff; }
  body { margin: 0; font: 12pt/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
  h1 { font-size: 18pt; margin: 0 0 4pt; }
  .note { margin: 0 0 14pt; color: #333; }
  h2 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; }
  ol { margin: 0; padding-inline-start: 1.5em; }
  li { padding-block: 4pt 28pt; border-block-end: 1px solid #999; break-inside: avoid; }
  li + li { margin-block-start: 6pt; }
`;
