// Source URLs are data, not code: documents accept only http: and https: (document-schema.ts), and every export
// checks again before writing one, since a graph may hold documents loaded before that rule (or written by hand).

/** The URL as a link target when it is http: or https:, normalised by the WHATWG parser; null otherwise. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
}
