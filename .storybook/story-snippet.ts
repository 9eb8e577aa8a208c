import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { snippetCommand } from '../stories/attributes.js';

interface Snippet {
  snippet: string;
  fallback: string;
}
interface SnippetIndex {
  /** The dev server renders any arguments on request; the static build has only the files listed. */
  onDemand: boolean;
  /** File (under mbc-snippets/) by the snippet CLI's arguments as JSON. */
  files: Record<string, string>;
}

let index: Promise<SnippetIndex> | undefined;

async function json<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error ?? `${response.status} ${response.statusText}`);
  return body as T;
}

/** The snippet for these CLI arguments, or null where the static build has none. */
async function lookUp(args: readonly string[]): Promise<Snippet | null> {
  index ??= json<SnippetIndex>('mbc-snippets/index.json').catch((error: unknown) => {
    index = undefined; // asked again next time
    throw error;
  });
  const { onDemand, files } = await index;
  const key = JSON.stringify(args);
  if (files[key]) return json<Snippet>(`mbc-snippets/${files[key]}`);
  return onDemand ? json<Snippet>(`mbc-snippets/render?args=${encodeURIComponent(key)}`) : null;
}

type Which = 'snippet' | 'fallback';
const LABELS: Record<Which, string> = { snippet: 'Copy snippet', fallback: 'Copy fallback HTML' };

/**
 * Under every story: "Copy snippet" and "Copy fallback HTML" put on the clipboard what `mbc-snippet`
 * prints for the story's element, attributes and language (`args`), or say why they cannot.
 */
export class StorySnippet extends LitElement {
  static override properties = {
    args: { attribute: false, hasChanged: (now: unknown, before: unknown) => JSON.stringify(now) !== JSON.stringify(before) },
    unavailable: {},
    result: { state: true },
    reason: { state: true },
    message: { state: true },
  };

  /** The snippet CLI's arguments, from stories/attributes.ts. */
  declare args?: string[];
  /** Why this story has no snippet; the buttons are then disabled and this says why. */
  declare unavailable?: string;
  declare private result?: Snippet;
  declare private reason?: string;
  declare private message: string;

  constructor() {
    super();
    this.message = '';
  }

  static override styles = css`
    :host {
      display: block;
      margin-block-start: 1.5rem;
      padding-block-start: 0.75rem;
      border-block-start: 1px solid #767676;
      color: #1d2329;
      background: #ffffff;
      font: 14px/1.5 system-ui, sans-serif;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    button {
      font: inherit;
      padding: 0.25rem 0.75rem;
      border: 1px solid #005a9c;
      border-radius: 0.25rem;
      color: #ffffff;
      background: #005a9c;
      cursor: pointer;
    }
    button:disabled {
      color: #1d2329;
      background: #e8e8e8;
      border-color: #767676;
      cursor: not-allowed;
    }
    button:focus-visible,
    summary:focus-visible,
    textarea:focus-visible {
      outline: 3px solid #b45309;
      outline-offset: 2px;
    }
    p {
      margin-block: 0.5rem;
    }
    code {
      overflow-wrap: anywhere;
    }
    summary {
      cursor: pointer;
      inline-size: fit-content;
    }
    label {
      display: block;
      margin-block-start: 0.5rem;
      font-weight: 600;
    }
    textarea {
      display: block;
      box-sizing: border-box;
      inline-size: 100%;
      margin-block-start: 0.25rem;
      font: 12px/1.4 ui-monospace, monospace;
      color: inherit;
      background: #f6f8fa;
      border: 1px solid #767676;
    }
  `;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('args') && !changed.has('unavailable')) return;
    this.result = undefined;
    this.reason = this.unavailable;
    this.message = '';
    const args = this.args;
    if (this.reason || !args) return;
    lookUp(args).then(
      (found) => {
        if (args !== this.args) return;
        if (found) this.result = found;
        else this.reason = 'No snippet for these settings:';
      },
      (error: unknown) => {
        if (args === this.args) this.reason = `The snippet could not be made (${error instanceof Error ? error.message : String(error)}); to make it,`;
      },
    );
  }

  private async copy(which: Which) {
    const text = this.result?.[which];
    if (text === undefined) return;
    // Emptied first, so that the same message twice is announced twice.
    this.message = '';
    await this.updateComplete;
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      this.message = 'Copied';
    } catch {
      // No clipboard here (an insecure page, an old browser) or it was refused: select the text to copy by hand.
      const details = this.renderRoot.querySelector('details');
      if (details) details.open = true;
      const box = this.renderRoot.querySelector<HTMLTextAreaElement>(`#${which}`);
      box?.focus();
      box?.select();
      this.message = 'Selected in the box below: press Ctrl+C (Command+C on a Mac) to copy it.';
    }
  }

  override render() {
    const ready = this.result !== undefined;
    const command = this.args ? snippetCommand(this.args) : '';
    const note = this.reason
      ? html`<p id="note">
          ${this.reason}
          ${this.unavailable || !command ? nothing : html`run <code>${command}</code>.`}
        </p>`
      : html`<p id="note">${ready ? html`Exactly what <code>${command}</code> prints.` : 'Making the snippet…'}</p>`;
    return html`<div class="actions">
        ${(['snippet', 'fallback'] as const).map(
          (which) => html`<button type="button" ?disabled=${!ready} aria-describedby="note" @click=${() => this.copy(which)}>${LABELS[which]}</button>`,
        )}
        <span role="status">${this.message}</span>
      </div>
      ${note}
      ${ready
        ? html`<details>
            <summary>Show snippet</summary>
            <label for="snippet">Snippet</label>
            <textarea id="snippet" readonly rows="8" spellcheck="false" .value=${this.result!.snippet}></textarea>
            <label for="fallback">Fallback HTML (the light-DOM part alone)</label>
            <textarea id="fallback" readonly rows="6" spellcheck="false" .value=${this.result!.fallback}></textarea>
          </details>`
        : nothing}`;
  }
}
