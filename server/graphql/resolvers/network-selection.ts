// Which network read a request needs: the lean one (store.ts NetworkLinks) unless the query selects, anywhere
// under `network`, a field only the full summaries hold. The lean read leaves out each actor's aliases, roles and
// claim lists (a hub's run to thousands of article ids), which were most of a hub network's read on Neo4j. Only a
// choice of cost: the Actor and claim-subject resolvers read what a lean object lacks through the loaders.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Fields whose values a lean actor or relationship does not hold. */
const FULL_ONLY = new Set(['aliases', 'roles', 'sources', 'disputes']);

export function needsFullNetwork(info: GraphQLResolveInfo): boolean {
  const seen = new Set<string>();
  const names = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((s) => {
      if (s.kind === Kind.FIELD) return FULL_ONLY.has(s.name.value) || names(s.selectionSet);
      if (s.kind === Kind.INLINE_FRAGMENT) return names(s.selectionSet);
      // A fragment is looked at once: fragments may not cycle, but may be spread many times.
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return names(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((field) => names(field.selectionSet));
}
