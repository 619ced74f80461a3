// Claims: what one source says about one field of one actor, event, statement or relationship. The graph keeps
// every claim; the values it shows are derived from them by reconcile-subject.ts (see docs/claims.md).
import type { Evidence, FuzzyDate } from '../../../core/domain/types.ts';

export type ClaimSubjectType = 'Actor' | 'Event' | 'Statement' | 'Relationship';

export interface Claim {
  subjectType: ClaimSubjectType;
  subjectId: string;
  /** The GraphQL field the claim is about: `date`, `title`, `event`, `participants`, ... */
  field: string;
  /** As text: the EDTF string for a date, an id for a reference, `a|b` for a list item (see CLAIM_FIELDS). */
  value: string;
  /** Set when the field is a date. */
  date: FuzzyDate | null;
  /** The article (Source id) that makes the claim. */
  sourceId: string;
  /** The spans of that source supporting the claim. */
  evidence: Evidence[];
}

/** A field whose claims cannot all be true at once (see docs/claims.md for when that is). */
export interface Dispute {
  subjectType: ClaimSubjectType;
  subjectId: string;
  field: string;
  /** Every claim on the field, in claim order. */
  claims: Claim[];
}

/** What the tie-breaks need to know of a source. */
export type PublicationDates = ReadonlyMap<string, string>;

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The one order claims are listed in, everywhere: (subject type,) field, value, source. */
export function compareClaims(a: Claim, b: Claim): number {
  return (
    byString(a.subjectType, b.subjectType) ||
    byString(a.field, b.field) ||
    byString(a.value, b.value) ||
    byString(a.sourceId, b.sourceId)
  );
}

/** Claims of several subjects (by type), each subject's list as it is. */
export function groupByType(claims: readonly Claim[]): Map<ClaimSubjectType, Claim[]> {
  const out = new Map<ClaimSubjectType, Claim[]>();
  for (const c of claims) {
    const list = out.get(c.subjectType);
    if (list) list.push(c);
    else out.set(c.subjectType, [c]);
  }
  return out;
}
