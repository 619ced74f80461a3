// The two reads of sources: `sourcesConnection`, a bounded page (with a text match to find one outlet among
// thousands), and `sources`, the older unpaged list, which answers only while the graph is small enough.
import { createGraphQLError } from 'graphql-yoga';
import type { Source } from '../../../core/domain/types.ts';
import { readCursor, readFilterText, readFirst, readIds } from '../../input/read-arguments.ts';
import type { GraphStore } from '../../store/store.ts';
import { LIMITS } from '../limits.ts';
import { graphqlArgs } from '../user-input.ts';
import { toConnection } from './connection.ts';

type Args = Record<string, unknown>;

export async function sourcesConnection(store: GraphStore, a: Args) {
  const q = graphqlArgs(() => ({
    search: readFilterText('search', a.search),
    publisher: readFilterText('publisher', a.publisher),
    ids: readIds('ids', a.ids),
    first: readFirst(a.first),
    after: readCursor(a.after),
  }));
  return toConnection(await store.pageSources(q), q.after);
}

/**
 * Every source while there are at most LIMITS.maxSourcesList; past that a coded refusal rather than a list the
 * size of the corpus (69,833 at a million events). Refusing, not truncating: a cut list read as the whole one
 * would silently drop outlets from a tool's filter. The store reads one row past the cap, never the rest.
 */
export async function allSources(store: GraphStore): Promise<Source[]> {
  const max = LIMITS.maxSourcesList;
  const page = await store.pageSources({ search: null, publisher: null, ids: [], first: max, after: null });
  if (page.hasNextPage)
    throw createGraphQLError(
      `The graph holds ${page.totalCount} sources, more than the ${max} \`sources\` lists; page them with \`sourcesConnection\`.`,
      { extensions: { code: 'TOO_MANY_RESULTS', limit: max, totalCount: page.totalCount, use: 'sourcesConnection' } },
    );
  return page.items.map((e) => e.node);
}
