// Claims of many articles grouped by subject (type and id: the store port allows an actor and an event to share an
// id), one per (field, value, source): an article loaded twice, or a subject listed twice, adds its evidence to the
// claim it already made rather than a second claim.
import type { Claim, ClaimSubjectType } from './claim.ts';
import { unionEvidence } from './evidence-order.ts';
import { extractSubjectGroups, type ArticleFacts } from './extract-claims.ts';

export interface SubjectClaims {
  type: ClaimSubjectType;
  id: string;
  claims: Claim[];
}

/** The key subjects are grouped by. */
export const subjectKey = (type: ClaimSubjectType, id: string): string => `${type}\u0000${id}`;

/**
 * One subject's claims, gathered one listing at a time (a listing: the claims one article makes by listing the
 * subject once, field by field, as extract-claims.ts gives them). Claims are compared for repeats only where a
 * source gave the subject claims twice: elsewhere none can repeat.
 */
export class SubjectClaimCollector {
  private claims: Claim[] | null = null;
  /** The sources that gave this subject claims so far: only a source seen twice can repeat a claim. */
  private readonly sources: string[] = [];
  private repeated = false;

  add(sourceId: string, listing: Claim[]): void {
    const repeats = repeatsWithin(listing);
    if (this.claims === null) {
      this.claims = listing;
      this.sources.push(sourceId);
      this.repeated = repeats;
      return;
    }
    if (repeats || this.sources.includes(sourceId)) this.repeated = true;
    else this.sources.push(sourceId);
    for (const c of listing) this.claims.push(c);
  }

  /** One claim per (field, value, source), in first-seen order. */
  result(): Claim[] {
    const claims = this.claims ?? [];
    return this.repeated ? withoutRepeats(claims) : claims;
  }
}

export function collectClaims(articles: readonly ArticleFacts[]): Map<string, SubjectClaims> {
  // Subjects are looked up once per article listing them, not once per claim (2.6M claims at 100k events).
  const subjects = new Map<string, { type: ClaimSubjectType; id: string; collector: SubjectClaimCollector }>();
  for (const article of articles) {
    const sourceId = article.source.id;
    for (const group of extractSubjectGroups(article)) {
      const key = subjectKey(group.type, group.id);
      let s = subjects.get(key);
      if (!s) subjects.set(key, (s = { type: group.type, id: group.id, collector: new SubjectClaimCollector() }));
      s.collector.add(sourceId, group.claims);
    }
  }
  const out = new Map<string, SubjectClaims>();
  for (const [key, s] of subjects) out.set(key, { type: s.type, id: s.id, claims: s.collector.result() });
  return out;
}

/** Whether one article's claims on one subject repeat a (field, value): a list can name an item twice. */
function repeatsWithin(claims: readonly Claim[]): boolean {
  // extractSubjectGroups lists a subject's claims field by field, so a repeat lies within one field's run.
  for (let i = 1; i < claims.length; i++)
    for (let j = i - 1; j >= 0 && claims[j]!.field === claims[i]!.field; j--)
      if (claims[j]!.value === claims[i]!.value) return true;
  return false;
}

/** One claim per (field, value, source), in first-seen order, each with the evidence of all its repeats. */
function withoutRepeats(claims: readonly Claim[]): Claim[] {
  const kept = new Map<string, Claim>();
  for (const c of claims) {
    const key = `${c.field}\u0000${c.value}\u0000${c.sourceId}`;
    const same = kept.get(key);
    if (same) same.evidence = unionEvidence([same.evidence, c.evidence]);
    else kept.set(key, c);
  }
  return [...kept.values()];
}
