// The merge rule for sources, which carry no claims: one Source per id, its fields from the last article that gives
// it, its citations one per cited actor with every span unioned. The embedded store folds all articles with it; the
// Neo4j writer folds each batch with it (a re-seeded source's old citations are dropped before, see claim-batch.ts).
import type { Citation, Source } from '../../../core/domain/types.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { unionEvidence } from '../claims/evidence-order.ts';

export function mergeSources(articles: readonly Pick<ParsedArticle, 'source'>[]): Map<string, Source> {
  const sources = new Map<string, Source>();
  for (const article of articles) {
    const prev = sources.get(article.source.id);
    const citations = new Map<string, Citation>((prev?.citations ?? []).map((c) => [c.actorId, c]));
    for (const c of article.source.citations) {
      const old = citations.get(c.actorId);
      citations.set(c.actorId, {
        actorId: c.actorId,
        evidence: unionEvidence(old ? [old.evidence, c.evidence] : [c.evidence]),
      });
    }
    sources.set(article.source.id, { ...article.source, citations: [...citations.values()] });
  }
  return sources;
}
