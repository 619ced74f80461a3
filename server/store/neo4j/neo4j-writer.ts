// Loads validated articles into Neo4j: the schema first (idempotent), then each article in one write
// transaction, so an article is written completely or not at all, and re-writing one changes nothing.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { loadQueries, loadQueryGroup } from '../../cypher/load-queries.ts';
import { articleRows, WRITE_QUERIES } from './article-rows.ts';
import { runWrite } from './transactions.ts';

export interface WriteOptions {
  database?: string;
  /** How long to wait for new indexes (the fulltext one) to come online. */
  indexTimeoutSeconds?: number;
}

/** Creates every constraint and index under cypher/schema that does not exist yet, and waits for them. */
export async function ensureSchema(driver: Driver, options: WriteOptions = {}): Promise<void> {
  const schema = await loadQueryGroup('schema');
  const { 'admin/await-indexes': awaitIndexes } = await loadQueries(['admin/await-indexes']);
  // Each in its own transaction: a schema command cannot share one with data writes.
  for (const q of schema) await runWrite(driver, options.database, (tx) => tx.run(q.text));
  await runWrite(driver, options.database, (tx) =>
    tx.run(awaitIndexes, { timeoutSeconds: neo4j.int(options.indexTimeoutSeconds ?? 120) }),
  );
}

export async function writeArticles(
  driver: Driver,
  articles: readonly ParsedArticle[],
  options: WriteOptions = {},
): Promise<void> {
  const queries = await loadQueries(WRITE_QUERIES);
  await ensureSchema(driver, options);
  for (const article of articles) {
    const rows = articleRows(article);
    await runWrite(driver, options.database, async (tx) => {
      for (const name of WRITE_QUERIES) await tx.run(queries[name], rows[name]);
    });
  }
}
