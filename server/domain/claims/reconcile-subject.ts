// One subject's claims -> the value shown for each field and the fields in dispute, by the rule of each field
// (claim-fields.ts). The result depends only on the set of claims, never on the order they arrived in.
import type { FuzzyDate } from '../../../core/domain/types.ts';
import { compareClaims, type Claim, type ClaimSubjectType, type Dispute, type PublicationDates } from './claim.ts';
import { CLAIM_FIELDS } from './claim-fields.ts';
import { pickValue } from './pick-value.ts';
import { reconcileDates } from './reconcile-date.ts';
import { allWordingsOfOneQuote } from './wordings.ts';

export interface ReconciledSubject {
  /** Shown text per scalar field; a field no source claims is absent. */
  values: Map<string, string>;
  /** Shown date per date field. */
  dates: Map<string, FuzzyDate>;
  /** Every distinct item of each list field, sorted. */
  lists: Map<string, string[]>;
  /** Disputed fields, sorted. */
  disputedFields: string[];
  /** Sources making any claim, sorted. */
  reportedBy: string[];
  /** The claims, sorted by field, value, source. */
  claims: Claim[];
}

export function reconcileSubject(
  type: ClaimSubjectType,
  claims: readonly Claim[],
  published: PublicationDates,
): ReconciledSubject {
  const sorted = [...claims].sort(compareClaims);
  const out: ReconciledSubject = {
    values: new Map(),
    dates: new Map(),
    lists: new Map(),
    disputedFields: [],
    reportedBy: distinctSorted(sorted.map((c) => c.sourceId).sort()),
    claims: sorted,
  };
  const rules = CLAIM_FIELDS[type];
  // Sorted claims hold each field in one run, values ascending within it: runs are read in place, without maps.
  for (let start = 0; start < sorted.length;) {
    const field = sorted[start]!.field;
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.field === field) end++;
    const list = sorted.slice(start, end);
    start = end;
    const rule = rules[field];
    if (rule === undefined) throw new Error(`${type} has no claimable field "${field}"`);
    // Distinct values, ascending (the list is sorted by value).
    const values = distinctSorted(list.map((c) => c.value));
    if (rule === 'list') {
      out.lists.set(field, values);
    } else if (rule === 'date') {
      const r = reconcileDates(list.map((c) => c.date!));
      out.dates.set(field, r.date);
      out.values.set(field, r.date.edtf);
      if (r.disputed) out.disputedFields.push(field);
    } else {
      out.values.set(field, pickValue(list, published).value);
      const agreed = values.length === 1 || rule === 'summary' || (rule === 'wording' && allWordingsOfOneQuote(values));
      if (!agreed) out.disputedFields.push(field);
    }
  }
  out.disputedFields.sort();
  return out;
}

/** A sorted list without its repeats, in place. */
function distinctSorted(list: string[]): string[] {
  let n = 0;
  for (let i = 0; i < list.length; i++) if (i === 0 || list[i] !== list[n - 1]) list[n++] = list[i]!;
  list.length = n;
  return list;
}

/** The disputes of a reconciled subject, one per disputed field. */
export function disputesOf(type: ClaimSubjectType, id: string, r: ReconciledSubject): Dispute[] {
  return r.disputedFields.map((field) => ({
    subjectType: type,
    subjectId: id,
    field,
    claims: r.claims.filter((c) => c.field === field),
  }));
}
