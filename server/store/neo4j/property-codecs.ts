// How the writer stores values Neo4j properties cannot hold as they are, and how the reads get them back: one module
// both sides import, so the write path needs no read module and the two cannot drift apart.
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import type { FuzzyDate, Role } from '../../../core/domain/types.ts';
import { SHORT_SPAN_DAYS } from '../short-span.ts';

/** Roles are stored as JSON `[title, ofActorId]` strings (so lists of them can be unioned and compared in Cypher). */
export function encodeRole(role: Role): string {
  return JSON.stringify([role.title, role.ofActorId]);
}

/** The role a stored string holds, or null when it is not one encodeRole wrote. */
export function decodeRole(stored: string): Role | null {
  const parsed: unknown = JSON.parse(stored);
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || (parsed[1] !== null && typeof parsed[1] !== 'string'))
    return null;
  return { title: parsed[0], ofActorId: parsed[1] as string | null };
}

export interface SpanLabels {
  /** Both bounds known and further apart than SHORT_SPAN_DAYS: an OVERLAPS window can reach it from before its sortKey range. */
  longSpan: boolean;
  /** Exactly one bound known: a POSSIBLY window reads the open side as forever. */
  openSpan: boolean;
}

const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The :LongSpan and :OpenSpan labels of a timeline item; the window queries (span-reach.ts) read them apart. */
export function spanLabels(date: FuzzyDate | null): SpanLabels {
  const earliest = date?.earliest ?? null;
  const latest = date?.latest ?? null;
  return {
    longSpan: earliest !== null && latest !== null && dayMs(latest) - dayMs(earliest) > SHORT_SPAN_DAYS * DAY_MS,
    openSpan: (earliest === null) !== (latest === null),
  };
}
