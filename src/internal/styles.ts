import { css, unsafeCSS } from 'lit';
import { DARK_COLORS, DEFAULT_COLORS } from './contrast.js';

/**
 * Styles every element shares. Public theme hooks (`--mbc-*`) are read once into private `--_*`
 * aliases with fallbacks, so an element looks right with no theme at all. Colours are set on the
 * element's own root, so host rules such as `* { color: transparent }` cannot reach the text. The
 * default colours are the contrast guard's too: a pair that fails falls back to them.
 */
export const baseStyles = css`
  /*
   * Design tokens. Colours: light defaults, and dark ones where the element's used colour scheme is
   * dark (the page's "color-scheme: light dark" and a reader in dark mode, or color-scheme="dark" on
   * the element): light-dark() picks, and a browser without it keeps the light set. Type: one modular
   * scale (--_step-*) from the body size by --mbc-type-scale. Spacing: one scale (--_space-*) from
   * --mbc-space. Line length: --mbc-measure.
   */
  :host {
    display: block;
    --_text: var(--mbc-color-text, ${unsafeCSS(DEFAULT_COLORS.text)});
    --_muted: var(--mbc-color-text-muted, ${unsafeCSS(DEFAULT_COLORS.muted)});
    --_surface: var(--mbc-color-surface, ${unsafeCSS(DEFAULT_COLORS.surface)});
    --_border: var(--mbc-color-border, ${unsafeCSS(DEFAULT_COLORS.border)});
    --_accent: var(--mbc-color-accent, ${unsafeCSS(DEFAULT_COLORS.accent)});
    --_focus: var(--mbc-color-focus, ${unsafeCSS(DEFAULT_COLORS.focus)});
    --_tint: var(--mbc-color-surface-tint, #eef4fa);
    --_radius: var(--mbc-radius, 0.5rem);
    --_focus-width: var(--mbc-focus-width, 3px);
    --_measure: var(--mbc-measure, 56ch);
    --_ratio: var(--mbc-type-scale, 1.125);
    --_step-1: calc(1em * var(--_ratio));
    --_step-2: calc(1em * var(--_ratio) * var(--_ratio));
    --_step-3: calc(1em * var(--_ratio) * var(--_ratio) * var(--_ratio));
    --_step-4: calc(1em * var(--_ratio) * var(--_ratio) * var(--_ratio) * var(--_ratio));
    --_step-5: calc(1em * var(--_ratio) * var(--_ratio) * var(--_ratio) * var(--_ratio) * var(--_ratio));
    --_small: max(0.875em, 14px);
    --_space: var(--mbc-space, 1em);
    --_space-2xs: calc(var(--_space) * 0.25);
    --_space-xs: calc(var(--_space) * 0.5);
    --_space-s: calc(var(--_space) * 0.75);
    --_space-l: calc(var(--_space) * 1.5);
    --_space-xl: calc(var(--_space) * 2);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      --_text: var(--mbc-color-text, light-dark(${unsafeCSS(DEFAULT_COLORS.text)}, ${unsafeCSS(DARK_COLORS.text)}));
      --_muted: var(--mbc-color-text-muted, light-dark(${unsafeCSS(DEFAULT_COLORS.muted)}, ${unsafeCSS(DARK_COLORS.muted)}));
      --_surface: var(--mbc-color-surface, light-dark(${unsafeCSS(DEFAULT_COLORS.surface)}, ${unsafeCSS(DARK_COLORS.surface)}));
      --_border: var(--mbc-color-border, light-dark(${unsafeCSS(DEFAULT_COLORS.border)}, ${unsafeCSS(DARK_COLORS.border)}));
      --_accent: var(--mbc-color-accent, light-dark(${unsafeCSS(DEFAULT_COLORS.accent)}, ${unsafeCSS(DARK_COLORS.accent)}));
      --_focus: var(--mbc-color-focus, light-dark(${unsafeCSS(DEFAULT_COLORS.focus)}, ${unsafeCSS(DARK_COLORS.focus)}));
      --_tint: var(--mbc-color-surface-tint, light-dark(#eef4fa, #243140));
    }
  }
  /* color-scheme="light|dark" pins the element's scheme; "auto" (the default) follows the page. */
  :host([color-scheme='dark' i]) {
    color-scheme: dark;
  }
  :host([color-scheme='light' i]) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  /*
   * Text spacing (WCAG 1.4.12). Line height, letter spacing and word spacing are inherited, so a
   * reader's own text-spacing stylesheet or bookmarklet (rules such as "* { letter-spacing: .12em }",
   * which reach this element itself) carries on into the shadow root. The defaults below sit on the
   * host, so spacing a page sets on its own containers stops here instead; only rules that name the
   * element itself get through (an element nesting ours passes its own on: see treatment-options).
   * Text keeps a line height of at least 1.5 (1lh in line-height is the inherited value; headings
   * keep their own 1.25): a page's "* { line-height: 0 }" cannot stack lines on top of each other,
   * and a reader's larger line height still wins. Letter and word spacing have no such floor in CSS:
   * a rule on the element that sets them very wide or negative gets through (wide text still wraps,
   * see overflow-wrap).
   */
  :host {
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
  }
  .root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    overflow-wrap: anywhere;
    text-align: start;
    /*
     * Text size floors: body text at least 16px, and nothing smaller than 14px (the footer, 0.875em of
     * 16px), whatever the page's root or body font size ("html { font-size: 62.5% }", font-size: 0
     * for inline-block gaps). A larger size from the page still wins (1em), and px floors scale with
     * the reader's zoom. What they cannot follow: a reader's larger default font size in the browser's
     * settings when the page pins its own text below it (62.5% of a 20px default gives 16px, not 20px).
     */
    font-size: max(1em, 16px);
    /* Other inherited text properties a host theme can set to hide or scramble text (text-indent image
       replacement, gradient text fill): reset to readable values. */
    text-indent: 0;
    white-space: normal;
    -webkit-text-fill-color: currentcolor;
  }
  .root,
  p,
  li {
    line-height: max(1.5em, 1lh);
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
    color: inherit;
  }
  p, ul {
    margin: 0 0 var(--_space-s);
  }
  /* Reading width, however wide the page: 56ch is about 73 characters a line (a "0" is wider than most letters). */
  p, li, legend, [part~='subheading'] {
    max-inline-size: var(--_measure);
  }
  /* Default sizes of an element's top heading and inner headings (steps of the one scale). */
  [part~='heading'] {
    font-size: var(--_step-3);
    margin-block-end: var(--_space-xs);
  }
  [part~='subheading'] {
    font-size: var(--_step-1);
    margin-block: var(--_space) var(--_space-2xs);
  }
  /*
   * The open/close sign every disclosure shares (card toggle, tray button, sources): a plus that
   * becomes a minus, drawn in the text colour inside a ring, so it reads as a button and needs no
   * mirroring right to left.
   */
  .icon {
    flex: none;
    position: relative;
    box-sizing: border-box;
    inline-size: 1.5em;
    block-size: 1.5em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .icon::before,
  .icon::after {
    content: '';
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 0.75em;
    block-size: 0;
    border-block-start: 2px solid currentColor;
  }
  /* Borders, not backgrounds: they keep their (system) colour under forced colours. */
  .icon::after {
    inline-size: 0;
    block-size: 0.75em;
    border-block-start: 0;
    border-inline-start: 2px solid currentColor;
  }
  [aria-expanded='true'] .icon::after,
  [open] > summary .icon::after {
    display: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The footer renderMeta() draws for every content entry. */
  .meta {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space-xs);
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: var(--_small);
  }
  .meta p {
    margin-block-end: var(--_space-2xs);
  }
  /* Sources behind one disclosure: one Tab stop, opens without script, prints open (below). */
  .sources > summary {
    display: flex;
    align-items: center;
    gap: var(--_space-xs);
    cursor: pointer;
    color: var(--_accent);
    inline-size: fit-content;
    min-block-size: 24px;
    list-style: none;
  }
  .sources > summary::-webkit-details-marker {
    display: none;
  }
  .sources > summary:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The small sign, beside words that already say what the control does (Sources, the tray's button). */
  .sources .icon,
  .icon.small {
    inline-size: 1.125em;
    block-size: 1.125em;
    border-width: 1.5px;
  }
  .sources .icon::before,
  .icon.small::before {
    inline-size: 0.5em;
  }
  .sources .icon::after,
  .icon.small::after {
    block-size: 0.5em;
  }
  .sources ul,
  .review-info {
    margin: var(--_space-2xs) 0 0;
    padding-inline-start: var(--_space-l);
  }
  /* Stacked links: each at least 24px tall (WCAG 2.5.8 target size). */
  .sources li > a {
    display: inline-block;
    min-block-size: 24px;
  }
  .review-info code {
    font-size: 1em;
    overflow-wrap: anywhere;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: var(--_focus-width) solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media print {
    .root {
      color: #000;
      background: #fff;
    }
    .sources::details-content {
      content-visibility: visible;
      display: block;
    }
    .sources > summary {
      color: inherit;
    }
    .icon {
      display: none;
    }
    /* On paper a link needs no touch target: inline, each bullet sits on its source's first line. */
    .sources li > a {
      display: inline;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
