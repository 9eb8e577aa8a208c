import { css, unsafeCSS } from 'lit';
import { DEFAULT_COLORS } from './contrast.js';

/**
 * Styles every element shares. Public theme hooks (`--mbc-*`) are read once into private `--_*`
 * aliases with fallbacks, so an element looks right with no theme at all. Colours are set on the
 * element's own root, so host rules such as `* { color: transparent }` cannot reach the text. The
 * default colours are the contrast guard's too: a pair that fails falls back to them.
 */
export const baseStyles = css`
  :host {
    display: block;
    --_text: var(--mbc-color-text, ${unsafeCSS(DEFAULT_COLORS.text)});
    --_muted: var(--mbc-color-text-muted, ${unsafeCSS(DEFAULT_COLORS.muted)});
    --_surface: var(--mbc-color-surface, ${unsafeCSS(DEFAULT_COLORS.surface)});
    --_border: var(--mbc-color-border, ${unsafeCSS(DEFAULT_COLORS.border)});
    --_accent: var(--mbc-color-accent, ${unsafeCSS(DEFAULT_COLORS.accent)});
    --_focus: var(--mbc-color-focus, ${unsafeCSS(DEFAULT_COLORS.focus)});
    --_radius: var(--mbc-radius, 0.5rem);
    --_space: var(--mbc-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    box-sizing: border-box;
    color: var(--_text);
    background: var(--_surface);
    line-height: 1.5;
    overflow-wrap: anywhere;
    text-align: start;
    /* Inherited text properties a host theme can set to hide or scramble text (font-size: 0 for
       inline-block gaps, text-indent image replacement, gradient text fill): reset to readable values. */
    font-size: max(1em, 12px);
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    -webkit-text-fill-color: currentcolor;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    line-height: 1.25;
    font-weight: 700;
    color: inherit;
  }
  p, ul {
    margin: 0 0 0.75em;
  }
  /* Default sizes of an element's top heading and inner headings; elements may override. */
  [part~='heading'] {
    font-size: 1.375em;
    margin-block-end: 0.5em;
  }
  [part~='subheading'] {
    font-size: 1.0625em;
    margin-block: 1em 0.375em;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* The footer renderMeta() draws for every content entry. */
  .meta {
    margin-block-start: var(--_space);
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .meta p {
    margin-block-end: 0.25em;
  }
  /* Sources behind one disclosure: one Tab stop, opens without script, prints open (below). */
  .sources > summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    inline-size: fit-content;
    min-block-size: 24px;
  }
  .sources ul,
  .review-info {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
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
    outline: 3px solid var(--_focus);
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
      list-style: none;
      color: inherit;
      text-decoration: none;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
  }
`;
