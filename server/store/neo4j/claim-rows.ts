// A batch's write rows with every subject's fields reconciled from all its claims: those already in the graph (minus
// the ones of sources being re-seeded or removed) and the batch's. The reconciliation is the embedded store's
// (server/domain/claims), so both stores show the same values whatever order articles were seeded in.
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { groupByType, type Claim, type ClaimSubjectType, type PublicationDates } from '../../domain/claims/claim.ts';
import { collectClaims, subjectKey, type SubjectClaims } from '../../domain/claims/collect-claims.ts';
import { unionEvidence } from '../../domain/claims/evidence-order.ts';
import { reconcileSubject } from '../../domain/claims/reconcile-subject.ts';
import { subjectCandidates } from '../search-candidates.ts';
import { sourceRows } from './source-rows.ts';
import { encodeNew } from './claim-codec.ts';
import { subjectRows, type Reconciled } from './subject-rows.ts';
import type { BatchRows } from './write-steps.ts';

export interface ClaimWrite {
  rows: BatchRows;
  /** Subjects no claim is left on: to be deleted (by type: an actor and an event may share an id). */
  orphans: Array<{ id: string; type: ClaimSubjectType }>;
  /** What the search index reads on each searchable subject (write/search-texts). */
  searchRows: Array<{ id: string; type: ClaimSubjectType; searchText: string }>;
  /** Every subject the write leaves claims on, with all of them (what a first seed remembers, claim-batch.ts). */
  written: Array<{ id: string; type: ClaimSubjectType; claims: readonly Claim[] }>;
}

/**
 * `stored`: the graph's claims of every subject the batch touches or the replaced sources supported. `replaced`:
 * sources whose stored claims give way (the batch's own, re-seeded; removed ones).
 */
export function claimWrite(
  batch: readonly ParsedArticle[],
  stored: ReadonlyMap<string, readonly Claim[]>,
  replaced: ReadonlySet<string>,
  published: PublicationDates,
): ClaimWrite {
  const fresh = collectClaims(batch);
  const old = new Map<string, { type: ClaimSubjectType; id: string; claims: Claim[] }>();
  for (const [id, claims] of stored)
    for (const [type, own] of groupByType(claims)) old.set(subjectKey(type, id), { type, id, claims: own });
  const keys = [...new Set([...fresh.keys(), ...old.keys()])].sort();
  const subjects: Reconciled[] = [];
  const orphans: ClaimWrite['orphans'] = [];
  for (const key of keys) {
    const { type, id } = (fresh.get(key) ?? old.get(key))!;
    const mine = fresh.get(key)?.claims ?? [];
    const claims = [...(old.get(key)?.claims ?? []).filter((c) => !replaced.has(c.sourceId)), ...mine];
    if (claims.length === 0) {
      orphans.push({ id, type });
      continue;
    }
    subjects.push(reconciled(type, id, claims, mine, published));
  }
  return {
    rows: { ...sourceRows(batch), ...subjectRows(subjects) },
    orphans,
    searchRows: searchRowsOf(subjects),
    written: subjects.map(({ type, id, r }) => ({ type, id, claims: r.claims })),
  };
}

/** A subject reconciled from all its `claims`, linked to the evidence of `mine` (the ones this write adds). */
function reconciled(
  type: ClaimSubjectType,
  id: string,
  claims: readonly Claim[],
  mine: readonly Claim[],
  published: PublicationDates,
): Reconciled {
  const own = mine.filter((c) => c.field !== 'links').map((c) => c.evidence);
  return { type, id, r: reconcileSubject(type, claims, published), evidence: unionEvidence(own) };
}

function searchRowsOf(subjects: readonly Reconciled[]): ClaimWrite['searchRows'] {
  return subjects
    .map(({ type, id, r }) => ({
      id,
      type,
      searchText: subjectCandidates(type, id, r.claims)
        .map((c) => c.text)
        .join('\n'),
    }))
    .filter((row) => row.searchText !== '');
}

/**
 * The rows of subjects whose claims are all new (nothing stored, nothing replaced): what claimWrite gives them, for a
 * bulk first seed to build a chunk of subjects at a time (bulk-seed.ts). Each claim is written once: not remembered.
 */
export function freshSubjectRows(subjects: readonly SubjectClaims[], published: PublicationDates) {
  const all = subjects.map(({ type, id, claims }) => reconciled(type, id, claims, claims, published));
  return { rows: subjectRows(all, encodeNew), searchRows: searchRowsOf(all) };
}
