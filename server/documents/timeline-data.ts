// Loads what every timeline export needs in three store calls: the items, the actors they name and
// the sources their evidence quotes.
import type { Claim } from '../domain/claims/claim.ts';
import type { Actor, Source, TimelineItem } from '../../core/domain/types.ts';
import type { GraphStore } from '../store/store.ts';
import { collectTimeline } from './collect-timeline.ts';
import type { TimelineFilters } from '../input/export-options.ts';
import { loadDateClaims } from './item-disputes.ts';

export interface TimelineData {
  filters: TimelineFilters;
  items: TimelineItem[];
  actors: Map<string, Actor>;
  /** Sources the items' evidence comes from, by publication date then id. */
  sources: Source[];
  /** Every source's claimed date of each item whose date is disputed (see item-disputes.ts). */
  dateClaims?: Map<string, Claim[]>;
}

export function actorIdsOf(item: TimelineItem): string[] {
  return item.itemType === 'Event' ? item.participants.map((p) => p.actorId) : [item.speakerId];
}

function present<T>(values: Array<T | null>): T[] {
  return values.filter((v): v is T => v !== null);
}

export async function loadTimelineData(store: GraphStore, filters: TimelineFilters): Promise<TimelineData> {
  const items = await collectTimeline(store, filters);
  const actorIds = [...new Set(items.flatMap(actorIdsOf))];
  const sourceIds = [...new Set(items.flatMap((i) => i.evidence.map((e) => e.sourceId)))];
  const [actors, sources, dateClaims] = await Promise.all([
    store.getActors(actorIds),
    store.getSources(sourceIds),
    loadDateClaims(store, items),
  ]);
  return {
    filters,
    items,
    actors: new Map(present(actors).map((a) => [a.id, a])),
    dateClaims,
    sources: present(sources).sort(
      (a, b) => a.publishedAt.localeCompare(b.publishedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    ),
  };
}
