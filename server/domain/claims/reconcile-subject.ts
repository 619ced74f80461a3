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
  const byField = new Map<string, Claim[]>();
  for (const c of sorted) {
    const list = byField.get(c.field);
    if (list) list.push(c);
    else byField.set(c.field, [c]);
  }
  const out: ReconciledSubject = {
    values: new Map(),
    dates: new Map(),
    lists: new Map(),
    disputedFields: [],
    reportedBy: [...new Set(sorted.map((c) => c.sourceId))].sort(),
    claims: sorted,
  };
  for (const [field, list] of byField) {
    const rule = CLAIM_FIELDS[type][field];
    if (rule === undefined) throw new Error(`${type} has no claimable field "${field}"`);
    const values = [...new Set(list.map((c) => c.value))];
    if (rule === 'list') {
      out.lists.set(field, values.sort());
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

/** The disputes of a reconciled subject, one per disputed field. */
export function disputesOf(type: ClaimSubjectType, id: string, r: ReconciledSubject): Dispute[] {
  return r.disputedFields.map((field) => ({
    subjectType: type,
    subjectId: id,
    field,
    claims: r.claims.filter((c) => c.field === field),
  }));
}
