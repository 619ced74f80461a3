// Reconciled claims (reconcile-subject.ts) -> the actor, event, statement or relationship the graph shows. Every field comes from the
// claims alone, so both stores, given the same claims, show the same thing whatever order they arrived in.
import type {
  Actor,
  ActorKind,
  Event,
  EventLink,
  Relationship,
  Statement,
  StatementKind,
} from '../../../core/domain/types.ts';
import type { Claim, ClaimSubjectType } from './claim.ts';
import { splitItem } from './claim-fields.ts';
import { unionEvidence } from './evidence-order.ts';
import type { ReconciledSubject } from './reconcile-subject.ts';

/** The subject's evidence: every source's spans for it (a link's own spans belong to the link). */
function subjectEvidence(claims: readonly Claim[]) {
  const seen = new Set<string>();
  const lists = [];
  for (const c of claims) {
    if (c.field === 'links' || seen.has(c.sourceId)) continue;
    seen.add(c.sourceId);
    lists.push(c.evidence);
  }
  return unionEvidence(lists);
}

function need(r: ReconciledSubject, field: string, id: string): string {
  const v = r.values.get(field);
  if (v === undefined) throw new Error(`no source gives ${id} a ${field}`);
  return v;
}

const meta = (r: ReconciledSubject) => ({ reportedBy: r.reportedBy, disputedFields: r.disputedFields });

export function shownActor(id: string, r: ReconciledSubject): Actor {
  return {
    id,
    name: need(r, 'name', id),
    kind: need(r, 'kind', id) as ActorKind,
    aliases: r.lists.get('aliases') ?? [],
    roles: (r.lists.get('roles') ?? [])
      .map(splitItem)
      .map(([title, of]) => ({ title, ofActorId: of === '' ? null : of })),
    ...meta(r),
    evidence: subjectEvidence(r.claims),
  };
}

function links(r: ReconciledSubject): EventLink[] {
  return (r.lists.get('links') ?? []).map((item) => {
    const [type, targetId] = splitItem(item);
    const evidence = unionEvidence(
      r.claims.filter((c) => c.field === 'links' && c.value === item).map((c) => c.evidence),
    );
    return { type, targetId, evidence };
  });
}

/** statementIds are left empty: they follow from the statements (see deriveBackReferences). */
export function shownEvent(id: string, r: ReconciledSubject): Event {
  return {
    id,
    title: need(r, 'title', id),
    kind: need(r, 'kind', id),
    description: r.values.get('description') ?? null,
    location: r.values.get('location') ?? null,
    date: r.dates.get('date')!,
    participants: (r.lists.get('participants') ?? []).map(splitItem).map(([actorId, role]) => ({ actorId, role })),
    links: links(r),
    statementIds: [],
    ...meta(r),
    evidence: subjectEvidence(r.claims),
  };
}

/** quoteIds are left empty: they follow from the statements. */
export function shownStatement(id: string, r: ReconciledSubject): Statement {
  return {
    id,
    text: need(r, 'text', id),
    kind: need(r, 'kind', id) as StatementKind,
    speakerId: need(r, 'speaker', id),
    date: r.dates.get('date')!,
    eventId: r.values.get('event') ?? null,
    quotedInId: r.values.get('quotedIn') ?? null,
    quoteIds: [],
    ...meta(r),
    evidence: subjectEvidence(r.claims),
  };
}

export function shownRelationship(id: string, r: ReconciledSubject): Relationship {
  return {
    id,
    type: need(r, 'type', id),
    sourceId: need(r, 'source', id),
    targetId: need(r, 'target', id),
    date: r.dates.get('date') ?? null,
    ...meta(r),
    evidence: subjectEvidence(r.claims),
  };
}

/** The shown node of any subject type. */
export function shownSubject(type: ClaimSubjectType, id: string, r: ReconciledSubject): ShownSubject {
  switch (type) {
    case 'Actor':
      return { type, node: shownActor(id, r) };
    case 'Event':
      return { type, node: shownEvent(id, r) };
    case 'Statement':
      return { type, node: shownStatement(id, r) };
    case 'Relationship':
      return { type, node: shownRelationship(id, r) };
  }
}

export type ShownSubject =
  | { type: 'Actor'; node: Actor }
  | { type: 'Event'; node: Event }
  | { type: 'Statement'; node: Statement }
  | { type: 'Relationship'; node: Relationship };
