// Decides which search candidates are hits and ranks them; both stores use it, so
// they answer a search identically (Neo4j's fulltext index only finds candidates fast).
import type { SearchHit, SearchHitKind } from '../../core/domain/types.ts';
import { snippetOf } from './snippet.ts';

export interface SearchCandidate {
  kind: SearchHitKind;
  id: string;
  /** The source the text is from (search-candidates.ts): each subject has one candidate per source. */
  sourceId: string;
  /** The text the hit is matched on and shown from. */
  text: string;
}

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * Hits whose text holds every term as a word, one per subject, best first (score, then id), at most `first`. A
 * subject's hit takes its best-scoring source's snippet (the first source by id on a tie) and names every source
 * that matched.
 */
export function rankHits(candidates: readonly SearchCandidate[], terms: readonly string[], first: number): SearchHit[] {
  const hits = new Map<string, { hit: SearchHit; from: string }>();
  for (const c of candidates) {
    const words = new Set(c.text.toLowerCase().match(WORDS) ?? []);
    if (!terms.every((t) => words.has(t))) continue;
    const key = `${c.kind}:${c.id}`;
    const score = terms.length / Math.sqrt(words.size);
    const found = hits.get(key);
    if (!found) {
      const hit = { kind: c.kind, id: c.id, snippet: snippetOf(c.text, terms), score, sourceIds: [c.sourceId] };
      hits.set(key, { hit, from: c.sourceId });
      continue;
    }
    const { hit } = found;
    if (!hit.sourceIds.includes(c.sourceId)) hit.sourceIds.push(c.sourceId);
    if (score > hit.score || (score === hit.score && c.sourceId < found.from)) {
      hit.score = score;
      hit.snippet = snippetOf(c.text, terms);
      found.from = c.sourceId;
    }
  }
  const ranked = [...hits.values()].map(({ hit }) => hit);
  for (const h of ranked) h.sourceIds.sort();
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.kind < b.kind ? -1 : 1));
  return ranked.slice(0, Math.max(0, first));
}
