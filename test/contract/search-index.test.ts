// The embedded search index (server/store/memory/search-index.ts) and rank-hits.ts's rankHits (the Neo4j store's
// ranking) must answer exactly what the rule, applied plainly to every candidate's text, answers: same hits, order,
// scores, snippets and sources. Checked on the seed with overlapping reports, for every word of the articles and for phrases, odd
// spellings and `first` values, and on texts whose words need Unicode case rules.
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { Claim } from '../../server/domain/claims/claim.ts';
import { mergeArticles } from '../../server/store/memory/merge-articles.ts';
import { SearchIndex } from '../../server/store/memory/search-index.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { rankHits, type SearchCandidate } from '../../server/store/rank-hits.ts';
import { sourceCandidate, subjectCandidates } from '../../server/store/search-candidates.ts';
import { groupByType } from '../../server/domain/claims/claim.ts';
import { searchTerms, snippetOf } from '../../server/store/snippet.ts';
import type { SearchHit } from '../../core/domain/types.ts';
import type { GraphSnapshot } from '../../server/store/memory/merge-articles.ts';
import { CLAIMS_DIR } from './claims-contract.ts';
import { FOLLOW_UP_DIR } from './store-contract.ts';

type Graph = Pick<GraphSnapshot, 'claims' | 'sources'>;

/**
 * The rule as search applied it before the index, plainly: a Set of each candidate's words, a snippet for every
 * hit. The oracle both the index and rank-hits.ts's rankHits (which the Neo4j store ranks with) must equal.
 */
function reference(graph: Graph, text: string, first: number): SearchHit[] {
  const terms = searchTerms(text);
  if (terms.length === 0) return [];
  const candidates: SearchCandidate[] = [];
  for (const [id, claims] of graph.claims)
    for (const [type, own] of groupByType(claims)) candidates.push(...subjectCandidates(type, id, own));
  for (const s of graph.sources.values()) candidates.push(sourceCandidate(s));
  const hits = new Map<string, { hit: SearchHit; from: string }>();
  for (const c of candidates) {
    const words = new Set(c.text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    if (!terms.every((t) => words.has(t))) continue;
    const score = terms.length / Math.sqrt(words.size);
    const found = hits.get(`${c.kind}:${c.id}`);
    if (!found) {
      const hit = { kind: c.kind, id: c.id, snippet: snippetOf(c.text, terms), score, sourceIds: [c.sourceId] };
      hits.set(`${c.kind}:${c.id}`, { hit, from: c.sourceId });
      continue;
    }
    if (!found.hit.sourceIds.includes(c.sourceId)) found.hit.sourceIds.push(c.sourceId);
    if (score > found.hit.score || (score === found.hit.score && c.sourceId < found.from)) {
      found.hit.score = score;
      found.hit.snippet = snippetOf(c.text, terms);
      found.from = c.sourceId;
    }
  }
  const ranked = [...hits.values()].map(({ hit }) => ({ ...hit, sourceIds: hit.sourceIds.sort() }));
  ranked.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.kind < b.kind ? -1 : 1));
  const expected = ranked.slice(0, first);
  expect(rankHits(candidates, terms, first), `rankHits "${text}", first ${first}`).toEqual(expected);
  return expected;
}

function claim(subjectType: Claim['subjectType'], subjectId: string, field: string, value: string, sourceId: string) {
  return { subjectType, subjectId, field, value, date: null, sourceId, evidence: [] } satisfies Claim;
}

describe('embedded search index', () => {
  it('answers as the rule over every candidate does, for every word of the articles and for phrases', async () => {
    const graph = mergeArticles(await loadArticles([DEFAULT_ARTICLES_DIR, FOLLOW_UP_DIR, CLAIMS_DIR]));
    const index = await SearchIndex.build(graph);
    const words = [...new Set([...graph.sources.values()].flatMap((s) => searchTerms(`${s.title} ${s.text}`)))];
    const phrases = [
      'We can work together',
      'Sovereignty is not for sale',
      'No, President Trump',
      'public event',
      'supporters gathered',
      'leave a reply',
      'SHEINBAUM Trump',
      '"(sovereignty AND [cartels]~ OR *',
      'u.s.',
      'zzzzqqq',
      'mexico zzzzqqq',
      '',
    ];
    let hits = 0;
    for (const text of [...words, ...phrases])
      for (const first of [1, 3, 500]) {
        const got = index.search(text, first);
        expect(got, `"${text}", first ${first}`).toEqual(reference(graph, text, first));
        hits += got.length;
      }
    expect(words.length).toBeGreaterThan(300);
    expect(hits).toBeGreaterThan(1000);
  });

  it('finds words the way the rule does where case rules depend on context or change length', async () => {
    // Σ lower-cases to ς at a word's end; İ to i + a combining dot (which splits a word); K (Kelvin) to k; ß stays.
    const texts = ['ΟΔΥΣΣΕΥΣ ΣΟΦΟΣ', 'İSTANBUL İzmir', 'KELVIN 5K', 'Straße STRASSE', 'ÉCOLE école', 'Ⅻ ⅻ №5 ①'];
    const sources = new Map(
      texts.map((text, i) => {
        const id = `src-${i}`;
        return [id, { id, title: `Title ${i}`, text, url: '', publishedAt: '2025-01-01', citations: [] }] as const;
      }),
    );
    const claims = new Map<string, Claim[]>(
      texts.map((text, i) => [`actor-${i}`, [claim('Actor', `actor-${i}`, 'name', text.toUpperCase(), `src-${i}`)]]),
    );
    const graph = { claims, sources } as unknown as Graph;
    const index = await SearchIndex.build(graph);
    const queries = [...texts.flatMap((t) => [t, ...searchTerms(t), ...t.split(' ')]), 'οδυσσευσ', 'σοφος', 'i', 'k'];
    for (const text of queries) expect(index.search(text, 50), `"${text}"`).toEqual(reference(graph, text, 50));
    expect(index.search('σοφος', 50).length).toBeGreaterThan(0);
  });

  it('builds in slices, letting other work run, and the store builds it once for warm-up and searches alike', async () => {
    const claims = new Map<string, Claim[]>(
      Array.from({ length: 5000 }, (_, i) => [`a${i}`, [claim('Actor', `a${i}`, 'name', `Name ${i % 7}`, 's')]]),
    );
    let ranMeanwhile = false;
    const building = SearchIndex.build({ claims, sources: new Map() });
    setImmediate(() => (ranMeanwhile = true));
    const index = await building;
    expect(ranMeanwhile).toBe(true);
    expect(index.size().documents).toBe(5000);
    expect(index.search('name 3', 1000).length).toBe(Math.ceil((5000 - 3) / 7));

    const builds = vi.spyOn(SearchIndex, 'build');
    const store = new MemoryStore(await loadArticles([DEFAULT_ARTICLES_DIR]));
    expect(builds).not.toHaveBeenCalled();
    const [a] = await Promise.all([store.search({ text: 'sovereignty', first: 5 }), store.warmUp()]);
    expect(a.length).toBeGreaterThan(0);
    expect(await store.search({ text: 'sovereignty', first: 5 })).toEqual(a);
    expect(builds).toHaveBeenCalledTimes(1);
    builds.mockRestore();
  });
});
