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
import { compareClaims } from '../../server/domain/claims/claim.ts';
import { ClaimsBySubject } from '../../server/store/memory/claims-by-subject.ts';
import { listSubjects } from '../../server/domain/claims/subject-listings.ts';

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

/** The plain rule's claims by id, each subject's sorted, subjects of one id in type order: what the store answers. */
function plainById(articles: readonly ParsedArticle[]): Map<string, Claim[]> {
  const bySubject = [...plainCollect(articles)].sort(([a], [b]) => {
    const [ta, ia] = a.split('\u0000') as [string, string];
    const [tb, ib] = b.split('\u0000') as [string, string];
    return ia < ib ? -1 : ia > ib ? 1 : ta < tb ? -1 : ta > tb ? 1 : 0;
  });
  const out = new Map<string, Claim[]>();
  for (const [, claims] of bySubject) {
    const id = claims[0]!.subjectId;
    out.set(id, [...(out.get(id) ?? []), ...[...claims].sort(compareClaims)]);
  }
  return out;
}

/** Two reports of the seed's events, the seed loaded twice and one of its events listing a participant twice. */
async function withRepeats(): Promise<ParsedArticle[]> {
  const [seed, ...reports] = await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]);
  const event = seed!.events.find((e) => e.participants.length > 0)!;
  const again: ParsedArticle = {
    ...seed!,
    events: seed!.events.map((e) =>
      e === event ? { ...e, participants: [e.participants[0]!, ...e.participants] } : e,
    ),
  };
  return [seed!, ...reports, again, seed!];
}

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

describe('the embedded store’s claims, made on read from the listed items', () => {
  it('are the plain rule’s claims, sorted, for every id, in id order', async () => {
    const articles = await withRepeats();
    const claims = new ClaimsBySubject(listSubjects(articles));
    const plain = plainById(articles);
    expect([...claims.keys()]).toEqual([...plain.keys()].sort());
    expect(new Map(claims)).toEqual(plain);
    for (const id of plain.keys()) expect(claims.get(id)).toEqual(plain.get(id));
  });

  it('are a fresh list on every read, so a reader changing one cannot change the next', async () => {
    const claims = new ClaimsBySubject(listSubjects(await loadArticles([DEFAULT_ARTICLES_DIR])));
    const [id] = claims.keys();
    const first = claims.get(id!)!;
    const expected = structuredClone(first);
    first.length = 0;
    expect(claims.get(id!)).toEqual(expected);
    expect(claims.get('no-such-id')).toBeUndefined();
    expect(claims.has(id!)).toBe(true);
  });
});
