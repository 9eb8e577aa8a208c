import { css } from 'lit';
import { DEFAULT_COLORS, SHARED_PAIRS, type ContrastPair } from '../../internal/contrast.js';

/** The colour pairs the contrast guard checks in this element. */
export const PAIRS: readonly ContrastPair[] = [
  ...SHARED_PAIRS,
  { pair: 'risk', selector: '.risk', required: 4.5, tokens: ['--mbc-color-text', '--mbc-color-surface'], defaults: { '--_text': DEFAULT_COLORS.text, '--_surface': DEFAULT_COLORS.surface } },
];

export const styles = css`
  /*
   * The ISI's background is the surface with a touch of the safety colour, so it follows any theme's
   * surface (light or dark); where color-mix() is missing, it is the plain surface.
   */
  :host {
    --_edge: var(--mbc-safety-banner-edge-color, #8a1c1c);
    --_safety-surface: var(--mbc-safety-banner-background, var(--_surface));
    --_tray-max: var(--mbc-safety-tray-max-height, 60vh);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_edge: var(--mbc-safety-banner-edge-color, light-dark(#8a1c1c, #ff8f85));
    }
  }
  @supports (color: color-mix(in srgb, red 6%, white)) {
    :host {
      --_safety-surface: var(--mbc-safety-banner-background, color-mix(in srgb, var(--_edge) 6%, var(--_surface)));
    }
    /* Whatever pair the contrast guard rejects, the ISI's own background goes back to its default too. */
    :host([data-mbc-contrast-fallback]) {
      --_safety-surface: color-mix(in srgb, var(--_edge) 6%, var(--_surface));
    }
  }
  /* A prerendered tray shows as the inline ISI until the script runs, and keeps its space like one. */
  :host(:not([mode='tray' i])),
  :host(:not(:defined)) {
    margin-block-end: var(--_space);
  }
  /*
   * The ISI reads as a safety notice: a tinted panel with a thick edge in the safety colour, and a
   * heading with the same colour rule beneath it. The general disclaimer is quieter (plain edge).
   */
  .banner {
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_edge);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .banner:not(.disclaimer) {
    border-color: var(--_edge);
  }
  .banner:not(.disclaimer),
  .tray {
    background: var(--_safety-surface);
  }
  .disclaimer {
    border-inline-start-width: 0.375rem;
    border-inline-start-color: var(--_border);
  }
  .banner > [part~='heading'] {
    font-size: var(--_step-2);
    padding-block-end: var(--_space-2xs);
    border-block-end: 2px solid var(--_edge);
    inline-size: fit-content;
  }
  [part~='subheading'] {
    font-size: var(--_step-1);
    margin-block: var(--_space-s) var(--_space-2xs);
  }
  /* At least the size and weight of the treatment text beside it (the card's summary). */
  .risk {
    font-size: var(--_step-1);
    font-weight: 700;
  }
  ul {
    padding-inline-start: var(--_space-l);
  }
  .codes {
    margin-block: var(--_space) var(--_space-2xs);
    padding-block-start: var(--_space-xs);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_small);
  }
  /* The codes line above carries the footer's rule and spacing. */
  .codes + .meta {
    margin-block-start: 0;
    padding-block-start: 0;
    border-block-start: 0;
  }
  .print-copy {
    display: none;
  }

  /* The tray: in the top layer where popover exists, else fixed above everything. */
  .tray {
    position: fixed;
    inset: auto 0 0 0;
    z-index: 2147483647;
    margin: 0;
    padding: 0;
    inline-size: 100%;
    max-inline-size: none;
    block-size: auto;
    max-block-size: 40vh;
    max-block-size: 40dvh;
    overflow: hidden;
    display: flex;
    flex-direction: column;
    border: 0;
    border-block-start: 0.25rem solid var(--_edge);
    box-shadow: 0 -0.125rem 0.5rem rgb(0 0 0 / 0.25);
  }
  .tray[hidden] {
    display: none;
  }
  .tray.open {
    max-block-size: var(--_tray-max);
  }
  .wrap {
    box-sizing: border-box;
    inline-size: 100%;
    max-inline-size: 72rem;
    margin-inline: auto;
    padding-inline: var(--_space-s);
  }
  .bar {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs);
    padding-block: var(--_space-2xs);
  }
  /* Body size in the tray's bar (step 0 of the scale): the collapsed tray keeps within a quarter of the screen. */
  .bar [part~='heading'] {
    font-size: 1em;
    margin: 0;
  }
  .panel {
    overflow-y: auto;
    overscroll-behavior: contain;
    min-block-size: 0;
  }
  /* The scrolling text's own focus ring, drawn inside it so the screen's edges never cut it off. */
  .panel:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: -3px;
  }
  /* The link to the inline ISI: shown with the full text; collapsed, it appears when it has focus. */
  .tray:not(.open) .to-inline:not(:focus-within) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The tray keeps the risk at body size (bold) so the collapsed tray stays within a quarter of the screen. */
  .tray .risk {
    font-size: 1em;
    margin-block-end: var(--_space-xs);
  }
  .tray.open .isi {
    padding-block-end: var(--_space-s);
  }
  [part~='toggle'] {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0 var(--_space-s);
    font: inherit;
    font-weight: 700;
    color: var(--_accent);
    background: var(--_surface);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* Short viewports (400% zoom): the collapsed tray keeps its heading and button; the risk (and the
     note that the ISI is in English) moves behind the button. Expanded, the tray is a reading view of the full height: the bar with the collapse
     button stays on top, the text scrolls below it. (Keep the query in step with SHORT_VIEWPORT.) */
  @media (max-height: 25em) {
    .tray:not(.open) .risk,
    .tray:not(.open) .language-note {
      display: none;
    }
    .tray.open {
      max-block-size: 100vh;
      max-block-size: 100dvh;
    }
  }

  @media (forced-colors: active) {
    .banner,
    .tray,
    .codes,
    [part~='toggle'] {
      border-color: CanvasText;
    }
    [part~='toggle'] {
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
  @media print {
    .tray {
      display: none !important;
    }
    .print-copy {
      display: block;
    }
    .banner {
      break-inside: auto;
      background: #fff;
    }
    [part~='heading'],
    [part~='subheading'] {
      break-after: avoid;
    }
    .risk,
    li {
      break-inside: avoid;
    }
  }
`;
