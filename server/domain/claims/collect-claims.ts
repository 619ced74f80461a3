// Claims of many articles grouped by subject (type and id: the store port allows an actor and an event to share an
// id), one per (field, value, source): an article loaded twice, or a subject listed twice, adds its evidence to the
// claim it already made rather than a second claim.
import type { Claim, ClaimSubjectType } from './claim.ts';
import { unionEvidence } from './evidence-order.ts';
import { extractClaims, type ArticleFacts } from './extract-claims.ts';

export interface SubjectClaims {
  type: ClaimSubjectType;
  id: string;
  claims: Claim[];
}

/** The key subjects are grouped by. */
export const subjectKey = (type: ClaimSubjectType, id: string): string => `${type}\u0000${id}`;

export function collectClaims(articles: readonly ArticleFacts[]): Map<string, SubjectClaims> {
  const subjects = new Map<string, SubjectClaims>();
  const keys = new Map<string, Claim>();
  for (const article of articles) {
    for (const c of extractClaims(article)) {
      const subject = subjectKey(c.subjectType, c.subjectId);
      const key = `${subject}\u0000${c.field}\u0000${c.value}\u0000${c.sourceId}`;
      const same = keys.get(key);
      if (same) {
        same.evidence = unionEvidence([same.evidence, c.evidence]);
        continue;
      }
      keys.set(key, c);
      const s = subjects.get(subject);
      if (s) s.claims.push(c);
      else subjects.set(subject, { type: c.subjectType, id: c.subjectId, claims: [c] });
    }
  }
  return subjects;
}
