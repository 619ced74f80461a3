// API timeline items (the client's GraphQL answers) -> the timeline's entries, through the builder the server's
// domain items use too (entry-of.ts).
import type { ApiTimelineItem } from '../api/api-types.ts';
import { eventEntry, statementEntry } from './entry-of.ts';
import type { TimelineEntry } from './timeline-entry.ts';

export { orderParticipants } from './entry-of.ts';

export function toEntries(items: readonly ApiTimelineItem[]): TimelineEntry[] {
  return items.map((item) =>
    item.__typename === 'Event'
      ? eventEntry(item, item.disputes)
      : statementEntry({ ...item, eventId: item.event?.id ?? null }, item.disputes),
  );
}
