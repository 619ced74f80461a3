// A page's own actors (participants, speakers), fetched in one batch before its fields resolve.
// They would be fetched in one batch anyway (the loaders batch per tick); fetching them first lets each
// participant's and speaker's `actor` resolve from memory instead of as a promise per item, and those
// promises cost far more than the read itself on the embedded store (~1,500 per 500-item page).
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Event, Statement, TimelineItem } from '../../../core/domain/types.ts';
import type { ActorLink, ActorSummary, Page, TimelineItemSummary } from '../../store/store.ts';
import type { GraphQLContext } from '../context.ts';
import { FULL_ONLY } from './network-selection.ts';
import { selectsField } from './selects-field.ts';

type PageItem = TimelineItem | TimelineItemSummary | Event | Statement;

const PARTICIPANT_ACTOR = ['edges', 'node', 'participants', 'actor'] as const;
const SPEAKER = ['edges', 'node', 'speaker'] as const;

/** Fetches the actors a page's items name, when the query asks for them; the page is returned unchanged. */
export async function withPageActors<T extends PageItem>(
  page: Page<T>,
  info: GraphQLResolveInfo,
  { store, actorsAtHand }: GraphQLContext,
): Promise<Page<T>> {
  const participants = selects(info, PARTICIPANT_ACTOR);
  const speakers = selects(info, SPEAKER);
  if (!participants && !speakers) return page;
  const ids = new Set<string>();
  for (const { node } of page.items) {
    if (participants && 'participants' in node) for (const p of node.participants) ids.add(p.actorId);
    if (speakers && 'speakerId' in node) ids.add(node.speakerId);
  }
  // The store call the actors loader makes (loaders.ts), without the loader: DataLoader's promise and cache entry
  // per key cost ~50 times the embedded store's lookup. A missing actor is simply not at hand, and if the call
  // fails nothing is: each field then asks the loader itself, so nulls and errors surface where and as before.
  // Only their links (id, name, kind) unless the query selects a field only summaries hold: a hub's claim list
  // runs to thousands of article ids, and reading those was most of a Neo4j month page (docs/benchmarks.md). As
  // for the network, a choice of cost only: the Actor resolvers read what a link lacks through the loaders.
  const read = selectsField(info, FULL_ONLY) ? store.getActorSummaries : store.getActorLinks;
  let found: ReadonlyArray<ActorSummary | ActorLink | null> = [];
  try {
    found = await read.call(store, [...ids]);
  } catch {
    return page;
  }
  for (const actor of found) if (actor) actorsAtHand.set(actor.id, actor);
  return page;
}

/** Whether the field's selection reaches `path` (through fragments; type conditions and directives ignored). */
function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some((field) => reaches(field.selectionSet, path, info));
}

function reaches(set: SelectionSetNode | undefined, path: readonly string[], info: GraphQLResolveInfo): boolean {
  if (path.length === 0) return true;
  if (!set) return false;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value === path[0] && reaches(s.selectionSet, path.slice(1), info)) return true;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      if (reaches(s.selectionSet, path, info)) return true;
    } else if (reaches(info.fragments[s.name.value]?.selectionSet, path, info)) {
      return true;
    }
  }
  return false;
}
