// An inverted index (word -> candidates) for the embedded store's search, built on the first search, so a query
// ranks only the texts holding its rarest term instead of tokenising every actor, event and statement.
import type { SearchHit } from '../../../core/domain/types.ts';
import { rankHits, type SearchCandidate } from '../rank-hits.ts';
import { searchTerms } from '../snippet.ts';
import { sourceCandidate, subjectCandidates } from '../search-candidates.ts';
import { groupByType } from '../../domain/claims/claim.ts';
import type { GraphSnapshot } from './merge-articles.ts';

const WORDS = /[\p{L}\p{N}]+/gu;

export class SearchIndex {
  private postings: Map<string, SearchCandidate[]> | null = null;

  constructor(private readonly graph: GraphSnapshot) {}

  private build(): Map<string, SearchCandidate[]> {
    const postings = new Map<string, SearchCandidate[]>();
    const add = (c: SearchCandidate) => {
      for (const w of new Set(c.text.toLowerCase().match(WORDS) ?? [])) {
        const list = postings.get(w);
        if (list) list.push(c);
        else postings.set(w, [c]);
      }
    };
    for (const [id, claims] of this.graph.claims)
      for (const [type, own] of groupByType(claims)) for (const c of subjectCandidates(type, id, own)) add(c);
    for (const s of this.graph.sources.values()) add(sourceCandidate(s));
    return postings;
  }

  search(text: string, first: number): SearchHit[] {
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    this.postings ??= this.build();
    const lists = terms.map((t) => this.postings!.get(t) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    // rankHits re-checks every term, so the rarest term's list is a sufficient candidate set.
    return rankHits(rarest, terms, first);
  }
}
