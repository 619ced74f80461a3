// The whole event or statement behind a timeline summary (store.ts TimelineItemSummary), through the request's
// loaders so a page's items are read in one batch. An item gone from the graph since its page was read (a seed
// committed between the two reads) has nothing more to show: empty lists, as for an item that holds none.
import type { Event, Statement } from '../../../core/domain/types.ts';
import type { Loaders } from '../loaders.ts';

const NO_EVENT_LISTS: Pick<Event, 'links' | 'statementIds' | 'evidence'> = {
  links: [],
  statementIds: [],
  evidence: [],
};
const NO_STATEMENT_LISTS: Pick<Statement, 'quoteIds' | 'evidence'> = { quoteIds: [], evidence: [] };

export async function fullEvent(
  e: { id: string },
  loaders: Loaders,
): Promise<Pick<Event, keyof typeof NO_EVENT_LISTS>> {
  return (await loaders.events.load(e.id)) ?? NO_EVENT_LISTS;
}

export async function fullStatement(
  s: { id: string },
  loaders: Loaders,
): Promise<Pick<Statement, keyof typeof NO_STATEMENT_LISTS>> {
  return (await loaders.statements.load(s.id)) ?? NO_STATEMENT_LISTS;
}
