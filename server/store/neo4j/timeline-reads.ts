// Picks the timeline's page and count queries for one request, so each query can be written for an index
// (a sortKey range, or a walk from the actors) instead of one generic predicate that none can serve.
import type { ManagedTransaction } from 'neo4j-driver';
import type { TimelineQuery } from '../store.ts';
import type { PageRow } from './cypher-reader.ts';
import { MAX_DAY, MIN_DAY } from '../../../core/dates/day-range.ts';
import { seekRange } from './span-reach.ts';

export const TIMELINE_QUERIES = [
  'read/timeline-page',
  'read/timeline-count',
  'read/timeline-page-overlaps',
  'read/timeline-count-overlaps',
  'read/timeline-page-possibly',
  'read/timeline-count-possibly',
  'read/timeline-page-within',
  'read/timeline-count-within',
  'read/timeline-page-actors',
  'read/timeline-count-actors',
  'read/timeline-page-sources',
  'read/timeline-count-sources',
] as const;

export type TimelineQueryName = (typeof TIMELINE_QUERIES)[number];

export interface TimelineRead {
  page: TimelineQueryName;
  count: TimelineQueryName;
  filters: Record<string, unknown>;
}

export function timelineRead(q: TimelineQuery): TimelineRead {
  const { window, match } = q;
  if (q.sourceIds && q.sourceIds.length > 0) {
    return {
      page: 'read/timeline-page-sources',
      count: 'read/timeline-count-sources',
      filters: { sourceIds: q.sourceIds, actorIds: q.actorIds, from: window.from, to: window.to, match },
    };
  }
  if (q.actorIds.length > 0) {
    return {
      page: 'read/timeline-page-actors',
      count: 'read/timeline-count-actors',
      filters: { actorIds: q.actorIds, from: window.from, to: window.to, match },
    };
  }
  if (window.from === null && window.to === null) {
    return { page: 'read/timeline-page', count: 'read/timeline-count', filters: {} };
  }
  // The window queries compare with plain bounds: an open end is the lowest or highest day (as in window.ts).
  const filters = { ...seekRange(window, match), from: window.from ?? MIN_DAY, to: window.to ?? MAX_DAY };
  switch (match) {
    case 'OVERLAPS':
      return { page: 'read/timeline-page-overlaps', count: 'read/timeline-count-overlaps', filters };
    case 'POSSIBLY':
      return { page: 'read/timeline-page-possibly', count: 'read/timeline-count-possibly', filters };
    case 'WITHIN':
      return { page: 'read/timeline-page-within', count: 'read/timeline-count-within', filters };
  }
}

/** A batched read by id (by-id-reads.ts): one entry per id, in order, null for one not in the graph. */
export type ByIdRead<T> = (tx: ManagedTransaction, ids: readonly string[]) => Promise<Array<T | null>>;

/** A timeline item of either kind, full (TimelineItem) or a summary (TimelineItemSummary). */
export type TimelineEntry<E, S> = ({ itemType: 'Event' } & E) | ({ itemType: 'Statement' } & S);

/** The page's rows as items, events and statements each read in one batch; null for an id no longer in the graph. */
export async function timelineItems<E extends { id: string }, S extends { id: string }>(
  rows: readonly PageRow[],
  events: (ids: readonly string[]) => Promise<Array<E | null>>,
  statements: (ids: readonly string[]) => Promise<Array<S | null>>,
): Promise<Array<TimelineEntry<E, S> | null>> {
  const idsOf = (type: string) => rows.filter((r) => r.itemType === type).map((r) => r.id);
  const [es, ss] = await Promise.all([events(idsOf('Event')), statements(idsOf('Statement'))]);
  const byKey = new Map<string, TimelineEntry<E, S>>();
  for (const e of es) if (e) byKey.set(`Event:${e.id}`, { itemType: 'Event', ...e });
  for (const s of ss) if (s) byKey.set(`Statement:${s.id}`, { itemType: 'Statement', ...s });
  return rows.map((r) => byKey.get(`${r.itemType}:${r.id}`) ?? null);
}
