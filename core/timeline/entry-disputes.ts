// An API item's disputes -> its entry's (entry-dispute.ts). Undisputed entries get no field at all, so the
// hundred thousand entries of a big timeline carry nothing extra.
import type { ApiTimelineItem } from '../api/api-types.ts';
import type { TimelineEntry } from './timeline-entry.ts';

export function entryDisputes(item: ApiTimelineItem, entry: TimelineEntry): TimelineEntry {
  if (!item.disputes?.length) return entry;
  entry.disputes = item.disputes.map((d) => ({
    field: d.field,
    dates: d.claims.flatMap((c) => (c.date ? [{ source: c.source.publisher, date: c.date }] : [])),
  }));
  return entry;
}
