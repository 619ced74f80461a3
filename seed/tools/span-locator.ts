// Turns a draft article document, whose spans carry only `quote` (and `occurrence` when the quote repeats),
// into a real one by finding each quote in the article text. Offsets are JS string (UTF-16) indices.

/** A quote that cannot be placed: missing from the text, repeated without `occurrence`, or malformed. */
export class SpanLocationError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'SpanLocationError';
  }
}

export interface LocatedSpan {
  start: number;
  end: number;
  quote: string;
}

/** Every index where `quote` starts, overlapping matches included, so ambiguity is never hidden. */
export function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function locate(path: string, span: Record<string, unknown>, text: string): LocatedSpan {
  const extra = Object.keys(span).filter((k) => k !== 'quote' && k !== 'occurrence');
  if (extra.length > 0) {
    throw new SpanLocationError(
      path,
      `a draft span has only "quote" and "occurrence", not ${extra.map((k) => `"${k}"`).join(', ')}`,
    );
  }
  const quote = span.quote;
  if (typeof quote !== 'string' || quote.length === 0)
    throw new SpanLocationError(path, 'quote must be a non-empty string');
  const found = occurrencesOf(text, quote);
  if (found.length === 0) throw new SpanLocationError(path, `quote not found in the text: ${JSON.stringify(quote)}`);
  const { occurrence } = span;
  if (occurrence === undefined) {
    if (found.length > 1) {
      throw new SpanLocationError(
        path,
        `quote appears ${found.length} times; add "occurrence" (1..${found.length}): ${JSON.stringify(quote)}`,
      );
    }
  } else if (
    typeof occurrence !== 'number' ||
    !Number.isInteger(occurrence) ||
    occurrence < 1 ||
    occurrence > found.length
  ) {
    throw new SpanLocationError(
      path,
      `occurrence must be an integer in 1..${found.length}, got ${JSON.stringify(occurrence)}`,
    );
  }
  const start = found[(occurrence ?? 1) - 1];
  if (start === undefined) throw new SpanLocationError(path, 'internal: occurrence out of range');
  return { start, end: start + quote.length, quote };
}

/**
 * Returns a copy of `draft` where every object with a `quote` key is replaced by a located span.
 * Everything else is copied untouched: the draft otherwise is exactly the document format.
 */
export function locateSpans(draft: unknown, text: string, path = ''): unknown {
  if (Array.isArray(draft)) return draft.map((item, i) => locateSpans(item, text, `${path}[${i}]`));
  if (!isRecord(draft)) return draft;
  if ('quote' in draft) return locate(path, draft, text);
  return Object.fromEntries(
    Object.entries(draft).map(([key, value]) => [key, locateSpans(value, text, path ? `${path}.${key}` : key)]),
  );
}
