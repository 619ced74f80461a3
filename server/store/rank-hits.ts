// Decides which search candidates are hits and ranks them; both stores use it, so
// they answer a search identically (Neo4j's fulltext index only finds candidates fast).
import type { SearchHit, SearchHitKind } from '../domain/types.ts';
import { snippetOf } from './snippet.ts';

export interface SearchCandidate {
  kind: SearchHitKind;
  id: string;
  /** The text the hit is matched on and shown from: name · aliases, title — description, or statement text. */
  text: string;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** Hits whose text holds every term as a word, best first (score, then id), at most `first`. */
export function rankHits(candidates: readonly SearchCandidate[], terms: readonly string[], first: number): SearchHit[] {
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const c of candidates) {
    const key = `${c.kind}:${c.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const words = new Set(c.text.toLowerCase().match(WORDS) ?? []);
    if (!terms.every((t) => words.has(t))) continue;
    hits.push({
      kind: c.kind,
      id: c.id,
      snippet: snippetOf(c.text, terms),
      score: terms.length / Math.sqrt(words.size),
    });
  }
  hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return hits.slice(0, Math.max(0, first));
}
