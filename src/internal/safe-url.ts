const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** Longer values are not plausible partner links and are refused rather than rendered. */
export const MAX_URL_LENGTH = 4096;

/** Verdicts by URL: the same content links are checked on every render of every element. */
const verdicts = new Map<string, boolean>();

function allowed(url: string): boolean {
  try {
    // The base only decides what relative URLs resolve to: anything without its own scheme is relative.
    return ALLOWED.has(new URL(url, 'https://relative.invalid/').protocol);
  } catch {
    return false;
  }
}

/**
 * Returns the URL when it may be rendered as a link, otherwise `undefined`.
 *
 * Allowed: `https:`, `http:`, `mailto:`, `tel:` and relative URLs. The scheme is read with the same
 * URL parser the browser will use for the link, so tricks such as `java\tscript:`, leading control
 * characters or mixed case are seen exactly as the browser would see them.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return undefined;
  if (!verdicts.has(trimmed)) {
    if (verdicts.size >= 200) verdicts.clear();
    verdicts.set(trimmed, allowed(trimmed));
  }
  return verdicts.get(trimmed) ? trimmed : undefined;
}
