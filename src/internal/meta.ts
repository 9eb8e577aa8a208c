import { html, type TemplateResult } from 'lit';
import { formatDate } from '../content/index.js';
import type { EntryMeta, MetaStrings } from '../content/schema.js';
import { safeUrl } from './safe-url.js';

/** The footer every content entry gets: updated date, sources (linked where known) and review state. */
export function renderMeta(entry: EntryMeta, ui: MetaStrings): TemplateResult {
  const review = entry.clinicalReview;
  return html`<footer part="footer" class="meta">
    <p>
      ${ui.updated} <time datetime=${entry.updated}>${formatDate(entry.updated, ui)}</time>.
      ${review.status === 'approved'
        ? ui.reviewedBy(review.reviewer, formatDate(review.date, ui))
        : ui.reviewPending}.
    </p>
    <p>${ui.sources}:</p>
    <ul class="sources">
      ${entry.sources.map((source) => {
        const href = safeUrl(source.url);
        const label = `${source.title}, ${source.publisher}`;
        return html`<li>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
      })}
    </ul>
  </footer>`;
}
