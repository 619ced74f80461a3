// One subject's claims -> the value shown for each field and the fields in dispute, by the rule of each field
// (claim-fields.ts). The result depends only on the set of claims, never on the order they arrived in.
import type { FuzzyDate } from '../../../core/domain/types.ts';
import { type Claim, type ClaimSubjectType, type Dispute, type PublicationDates } from './claim.ts';
import { CLAIM_FIELDS } from './claim-fields.ts';
import { pickValue } from './pick-value.ts';
import { reconcileDates } from './reconcile-date.ts';
import { sortSubjectClaims } from './sort-subject-claims.ts';
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
  const sorted = sortSubjectClaims(type, claims);
  const out: ReconciledSubject = {
    values: new Map(),
    dates: new Map(),
    lists: new Map(),
    disputedFields: [],
    reportedBy: distinctSources(sorted),
    claims: sorted,
  };
  const rules = CLAIM_FIELDS[type];
  // Sorted claims hold each field in one run, values ascending within it: runs are read in place, without maps
  // or a copy of the run (this runs for every field of ~180k subjects at 100k events).
  for (let start = 0; start < sorted.length;) {
    const field = sorted[start]!.field;
    let end = start + 1;
    while (end < sorted.length && sorted[end]!.field === field) end++;
    const rule = rules[field];
    if (rule === undefined) throw new Error(`${type} has no claimable field "${field}"`);
    if (rule === 'list') {
      out.lists.set(field, distinctValues(sorted, start, end));
    } else if (rule === 'date') {
      const dates: FuzzyDate[] = [];
      for (let i = start; i < end; i++) dates.push(sorted[i]!.date!);
      const r = reconcileDates(dates);
      out.dates.set(field, r.date);
      out.values.set(field, r.date.edtf);
      if (r.disputed) out.disputedFields.push(field);
    } else {
      const list = end - start === sorted.length ? sorted : sorted.slice(start, end);
      out.values.set(field, pickValue(list, published).value);
      // Values ascending: one value when the run's first and last agree.
      const single = sorted[start]!.value === sorted[end - 1]!.value;
      const agreed =
        single ||
        rule === 'summary' ||
        (rule === 'wording' && allWordingsOfOneQuote(distinctValues(sorted, start, end)));
      if (!agreed) out.disputedFields.push(field);
    }
    start = end;
  }
  if (out.disputedFields.length > 1) out.disputedFields.sort();
  return out;
}

// Both lists below are kept by the store (a node's list items and reportedBy): they are returned as exact-size
// copies, since an array grown by push holds room for 17 or more (+10 MB of heap at 100k events).

/** The distinct values of sorted[start..end), ascending (the run is sorted by value). */
function distinctValues(sorted: readonly Claim[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const v = sorted[i]!.value;
    if (out.length === 0 || out[out.length - 1] !== v) out.push(v);
  }
  return out.slice();
}

/** The sources making any claim, distinct and in code-unit order (a subject has a few: no set, no copy to sort). */
function distinctSources(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (const c of claims) if (!out.includes(c.sourceId)) out.push(c.sourceId);
  return out.length > 1 ? out.sort().slice() : out.slice();
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
