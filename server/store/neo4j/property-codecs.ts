// How the writer stores values Neo4j properties cannot hold as they are, and how the reads get them back (numbers
// come back as driver Integers): one module both sides import, so the write path needs no read module and the two
// cannot drift apart.
import { isInt } from 'neo4j-driver';
import { DAY_MS } from '../../../core/timeline/date-extent.ts';
import type { FuzzyDate, Role } from '../../../core/domain/types.ts';
import { SHORT_SPAN_DAYS } from '../short-span.ts';

/** A value the writer would not have stored: the graph was written by something else. */
export class GraphShapeError extends Error {
  constructor(what: string, value: unknown) {
    super(`unexpected ${what} in the graph: ${JSON.stringify(value)}`);
    this.name = 'GraphShapeError';
  }
}

/** Neo4j integers (and floats, should a number ever be stored as one) -> a JS number. */
export function toNumber(v: unknown, what = 'number'): number {
  if (isInt(v)) return v.toNumber();
  if (typeof v === 'number') return v;
  throw new GraphShapeError(what, v);
}

/** Roles are stored as JSON `[title, ofActorId]` strings (so lists of them can be unioned and compared in Cypher). */
export function encodeRole(role: Role): string {
  return JSON.stringify([role.title, role.ofActorId]);
}

/** The role encodeRole stored; anything else is a GraphShapeError. */
export function decodeRole(stored: unknown): Role {
  const parsed: unknown = typeof stored === 'string' ? JSON.parse(stored) : null;
  if (!Array.isArray(parsed) || typeof parsed[0] !== 'string' || (parsed[1] !== null && typeof parsed[1] !== 'string'))
    throw new GraphShapeError('role', stored);
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
