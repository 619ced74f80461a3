// Domain items -> the client layout's input, through the client's own toEntries (after reshaping each
// item as the API returns it), so lanes and labels in the server's SVG are exactly the app's.
import type { Actor, TimelineItem } from '../../core/domain/types.ts';
import type { ActorRef, ApiTimelineItem } from '../../core/api/api-types.ts';
import { toEntries } from '../../core/timeline/to-entries.ts';
import type { TimelineEntry } from '../../core/timeline/timeline-entry.ts';

/** An actor the store no longer has still gets a lane, named by its id, rather than vanishing. */
function refOf(id: string, actors: ReadonlyMap<string, Actor>): ActorRef {
  const a = actors.get(id);
  return a ? { id: a.id, name: a.name, kind: a.kind } : { id, name: id, kind: 'GROUP' };
}

export function toApiItem(
  item: TimelineItem,
  actors: ReadonlyMap<string, Actor>,
  disputes: ApiTimelineItem['disputes'] = [],
): ApiTimelineItem {
  // Only a disputed item carries the field, as the API's items have it only when asked.
  const disputed = disputes?.length ? { disputes } : {};
  if (item.itemType === 'Event') {
    return {
      ...disputed,
      __typename: 'Event',
      id: item.id,
      title: item.title,
      kind: item.kind,
      date: item.date,
      participants: item.participants.map((p) => ({ role: p.role, actor: refOf(p.actorId, actors) })),
    };
  }
  return {
    ...disputed,
    __typename: 'Statement',
    id: item.id,
    text: item.text,
    statementKind: item.kind,
    date: item.date,
    speaker: refOf(item.speakerId, actors),
    event: item.eventId ? { id: item.eventId } : null,
    quotedIn: item.quotedInId ? { id: item.quotedInId } : null,
  };
}

/** `disputesOf` says what is disputed about an item (item-disputes.ts); without it, nothing is. */
export function toTimelineEntries(
  items: readonly TimelineItem[],
  actors: ReadonlyMap<string, Actor>,
  disputesOf?: (item: TimelineItem) => ApiTimelineItem['disputes'],
): TimelineEntry[] {
  return toEntries(items.map((i) => toApiItem(i, actors, disputesOf?.(i))));
}
