// collectClaims keeps one claim per (subject, field, value, source) however often an article, or an item inside
// it, repeats: checked against the plain rule (a key per claim), on the seed and two reports of the same events.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import type { Claim } from '../../server/domain/claims/claim.ts';
import { collectClaims, subjectKey } from '../../server/domain/claims/collect-claims.ts';
import { unionEvidence } from '../../server/domain/claims/evidence-order.ts';
import { extractClaims } from '../../server/domain/claims/extract-claims.ts';
import { CLAIMS_DIR } from '../contract/claims-contract.ts';

/** The rule stated plainly: every claim looked up by its full key, repeats merged into the first. */
function plainCollect(articles: readonly ParsedArticle[]): Map<string, Claim[]> {
  const bySubject = new Map<string, Claim[]>();
  const byKey = new Map<string, Claim>();
  for (const a of articles)
    for (const c of extractClaims(a)) {
      const subject = subjectKey(c.subjectType, c.subjectId);
      const key = [subject, c.field, c.value, c.sourceId].join('\u0000');
      const same = byKey.get(key);
      if (same) {
        same.evidence = unionEvidence([same.evidence, c.evidence]);
        continue;
      }
      byKey.set(key, { ...c });
      bySubject.set(subject, [...(bySubject.get(subject) ?? []), byKey.get(key)!]);
    }
  return bySubject;
}

const asPlain = (m: ReturnType<typeof collectClaims>) => new Map([...m].map(([k, s]) => [k, s.claims]));

describe('collectClaims', () => {
  it('matches the plain rule on distinct reports', async () => {
    const articles = await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]);
    expect(asPlain(collectClaims(articles))).toEqual(plainCollect(articles));
  });

  it('merges an article loaded twice, and items an article repeats, into one claim each with all their evidence', async () => {
    const [seed] = await loadArticles([DEFAULT_ARTICLES_DIR]);
    const event = seed!.events.find((e) => e.participants.length > 0)!;
    const p = event.participants[0]!;
    const span = { sourceId: seed!.source.id, start: 0, end: 1, quote: seed!.source.text.slice(0, 1) };
    // The same source again, listing one participant twice and giving the event one more span.
    const again: ParsedArticle = {
      ...seed!,
      events: seed!.events.map((e) =>
        e === event ? { ...e, participants: [p, ...e.participants], evidence: [...e.evidence, span] } : e,
      ),
    };
    const articles = [seed!, again, seed!];
    const collected = collectClaims(articles);
    expect(asPlain(collected)).toEqual(plainCollect(articles));
    const claims = collected.get(subjectKey('Event', event.id))!.claims;
    const item = `${p.actorId}|${p.role}`;
    expect(claims.filter((c) => c.field === 'participants' && c.value === item)).toHaveLength(1);
    expect(claims.find((c) => c.field === 'title')!.evidence).toContainEqual(span);
    expect(new Set(claims.map((c) => `${c.field}\u0000${c.value}`)).size).toBe(claims.length);
  });
});
