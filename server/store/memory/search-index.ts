// The embedded store's search index, built once after start-up: every candidate (search-candidates.ts) is tokenised
// into word postings once, so a search intersects its terms' lists and scores from stored word counts instead of
// tokenising every matching text again (at 100k events "drought" matched 17k candidates, 29 M characters). Texts
// are not kept: a returned hit's snippet rebuilds its one candidate's text. Hits are what rankHits answers over all
// candidates (test/contract/search-index.test.ts).
import type { SearchHit } from '../../../core/domain/types.ts';
import { rankScored, scoreOf, type ScoredCandidate } from '../rank-hits.ts';
import { searchTerms } from '../snippet.ts';
import {
  candidateText,
  sourceCandidateParts,
  subjectCandidateParts,
  type CandidateParts,
} from '../search-candidates.ts';
import { groupByType, type ClaimSubjectType } from '../../domain/claims/claim.ts';
import type { GraphSnapshot } from './merge-articles.ts';
import { WordPostings } from './word-postings.ts';
import { WordIds } from '../word-ids.ts';

/** What a document of the index stands for; its text is rebuilt from the graph when a hit needs a snippet. */
interface Entry {
  kind: CandidateParts['kind'];
  id: string;
  sourceId: string;
  /** The subject's type (an id two types share has candidates for each); null for a source. */
  type: ClaimSubjectType | null;
}

/** Subjects tokenised between two yields to the event loop while the index builds (~50 ms at 100k events). */
const SLICE = 2000;

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly postings = new WordPostings();

  private constructor(private readonly graph: Pick<GraphSnapshot, 'claims' | 'sources'>) {}

  /**
   * Builds the index in slices, yielding between them, so a server answering other requests meanwhile is not
   * blocked for the seconds a 100k-event graph takes (the memory store starts it on warm-up or the first search).
   */
  static async build(graph: Pick<GraphSnapshot, 'claims' | 'sources'>): Promise<SearchIndex> {
    const index = new SearchIndex(graph);
    const words = new WordIds((w) => index.postings.idOf(w));
    const add = (c: CandidateParts, type: ClaimSubjectType | null, ids: (part: string) => ArrayLike<number>) => {
      index.postings.add(c.parts.map(ids));
      index.entries.push({ kind: c.kind, id: c.id, sourceId: c.sourceId, type });
    };
    // Names and evidence quotes recur across subjects and are tokenised once; each article's text occurs once.
    const part = (p: string) => words.ofPart(p);
    const once = (p: string) => words.of(p);
    let n = 0;
    for (const [id, claims] of graph.claims) {
      for (const [type, own] of groupByType(claims))
        for (const c of subjectCandidateParts(type, id, own)) add(c, type, part);
      if (++n % SLICE === 0) await new Promise(setImmediate);
    }
    for (const s of graph.sources.values()) {
      add(sourceCandidateParts(s), null, once);
      if (++n % SLICE === 0) await new Promise(setImmediate);
    }
    index.postings.freeze();
    return index;
  }

  search(text: string, first: number): SearchHit[] {
    const terms = searchTerms(text);
    if (terms.length === 0) return [];
    const scored: Array<ScoredCandidate<Entry>> = this.postings.withEvery(terms).map((doc) => ({
      candidate: this.entries[doc]!,
      score: scoreOf(terms.length, this.postings.distinctWords(doc)),
    }));
    return rankScored(scored, terms, first, (e) => this.textOf(e));
  }

  private textOf(e: Entry): string {
    if (e.type === null) return candidateText(sourceCandidateParts(this.graph.sources.get(e.id)!));
    const own = groupByType(this.graph.claims.get(e.id)!).get(e.type)!;
    return candidateText(subjectCandidateParts(e.type, e.id, own).find((c) => c.sourceId === e.sourceId)!);
  }

  /** For the start-up figures (bench/experiments/search.ts). */
  size(): { documents: number; words: number; postings: number } {
    return this.postings.size();
  }
}
