// API timeline items -> the timeline's entries. The first actor decides an entry's lane, so statements
// lead with the speaker and events with whoever acted (the API lists participants by id, not by role).
import type { ActorRef, ApiTimelineItem } from '../api/api-types.ts';
import type { TimelineEntry } from './timeline-entry.ts';
import { entryDisputes } from './entry-disputes.ts';

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

/** Participants with those who acted first; otherwise in the API's order. */
export function orderParticipants(participants: ReadonlyArray<{ role: string; actor: ActorRef }>): ActorRef[] {
  return participants
    .map((p, i) => ({ p, i }))
    .sort((a, b) => roleRank(a.p.role) - roleRank(b.p.role) || a.i - b.i)
    .map(({ p }) => p.actor);
}

export function toEntries(items: readonly ApiTimelineItem[]): TimelineEntry[] {
  return items.map((item) => entryDisputes(item, toEntry(item)));
}

function toEntry(item: ApiTimelineItem): TimelineEntry {
  return item.__typename === 'Event'
    ? {
        id: item.id,
        type: 'event',
        title: item.title,
        kind: item.kind,
        date: item.date,
        actors: dedupe(orderParticipants(item.participants)),
        eventId: null,
      }
    : {
        id: item.id,
        type: 'statement',
        title: item.text,
        kind: 'statement',
        date: item.date,
        actors: [item.speaker],
        eventId: item.event?.id ?? null,
        statementKind: item.statementKind,
      };
}

function dedupe<T extends { id: string }>(actors: T[]): T[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
