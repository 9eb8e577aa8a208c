const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** Longer values are not plausible partner links and are refused rather than rendered. */
export const MAX_URL_LENGTH = 4096;

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
  try {
    // The base only decides what relative URLs resolve to: anything without its own scheme is relative.
    const { protocol } = new URL(trimmed, 'https://relative.invalid/');
    return ALLOWED.has(protocol) ? trimmed : undefined;
  } catch {
    return undefined;
  }
}
