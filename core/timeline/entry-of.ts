// One item -> one timeline entry, whichever side holds the item: the client's API items (to-entries.ts) and the
// server's domain items (domain-entries.ts) both come here, so lanes and labels in the SVG export are the app's.
// The first actor decides an entry's lane, so statements lead with the speaker and events with whoever acted.
import type { FuzzyDate, StatementKind } from '../domain/types.ts';
import type { ActorRef, DisputeField } from '../api/api-types.ts';
import type { TimelineEntry } from './timeline-entry.ts';

const ACTING = new Set([
  'agent',
  'issuer',
  'proposer',
  'speaker',
  'author',
  'initiator',
  'actor',
  'organizer',
  'perpetrator',
  'leader',
  'sender',
]);
const ACTED_ON = new Set(['recipient', 'target', 'subject', 'victim', 'object', 'addressee']);

function roleRank(role: string): number {
  return ACTING.has(role) ? 0 : ACTED_ON.has(role) ? 2 : 1;
}

/** Participants with those who acted first; otherwise in the given order. */
export function orderParticipants(participants: ReadonlyArray<{ role: string; actor: ActorRef }>): ActorRef[] {
  return participants
    .map((p, i) => ({ p, i }))
    .sort((a, b) => roleRank(a.p.role) - roleRank(b.p.role) || a.i - b.i)
    .map(({ p }) => p.actor);
}

export interface EventFields {
  id: string;
  title: string;
  kind: string;
  date: FuzzyDate;
  participants: ReadonlyArray<{ role: string; actor: ActorRef }>;
}

export interface StatementFields {
  id: string;
  text: string;
  statementKind: StatementKind;
  date: FuzzyDate;
  speaker: ActorRef;
  eventId: string | null;
}

export function eventEntry(e: EventFields, disputes?: readonly DisputeField[]): TimelineEntry {
  const entry: TimelineEntry = {
    id: e.id,
    type: 'event',
    title: e.title,
    kind: e.kind,
    date: e.date,
    actors: dedupe(orderParticipants(e.participants)),
    eventId: null,
  };
  return withDisputes(entry, disputes);
}

export function statementEntry(s: StatementFields, disputes?: readonly DisputeField[]): TimelineEntry {
  const entry: TimelineEntry = {
    id: s.id,
    type: 'statement',
    title: s.text,
    kind: 'statement',
    date: s.date,
    actors: [s.speaker],
    eventId: s.eventId,
    statementKind: s.statementKind,
  };
  return withDisputes(entry, disputes);
}

/** Undisputed entries get no field at all, so the many entries of a big timeline carry nothing extra. */
function withDisputes(entry: TimelineEntry, disputes: readonly DisputeField[] | undefined): TimelineEntry {
  if (!disputes?.length) return entry;
  entry.disputes = disputes.map((d) => ({
    field: d.field,
    dates: d.claims.flatMap((c) => (c.date ? [{ source: c.source.publisher, date: c.date }] : [])),
  }));
  return entry;
}

function dedupe<T extends { id: string }>(actors: T[]): T[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
