// API timeline items -> the timeline's entries (events keep participant order; statements lead with the speaker).
import type { ApiTimelineItem } from '../api/api-types.ts';
import type { TimelineEntry } from '../timeline/timeline-entry.ts';

export function toEntries(items: readonly ApiTimelineItem[]): TimelineEntry[] {
  return items.map((item) =>
    item.__typename === 'Event'
      ? {
          id: item.id,
          type: 'event',
          title: item.title,
          kind: item.kind,
          date: item.date,
          actors: dedupe(item.participants.map((p) => p.actor)),
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
        },
  );
}

function dedupe<T extends { id: string }>(actors: T[]): T[] {
  const seen = new Set<string>();
  return actors.filter((a) => !seen.has(a.id) && seen.add(a.id));
}
