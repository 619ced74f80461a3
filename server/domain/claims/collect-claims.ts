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

interface Collecting extends SubjectClaims {
  /** The sources that gave this subject claims so far: only a source seen twice can repeat a claim. */
  sources: string[];
  repeated: boolean;
}

export function collectClaims(articles: readonly ArticleFacts[]): Map<string, SubjectClaims> {
  // Subjects are looked up once per article listing them, not once per claim (2.6M claims at 100k events), and
  // claims are compared for repeats only where a source gave the subject claims twice: elsewhere none can repeat.
  const subjects = new Map<string, Collecting>();
  for (const article of articles) {
    const sourceId = article.source.id;
    for (const group of extractSubjectGroups(article)) {
      const key = subjectKey(group.type, group.id);
      const repeats = repeatsWithin(group.claims);
      const s = subjects.get(key);
      if (!s) {
        subjects.set(key, {
          type: group.type,
          id: group.id,
          claims: group.claims,
          sources: [sourceId],
          repeated: repeats,
        });
        continue;
      }
      if (repeats || s.sources.includes(sourceId)) s.repeated = true;
      else s.sources.push(sourceId);
      for (const c of group.claims) s.claims.push(c);
    }
  }
  const out = new Map<string, SubjectClaims>();
  for (const [key, s] of subjects)
    out.set(key, { type: s.type, id: s.id, claims: s.repeated ? withoutRepeats(s.claims) : s.claims });
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
