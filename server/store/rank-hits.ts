// Decides which search candidates are hits and ranks them; both stores use it, so
// they answer a search identically (Neo4j's fulltext index and the embedded word index only find candidates fast).
import type { SearchHit, SearchHitKind } from '../../core/domain/types.ts';
import { snippetOf } from './snippet.ts';
import { WordIds } from './word-ids.ts';

export interface SearchCandidate {
  kind: SearchHitKind;
  id: string;
  /** The source the text is from (search-candidates.ts): each subject has one candidate per source. */
  sourceId: string;
  /** The text the hit is matched on and shown from. */
  text: string;
}

/** A candidate that holds every term, with its score; its text is asked for only if it makes a returned hit. */
export interface ScoredCandidate<C extends Omit<SearchCandidate, 'text'> = SearchCandidate> {
  candidate: C;
  score: number;
}

/** Every term counts once; a text with fewer distinct words ranks higher. */
export function scoreOf(termCount: number, distinctWords: number): number {
  return termCount / Math.sqrt(distinctWords);
}

/**
 * Hits whose text holds every term as a word, one per subject, best first (score, then id), at most `first`. A
 * subject's hit takes its best-scoring source's snippet (the first source by id on a tie) and names every source
 * that matched.
 */
export function rankHits(candidates: readonly SearchCandidate[], terms: readonly string[], first: number): SearchHit[] {
  // Words are numbered for this call; a word's last candidate says whether it was seen in the current one, so each
  // text is read once, without a Set per candidate.
  const last: number[] = [];
  const vocabulary = new Map<string, number>();
  const idOf = (word: string) => {
    let id = vocabulary.get(word);
    if (id === undefined) vocabulary.set(word, (id = last.push(-1) - 1));
    return id;
  };
  const words = new WordIds(idOf);
  const termIds = terms.map(idOf);
  const scored: ScoredCandidate[] = [];
  candidates.forEach((candidate, i) => {
    let distinct = 0;
    for (const id of words.of(candidate.text))
      if (last[id] !== i) {
        last[id] = i;
        distinct++;
      }
    if (termIds.every((t) => last[t] === i)) scored.push({ candidate, score: scoreOf(terms.length, distinct) });
  });
  return rankScored(scored, terms, first, (c) => c.text);
}

/**
 * rankHits once the matching candidates are known and scored, in any order: the answer depends only on the set.
 * Snippets are cut for the `first` hits returned only, since a common word matches thousands of long texts.
 */
export function rankScored<C extends Omit<SearchCandidate, 'text'>>(
  scored: Iterable<ScoredCandidate<C>>,
  terms: readonly string[],
  first: number,
  textOf: (candidate: C) => string,
): SearchHit[] {
  const best = new Map<string, { candidate: C; score: number; sourceIds: string[] }>();
  for (const { candidate, score } of scored) {
    const key = `${candidate.kind}:${candidate.id}`;
    const found = best.get(key);
    if (!found) {
      best.set(key, { candidate, score, sourceIds: [candidate.sourceId] });
      continue;
    }
    if (!found.sourceIds.includes(candidate.sourceId)) found.sourceIds.push(candidate.sourceId);
    if (score > found.score || (score === found.score && candidate.sourceId < found.candidate.sourceId)) {
      found.score = score;
      found.candidate = candidate;
    }
  }
  const ranked = [...best.values()].sort(
    (a, b) =>
      b.score - a.score ||
      (a.candidate.id < b.candidate.id
        ? -1
        : a.candidate.id > b.candidate.id
          ? 1
          : a.candidate.kind < b.candidate.kind
            ? -1
            : 1),
  );
  return ranked.slice(0, Math.max(0, first)).map(({ candidate: c, score, sourceIds }): SearchHit => ({
    kind: c.kind,
    id: c.id,
    snippet: snippetOf(textOf(c), terms),
    score,
    sourceIds: sourceIds.sort(),
  }));
}
