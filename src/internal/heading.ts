import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from './attributes.js';

/**
 * A real h1-h6 chosen at run time. Six literal templates keep the tag out of data entirely
 * (no static-html tags built from strings). `id` makes the heading a target for in-widget links.
 */
export function heading(level: HeadingLevel, content: unknown, part = 'heading', id?: string): TemplateResult {
  const target = id ?? nothing;
  switch (level) {
    case 1: return html`<h1 part=${part} id=${target}>${content}</h1>`;
    case 2: return html`<h2 part=${part} id=${target}>${content}</h2>`;
    case 3: return html`<h3 part=${part} id=${target}>${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${target}>${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${target}>${content}</h5>`;
    default: return html`<h6 part=${part} id=${target}>${content}</h6>`;
  }
}
