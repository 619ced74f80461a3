// Which network read a request needs: the lean one (store.ts NetworkLinks) unless the query selects, anywhere
// under `network`, a field only the full summaries hold. The lean read leaves out each actor's aliases, roles and
// claim lists (a hub's run to thousands of article ids), which were most of a hub network's read on Neo4j. Only a
// choice of cost: the Actor and claim-subject resolvers read what a lean object lacks through the loaders.
import type { GraphQLResolveInfo } from 'graphql';
import { selectsField } from './selects-field.ts';

/** Fields whose values a lean actor or relationship does not hold (page-actors.ts reads lean actors by it too). */
export const FULL_ONLY = new Set(['aliases', 'roles', 'sources', 'disputes']);

export function needsFullNetwork(info: GraphQLResolveInfo): boolean {
  return selectsField(info, FULL_ONLY);
}
