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
    font-size: max(0.875em, 14px);
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
