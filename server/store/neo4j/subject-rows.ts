// Reconciled subjects -> the rows of the actor, event, statement and relationship writes: each node as the claims
// rule shows it (server/domain/claims/shown-subjects.ts), its claims, and the links every source claims (a statement
// is MADE_AT each event any source places it at). Offsets and lists are in the order the rule gives them.
import type { Actor, Event, Evidence, FuzzyDate, Relationship, Statement } from '../../../core/domain/types.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import type { Claim, ClaimSubjectType } from '../../domain/claims/claim.ts';
import type { ReconciledSubject } from '../../domain/claims/reconcile-subject.ts';
import { shownSubject } from '../../domain/claims/shown-subjects.ts';
import { encodeClaim } from './claim-codec.ts';
import { encodeRole, spanLabels } from './property-codecs.ts';
import { evidenceId } from './source-rows.ts';

/** A subject the batch writes, with the rule's answer for it. */
export interface Reconciled {
  type: ClaimSubjectType;
  id: string;
  r: ReconciledSubject;
  /** This batch's evidence for the subject: what the write links to it (other sources' links stay). */
  evidence: Evidence[];
}

const ids = (list: readonly Evidence[]) => list.map(evidenceId);

/** A dated node's date properties; the span labels are set on timeline items only (relationships ignore them). */
function dateColumns(date: FuzzyDate | null) {
  return {
    edtf: date?.edtf ?? null,
    earliest: date?.earliest ?? null,
    latest: date?.latest ?? null,
    precision: date?.precision ?? null,
    label: date?.label ?? null,
    sortKey: sortKeyOf(date),
    ...spanLabels(date),
  };
}

/** How a claim is written: encodeClaim remembers each encoding, for batches that rewrite a subject's claims. */
export type ClaimEncoder = (c: Claim) => string;

/** What every subject row carries: the batch's evidence links and the subject's claims. */
function claimColumns(r: ReconciledSubject, evidence: readonly Evidence[], encode: ClaimEncoder) {
  return {
    evidenceIds: ids(evidence),
    claims: r.claims.map(encode),
    reportedBy: r.reportedBy,
    disputedFields: r.disputedFields,
    disputed: r.disputedFields.length > 0,
  };
}

/** Every value any source claims for a field (a statement's events, the statements it is quoted in). */
const claimed = (r: ReconciledSubject, field: string) => [
  ...new Set(r.claims.filter((c) => c.field === field).map((c) => c.value)),
];

export function subjectRows(subjects: readonly Reconciled[], encode: ClaimEncoder = encodeClaim) {
  const rows = {
    'write/actors': [] as Array<ReturnType<typeof actorRow>>,
    'write/events': [] as Array<ReturnType<typeof eventRow>>,
    'write/event-links': [] as Array<{ sourceId: string; type: string; targetId: string; evidenceIds: string[] }>,
    'write/statements': [] as Array<ReturnType<typeof statementRow>>,
    'write/statement-quotes': [] as Array<{ id: string; quotedInId: string | null; quotedInIds: string[] }>,
    'write/relationships': [] as Array<ReturnType<typeof relationshipRow>>,
  };
  for (const { type, id, r, evidence } of subjects) {
    const shown = shownSubject(type, id, r);
    if (shown.type === 'Actor') rows['write/actors'].push(actorRow(shown.node, r, evidence, encode));
    else if (shown.type === 'Event') {
      rows['write/events'].push(eventRow(shown.node, r, evidence, encode));
      for (const l of shown.node.links)
        rows['write/event-links'].push({
          sourceId: id,
          type: l.type,
          targetId: l.targetId,
          evidenceIds: ids(l.evidence),
        });
    } else if (shown.type === 'Statement') {
      rows['write/statements'].push(statementRow(shown.node, r, evidence, encode));
      rows['write/statement-quotes'].push({
        id,
        quotedInId: shown.node.quotedInId,
        quotedInIds: claimed(r, 'quotedIn'),
      });
    } else rows['write/relationships'].push(relationshipRow(shown.node, r, evidence, encode));
  }
  return rows;
}

function actorRow(a: Actor, r: ReconciledSubject, evidence: readonly Evidence[], encode: ClaimEncoder) {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    roles: a.roles.map(encodeRole),
    ...claimColumns(r, evidence, encode),
  };
}

function eventRow(e: Event, r: ReconciledSubject, evidence: readonly Evidence[], encode: ClaimEncoder) {
  return {
    id: e.id,
    title: e.title,
    kind: e.kind,
    description: e.description,
    location: e.location,
    ...dateColumns(e.date),
    participants: e.participants,
    ...claimColumns(r, evidence, encode),
    /** `type|targetId` of every link some source claims: the others are deleted. */
    linkKeys: claimed(r, 'links'),
  };
}

function statementRow(s: Statement, r: ReconciledSubject, evidence: readonly Evidence[], encode: ClaimEncoder) {
  return {
    id: s.id,
    text: s.text,
    kind: s.kind,
    ...dateColumns(s.date),
    speakerId: s.speakerId,
    eventId: s.eventId,
    ...claimColumns(r, evidence, encode),
    eventIds: claimed(r, 'event'),
  };
}

function relationshipRow(x: Relationship, r: ReconciledSubject, evidence: readonly Evidence[], encode: ClaimEncoder) {
  return {
    id: x.id,
    type: x.type,
    sourceId: x.sourceId,
    targetId: x.targetId,
    ...dateColumns(x.date),
    ...claimColumns(r, evidence, encode),
  };
}
