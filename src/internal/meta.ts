import { html, nothing, type TemplateResult } from 'lit';
import { entryVersion, keyOf } from '../content/entries.js';
import { formatDate } from '../content/index.js';
import type { EntryMeta, MetaStrings, Source } from '../content/schema.js';
import { reviewLine, reviewMode } from './review.js';
import { safeUrl } from './safe-url.js';

export interface FooterOptions {
  /** The content locale shown (partner reviews are per locale). */
  readonly locale: string;
  /**
   * Everything the widget shows, when this footer carries the widget's one review line. Left out for
   * blocks inside a widget (the cards of `<treatment-options>`), whose widget says it once.
   */
  readonly review?: readonly EntryMeta[];
}

/** Every source once, in the order first cited. */
function sourcesOf(entries: readonly EntryMeta[]): Source[] {
  const sources = new Map<string, Source>();
  for (const entry of entries) for (const source of entry.sources) sources.set(`${source.title}|${source.publisher}|${source.url ?? ''}`, source);
  return [...sources.values()];
}

/**
 * The footer of a block of content: when it was updated (the newest of its entries), its sources
 * behind one disclosure ("Sources (3)": one Tab stop, opens without script, prints open), the widget's
 * review line where `options.review` is given, and in review mode each entry's key, version and dates.
 */
export function renderMeta(entries: EntryMeta | readonly EntryMeta[], ui: MetaStrings, options: FooterOptions): TemplateResult {
  const list: readonly EntryMeta[] = Array.isArray(entries) ? entries : [entries as EntryMeta];
  const updated = list.map((entry) => entry.updated).sort().at(-1) ?? '';
  const sources = sourcesOf(list);
  return html`<footer part="footer" class="meta">
    <p>
      ${ui.updated} <time datetime=${updated}>${formatDate(updated, ui)}</time>.
      ${options.review ? html`<span class="review" part="review">${reviewLine(options.review, options.locale, ui)}</span>` : nothing}
    </p>
    <details class="sources" part="sources">
      <summary><span class="icon" aria-hidden="true"></span>${ui.sources(sources.length)}</summary>
      <ul>
        ${sources.map((source) => {
          const href = safeUrl(source.url);
          const label = `${source.title}, ${source.publisher}`;
          return html`<li lang=${source.lang ?? nothing}>${href ? html`<a href=${href}>${label}</a>` : label}</li>`;
        })}
      </ul>
    </details>
    ${reviewMode()
      ? html`<ul class="review-info" part="review-info">
          ${list.map(
            (entry) => html`<li><code>${keyOf(entry)}</code> ${ui.reviewInfo(entryVersion(entry), entry.updated, entry.reviewBy)}</li>`,
          )}
        </ul>`
      : nothing}
  </footer>`;
}
