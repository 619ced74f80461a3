// Driver values -> domain types, in one place: Integers become numbers here and nothing driver-shaped
// leaves this module. A value of the wrong shape means the graph was not written by neo4j-writer: fail loudly.
import {
  ACTOR_KINDS,
  type Actor,
  type ActorKind,
  type Citation,
  type Event,
  type EventLink,
  type Evidence,
  type FuzzyDate,
  type Participant,
  type Precision,
  type Relationship,
  type Source,
  type Statement,
  type StatementKind,
} from '../../../core/domain/types.ts';
import type {
  ActorLink,
  ActorSummary,
  EventSummary,
  RelationshipLink,
  RelationshipSummary,
  StatementSummary,
} from '../store.ts';
import { decodeRole, GraphShapeError, toNumber } from './property-codecs.ts';

type Obj = Readonly<Record<string, unknown>>;

function obj(v: unknown, what: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new GraphShapeError(what, v);
  return v as Obj;
}

function str(v: unknown, what: string): string {
  if (typeof v !== 'string') throw new GraphShapeError(what, v);
  return v;
}

function strOrNull(v: unknown, what: string): string | null {
  return v === null || v === undefined ? null : str(v, what);
}

function list(v: unknown, what: string): readonly unknown[] {
  if (v === null || v === undefined) return [];
  if (!Array.isArray(v)) throw new GraphShapeError(what, v);
  return v;
}

const strings = (v: unknown, what: string): string[] => list(v, what).map((x) => str(x, what));

/** Which sources report a node and which of its fields they dispute (written by neo4j-writer from its claims). */
const claimMeta = (o: Obj) => ({
  reportedBy: strings(o.reportedBy, 'reportedBy'),
  disputedFields: strings(o.disputedFields, 'disputedFields'),
});

const PRECISIONS: readonly Precision[] = ['day', 'month', 'year', 'open'];

function fuzzyDate(o: Obj): FuzzyDate {
  const precision = str(o.precision, 'date precision');
  if (!PRECISIONS.includes(precision as Precision)) throw new GraphShapeError('date precision', precision);
  return {
    edtf: str(o.edtf, 'edtf date'),
    earliest: strOrNull(o.earliest, 'earliest bound'),
    latest: strOrNull(o.latest, 'latest bound'),
    precision: precision as Precision,
    label: str(o.label, 'date label'),
  };
}

export function toEvidence(v: unknown): Evidence {
  const o = obj(v, 'evidence');
  return {
    sourceId: str(o.sourceId, 'evidence source'),
    start: toNumber(o.start, 'evidence start'),
    end: toNumber(o.end, 'evidence end'),
    quote: str(o.quote, 'evidence quote'),
  };
}

const evidenceList = (v: unknown): Evidence[] => list(v, 'evidence list').map(toEvidence);

/** An actor's id, name and kind (network-walk.cypher with $lean); toActorSummary adds the rest. */
export function toActorLink(v: unknown): ActorLink {
  const o = obj(v, 'actor');
  const kind = str(o.kind, 'actor kind');
  if (!ACTOR_KINDS.includes(kind as ActorKind)) throw new GraphShapeError('actor kind', kind);
  return { id: str(o.id, 'actor id'), name: str(o.name, 'actor name'), kind: kind as ActorKind };
}

/** An actor without evidence (actor-summaries-by-id); toActor adds the evidence. */
export function toActorSummary(v: unknown): ActorSummary {
  const o = obj(v, 'actor');
  // Stored in first-seen order; a stable sort by title matches the in-memory store.
  const roles = list(o.roles, 'roles')
    .map(decodeRole)
    .sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  return {
    ...toActorLink(o),
    aliases: strings(o.aliases, 'aliases'),
    roles,
    ...claimMeta(o),
  };
}

export function toActor(v: unknown): Actor {
  return { ...toActorSummary(v), evidence: evidenceList(obj(v, 'actor').evidence) };
}

/** One row of actor-evidence-by-id. */
export function toActorEvidence(v: unknown): { id: string; evidence: Evidence[] } {
  const o = obj(v, 'actor evidence');
  return { id: str(o.id, 'actor id'), evidence: evidenceList(o.evidence) };
}

function toParticipant(v: unknown): Participant {
  const o = obj(v, 'participant');
  return { actorId: str(o.actorId, 'participant actor'), role: str(o.role, 'participant role') };
}

function toLink(v: unknown): EventLink {
  const o = obj(v, 'event link');
  return {
    type: str(o.type, 'link type'),
    targetId: str(o.targetId, 'link target'),
    evidence: evidenceList(o.evidence),
  };
}

/** One row of event-summaries-by-id: an event without its links, statement ids and evidence. */
export function toEventSummary(v: unknown): EventSummary {
  const o = obj(v, 'event');
  return {
    id: str(o.id, 'event id'),
    title: str(o.title, 'event title'),
    kind: str(o.kind, 'event kind'),
    description: strOrNull(o.description, 'event description'),
    location: strOrNull(o.location, 'event location'),
    date: fuzzyDate(o),
    participants: list(o.participants, 'participants').map(toParticipant),
    ...claimMeta(o),
  };
}

export function toEvent(v: unknown): Event {
  const o = obj(v, 'event');
  return {
    ...toEventSummary(v),
    links: list(o.links, 'links').map(toLink),
    statementIds: strings(o.statementIds, 'statement ids'),
    evidence: evidenceList(o.evidence),
  };
}

/** One row of statement-summaries-by-id: a statement without its quote ids and evidence. */
export function toStatementSummary(v: unknown): StatementSummary {
  const o = obj(v, 'statement');
  const kind = str(o.kind, 'statement kind');
  if (kind !== 'QUOTE' && kind !== 'PARAPHRASE') throw new GraphShapeError('statement kind', kind);
  return {
    id: str(o.id, 'statement id'),
    text: str(o.text, 'statement text'),
    kind: kind satisfies StatementKind,
    speakerId: str(o.speakerId, 'statement speaker'),
    date: fuzzyDate(o),
    eventId: strOrNull(o.eventId, 'statement event'),
    quotedInId: strOrNull(o.quotedInId, 'quotedIn'),
    ...claimMeta(o),
  };
}

export function toStatement(v: unknown): Statement {
  const o = obj(v, 'statement');
  return { ...toStatementSummary(v), quoteIds: strings(o.quoteIds, 'quote ids'), evidence: evidenceList(o.evidence) };
}

export function toRelationship(v: unknown): Relationship {
  return { ...toRelationshipSummary(v), evidence: evidenceList(obj(v, 'relationship').evidence) };
}

/** A relationship without claim lists (network-walk.cypher with $lean). */
export function toRelationshipLink(v: unknown): RelationshipLink {
  const o = obj(v, 'relationship');
  return {
    id: str(o.id, 'relationship id'),
    type: str(o.type, 'relationship type'),
    sourceId: str(o.sourceId, 'relationship source'),
    targetId: str(o.targetId, 'relationship target'),
    date: o.edtf === null || o.edtf === undefined ? null : fuzzyDate(o),
  };
}

/** A relationship as network-edges.cypher reads it: without evidence. */
export function toRelationshipSummary(v: unknown): RelationshipSummary {
  return { ...toRelationshipLink(v), ...claimMeta(obj(v, 'relationship')) };
}

function toCitation(v: unknown): Citation {
  const o = obj(v, 'citation');
  return { actorId: str(o.actorId, 'cited actor'), evidence: evidenceList(o.evidence) };
}

export function toSource(v: unknown): Source {
  const o = obj(v, 'source');
  return {
    id: str(o.id, 'source id'),
    title: str(o.title, 'source title'),
    publisher: str(o.publisher, 'source publisher'),
    publishedAt: str(o.publishedAt, 'source publishedAt'),
    url: strOrNull(o.url, 'source url'),
    text: str(o.text, 'source text'),
    citations: list(o.citations, 'citations').map(toCitation),
  };
}
