// Which timeline read a request needs: item summaries (store.ts TimelineItemSummary) unless the query selects,
// anywhere under `timeline`, a field only whole items hold. On Neo4j an event's links with their evidence, its
// statement ids and its evidence spans were most of a month page's db hits (docs/benchmarks.md), and the client's
// pages show none of them. Only a choice of cost: Event and Statement read what a summary lacks through the loaders.
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selects-field.ts';

/** Fields (on Event or Statement) whose values a summary does not hold. */
const FULL_ONLY = new Set(['links', 'statements', 'quotes', 'evidence']);

export function needsFullTimeline(info: GraphQLResolveInfo): boolean {
  return selectsField(info, FULL_ONLY);
}
