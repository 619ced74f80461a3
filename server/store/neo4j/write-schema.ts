// The schema around a bulk write: uniqueness constraints before it (every write query MERGEs or MATCHes by id
// through them), every other index after it. Why: Neo4j maintains an index on every commit, and the fulltext one
// (Lucene) cost about a third of the write time when it was kept up row by row; building it once over the loaded
// graph is cheaper. The read indexes are not needed while writing.
import neo4j, { type Driver } from 'neo4j-driver';
import { loadQueries, loadQueryGroup } from '../../cypher/load-queries.ts';
import { runWrite } from './transactions.ts';

export interface SchemaOptions {
  database?: string;
  /** How long to wait for indexes created after the write (the fulltext one) to come online. */
  indexTimeoutSeconds?: number;
}

interface SchemaStatement {
  name: string;
  text: string;
}

const isConstraint = (q: SchemaStatement) => /^CREATE\s+CONSTRAINT\b/i.test(q.text);

/** cypher/schema split into what a write needs first (constraints) and what can wait until after it. */
export async function schemaPhases(): Promise<{ before: SchemaStatement[]; after: SchemaStatement[] }> {
  const schema = await loadQueryGroup('schema');
  return { before: schema.filter(isConstraint), after: schema.filter((q) => !isConstraint(q)) };
}

/** Runs each statement (all are IF NOT EXISTS), each in its own transaction: schema and data cannot share one. */
export async function createSchema(
  driver: Driver,
  statements: readonly SchemaStatement[],
  options: SchemaOptions = {},
): Promise<void> {
  for (const q of statements) await runWrite(driver, options.database, (tx) => tx.run(q.text));
}

/** Waits until every index is online: a new fulltext index is populated in the background after CREATE. */
export async function awaitIndexes(driver: Driver, options: SchemaOptions = {}): Promise<void> {
  const { 'admin/await-indexes': query } = await loadQueries(['admin/await-indexes']);
  await runWrite(driver, options.database, (tx) =>
    tx.run(query, { timeoutSeconds: neo4j.int(options.indexTimeoutSeconds ?? 120) }),
  );
}
