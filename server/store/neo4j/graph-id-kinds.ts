// The seed's kind check against the graph (server/article/graph-id-kinds.ts): before anything is written, one read
// transaction asks what the graph holds for the incoming documents' ids (read/claims-by-id, the ids as a parameter)
// and names each clashing source by its title, since a stored source keeps no file name.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ArticleValidationError } from '../../article/article-validation-error.ts';
import { declarations } from '../../article/check-id-kinds.ts';
import {
  findGraphClashes,
  graphClashErrors,
  heldDeclarations,
  type HeldDeclaration,
} from '../../article/graph-id-kinds.ts';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { loadQueries } from '../../cypher/load-queries.ts';
import { readClaims } from './claim-reads.ts';
import { runRead } from './transactions.ts';

const QUERIES = ['admin/holds-facts', 'read/claims-by-id', 'read/sources-by-id'] as const;
type Query = (typeof QUERIES)[number];

/** Ids per read: bounds what one answer holds when a large corpus is seeded into a full graph. */
const IDS_PER_READ = 2000;

interface StoredSource {
  id: string;
  title: string | null;
  publisher: string | null;
}

const describe = (s: StoredSource | undefined, id: string) =>
  `source "${id}"${s?.title ? ` (${[s.title, s.publisher].filter(Boolean).join(', ')})` : ''}`;

async function clashesIn(
  tx: ManagedTransaction,
  queries: Readonly<Record<Query, string>>,
  articles: readonly ParsedArticle[],
): Promise<ArticleValidationError[]> {
  const rows = async (q: Query, params: Record<string, unknown>) =>
    (await tx.run(queries[q], params)).records.map((r) => r.toObject() as Record<string, unknown>);
  // An empty graph (the first seed, the benchmark) holds nothing to clash with: no need to read every id.
  if ((await rows('admin/holds-facts', {}))[0]?.['holdsFacts'] !== true) return [];
  const ids = [...new Set(articles.flatMap((a) => declarations(a).map(([id]) => id)))];
  const held: HeldDeclaration[] = [];
  for (let i = 0; i < ids.length; i += IDS_PER_READ)
    for (const claims of await readClaims(rows, ids.slice(i, i + IDS_PER_READ))) held.push(...heldDeclarations(claims));
  const clashes = findGraphClashes(articles, held);
  if (clashes.length === 0) return [];
  const sourceIds = [...new Set(clashes.flatMap((c) => c.sourceIds))];
  const sources = new Map(
    (await rows('read/sources-by-id', { ids: sourceIds })).map((r) => {
      const s = r['source'] as StoredSource;
      return [s.id, s] as const;
    }),
  );
  return graphClashErrors(clashes, (id) => describe(sources.get(id), id));
}

/** The documents' declarations that contradict another source in the graph, one error per document; [] when none. */
export async function graphKindClashes(
  driver: Driver,
  articles: readonly ParsedArticle[],
  database?: string,
): Promise<ArticleValidationError[]> {
  const queries = await loadQueries(QUERIES);
  return runRead(driver, database, (tx) => clashesIn(tx, queries, articles));
}
