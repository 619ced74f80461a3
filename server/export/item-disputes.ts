// What the timeline exports need of disputes: each item's disputed fields and, for a disputed date, every
// source's claimed date (one store call for the items that have one), named by the source's publisher.
import type { Claim } from '../domain/claims/claim.ts';
import type { FuzzyDate, Source, TimelineItem } from '../domain/types.ts';
import type { GraphStore } from '../store/store.ts';

export interface ItemDispute {
  field: string;
  claims: Array<{ date: FuzzyDate | null; source: { id: string; publisher: string } }>;
}

/** The claims on `date` of every item whose date is disputed, by item id. */
export async function loadDateClaims(store: GraphStore, items: readonly TimelineItem[]): Promise<Map<string, Claim[]>> {
  const ids = items.filter((i) => i.disputedFields.includes('date')).map((i) => i.id);
  if (ids.length === 0) return new Map();
  const claims = await store.getClaims(ids);
  return new Map(ids.map((id, i) => [id, (claims[i] ?? []).filter((c) => c.field === 'date')]));
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
