// A batch's write rows with every subject's fields reconciled from all its claims: those already in the graph (minus
// the ones of sources being re-seeded or removed) and the batch's. The reconciliation is the embedded store's
// (server/domain/claims), so both stores show the same values whatever order articles were seeded in.
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { groupByType, type Claim, type ClaimSubjectType, type PublicationDates } from '../../domain/claims/claim.ts';
import { collectClaims, subjectKey } from '../../domain/claims/collect-claims.ts';
import { unionEvidence } from '../../domain/claims/evidence-order.ts';
import { reconcileSubject, type ReconciledSubject } from '../../domain/claims/reconcile-subject.ts';
import { shownSubject } from '../../domain/claims/shown-subjects.ts';
import type { Actor, Event, Evidence, Relationship, Statement } from '../../../core/domain/types.ts';
import { articleRows } from './article-rows.ts';
import { encodeClaim } from './claim-codec.ts';
import { subjectCandidates } from '../search-candidates.ts';
import { batchRows } from './write-batch-rows.ts';

export interface ClaimWrite {
  rows: ReturnType<typeof batchRows>;
  /** Subjects no claim is left on: to be deleted (by type: an actor and an event may share an id). */
  orphans: Array<{ id: string; type: ClaimSubjectType }>;
  /** What the search index reads on each searchable subject (write/search-texts). */
  searchRows: Array<{ id: string; type: ClaimSubjectType; searchText: string }>;
}

interface Reconciled {
  type: ClaimSubjectType;
  id: string;
  r: ReconciledSubject;
  /** This batch's evidence for the subject: what the write links to it (other sources' links stay). */
  evidence: Evidence[];
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
    const own = mine.filter((c) => c.field !== 'links').map((c) => c.evidence);
    subjects.push({ type, id, r: reconcileSubject(type, claims, published), evidence: unionEvidence(own) });
  }
  const searchRows = subjects
    .map(({ type, id, r }) => ({
      id,
      type,
      searchText: subjectCandidates(type, id, r.claims)
        .map((c) => c.text)
        .join('\n'),
    }))
    .filter((row) => row.searchText !== '');
  return { rows: subjectRows(batch, subjects), orphans, searchRows };
}

function subjectRows(batch: readonly ParsedArticle[], subjects: readonly Reconciled[]) {
  const actors: Actor[] = [];
  const events: Event[] = [];
  const statements: Statement[] = [];
  const relationships: Relationship[] = [];
  const meta = new Map<
    string,
    { claims: string[]; reportedBy: string[]; disputedFields: string[]; disputed: boolean }
  >();
  const claimed = new Map<string, ReconciledSubject>();
  for (const { type, id, r, evidence } of subjects) {
    const disputed = r.disputedFields.length > 0;
    meta.set(subjectKey(type, id), {
      claims: r.claims.map(encodeClaim),
      reportedBy: r.reportedBy,
      disputedFields: r.disputedFields,
      disputed,
    });
    claimed.set(subjectKey(type, id), r);
    const shown = shownSubject(type, id, r);
    shown.node.evidence = evidence;
    if (shown.type === 'Actor') actors.push(shown.node);
    else if (shown.type === 'Event') events.push(shown.node);
    else if (shown.type === 'Statement') statements.push(shown.node);
    else relationships.push(shown.node);
  }
  const own = articleRows({
    file: '(reconciled)',
    source: { id: '', title: '', publisher: '', publishedAt: '', url: null, text: '', citations: [] },
    actors,
    events,
    statements,
    relationships,
  });
  const withMeta = <R extends { id: string }>(type: ClaimSubjectType, rows: readonly R[]) =>
    rows.map((row) => ({ ...row, ...meta.get(subjectKey(type, row.id))! }));
  const values = (type: ClaimSubjectType, id: string, field: string) => [
    ...new Set(
      claimed
        .get(subjectKey(type, id))!
        .claims.filter((c) => c.field === field)
        .map((c) => c.value),
    ),
  ];
  const base = batchRows(batch);
  return {
    ...base,
    'write/actors': { rows: withMeta('Actor', own['write/actors'].rows) },
    'write/events': {
      rows: withMeta('Event', own['write/events'].rows).map((row) => ({
        ...row,
        linkKeys: values('Event', row.id, 'links'),
      })),
    },
    'write/event-links': own['write/event-links'],
    'write/statements': {
      rows: withMeta('Statement', own['write/statements'].rows).map((row) => ({
        ...row,
        eventIds: values('Statement', row.id, 'event'),
      })),
    },
    'write/statement-quotes': {
      rows: own['write/statement-quotes'].rows.map((row) => ({
        ...row,
        quotedInIds: values('Statement', row.id, 'quotedIn'),
      })),
    },
    'write/relationships': { rows: withMeta('Relationship', own['write/relationships'].rows) },
  };
}
