// Search terms and snippets, shared by both stores so a hit reads the same whichever store found it.
import { wordsOf } from './word-ids.ts';

/** Lower-case word tokens of a search text; punctuation and query syntax are just separators. */
export function searchTerms(text: string): string[] {
  return [...new Set(wordsOf(text))];
}

/** Up to `radius` characters each side of the first term found, cut at word boundaries. */
export function snippetOf(text: string, terms: readonly string[], radius = 60): string {
  const lower = text.toLowerCase();
  const at =
    terms
      .map((t) => lower.indexOf(t))
      .filter((i) => i >= 0)
      .sort((a, b) => a - b)[0] ?? 0;
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + radius);
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  if (end < text.length) end = text.lastIndexOf(' ', end) > at ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
