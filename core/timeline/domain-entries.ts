// Domain items (as the stores return them) -> the timeline's entries, through the builder the client's API items
// use too (entry-of.ts), so lanes and labels in the server's SVG and TimelineJS exports are exactly the app's.
import type { Actor, TimelineItem } from '../domain/types.ts';
import type { ActorRef, DisputeField } from '../api/api-types.ts';
import { eventEntry, statementEntry } from './entry-of.ts';
import type { TimelineEntry } from './timeline-entry.ts';

/** An actor the store no longer has still gets a lane, named by its id, rather than vanishing. */
function refOf(id: string, actors: ReadonlyMap<string, Actor>): ActorRef {
  const a = actors.get(id);
  return a ? { id: a.id, name: a.name, kind: a.kind } : { id, name: id, kind: 'GROUP' };
}

/** `disputesOf` says what is disputed about an item (server/documents/item-disputes.ts); without it, nothing is. */
export function toTimelineEntries(
  items: readonly TimelineItem[],
  actors: ReadonlyMap<string, Actor>,
  disputesOf?: (item: TimelineItem) => DisputeField[] | undefined,
): TimelineEntry[] {
  return items.map((item) =>
    item.itemType === 'Event'
      ? eventEntry(
          { ...item, participants: item.participants.map((p) => ({ role: p.role, actor: refOf(p.actorId, actors) })) },
          disputesOf?.(item),
        )
      : statementEntry(
          { ...item, statementKind: item.kind, eventId: item.eventId || null, speaker: refOf(item.speakerId, actors) },
          disputesOf?.(item),
        ),
  );
}
