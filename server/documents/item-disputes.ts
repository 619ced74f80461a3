// What the timeline exports need of disputes: each item's disputed fields and, for a disputed date, every
// source's claimed date (one store call for the items that have one), named by the source's publisher.
import type { Claim } from '../domain/claims/claim.ts';
import type { FuzzyDate, Source, TimelineItem } from '../../core/domain/types.ts';
import type { GraphStore } from '../store/store.ts';

export interface ItemDispute {
  field: string;
  claims: Array<{ date: FuzzyDate | null; source: { id: string; publisher: string } }>;
}

/** The claims on `date` of every item whose date is disputed, by item id. */
export async function loadDateClaims(store: GraphStore, items: readonly TimelineItem[]): Promise<Map<string, Claim[]>> {
  const dated = items.filter((i) => i.disputedFields.includes('date'));
  if (dated.length === 0) return new Map();
  const claims = await store.getClaims(dated.map((i) => i.id));
  // An id names one subject per type: an actor may share an event's id, so claims are kept by type too.
  return new Map(
    dated.map((item, i) => [
      item.id,
      (claims[i] ?? []).filter((c) => c.field === 'date' && c.subjectType === item.itemType),
    ]),
  );
}

export function itemDisputes(
  item: TimelineItem,
  dateClaims: ReadonlyMap<string, Claim[]>,
  sources: ReadonlyMap<string, Source>,
): ItemDispute[] {
  return item.disputedFields.map((field) => ({
    field,
    claims:
      field === 'date'
        ? (dateClaims.get(item.id) ?? []).map((c) => ({
            date: c.date,
            source: { id: c.sourceId, publisher: sources.get(c.sourceId)?.publisher ?? c.sourceId },
          }))
        : [],
  }));
}
