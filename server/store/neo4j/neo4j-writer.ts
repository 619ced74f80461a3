// Loads validated articles into Neo4j: constraints first, then the articles in batches of one write transaction
// each (a batch is written completely or not at all, so never half an article), then the other indexes. Re-writing
// an article changes nothing. Into an empty graph, nodes the write has not made yet are CREATEd (new-node-rows.ts).
import type { Driver } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { loadQueries } from '../../cypher/load-queries.ts';
import { runWrite } from './transactions.ts';
import { rememberWritten, splitNewRows, startWrittenIds, writeSteps } from './new-node-rows.ts';
import { BATCH_QUERIES, batchRows } from './write-batch-rows.ts';
import { awaitIndexes, createSchema, schemaPhases, type SchemaOptions } from './write-schema.ts';

export interface WriteOptions extends SchemaOptions {
  /**
   * Articles per write transaction. Why batch: each commit costs Neo4j a fixed amount (log flush, index updates),
   * so 2,000 one-article commits spent most of the seed on it; 50 measured best (see docs/benchmarks.md).
   */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 50;

/** A batch of articles failed to write: none of them was written; the batches before it were. */
export class ArticleWriteError extends Error {
  constructor(
    readonly files: readonly string[],
    readonly sourceIds: readonly string[],
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(
      `writing ${files.length} article(s) failed and none of them was written: ${reason}\n${files.map((f, i) => `  ${f} (${sourceIds[i] ?? '?'})`).join('\n')}`,
      options,
    );
    this.name = 'ArticleWriteError';
  }
}

/** Creates every constraint and index under cypher/schema that does not exist yet, and waits for them. */
export async function ensureSchema(driver: Driver, options: SchemaOptions = {}): Promise<void> {
  const { before, after } = await schemaPhases();
  await createSchema(driver, [...before, ...after], options);
  await awaitIndexes(driver, options);
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Asked on the write path, so a cluster answers from the leader that the batches will write to. */
async function holdsFacts(driver: Driver, query: string, options: WriteOptions): Promise<boolean> {
  return runWrite(
    driver,
    options.database,
    async (tx) => (await tx.run(query)).records[0]!.get('holdsFacts') as boolean,
  );
}

export async function writeArticles(
  driver: Driver,
  articles: readonly ParsedArticle[],
  options: WriteOptions = {},
): Promise<void> {
  const steps = writeSteps(BATCH_QUERIES);
  const queries = await loadQueries([...steps, 'admin/holds-facts', 'write/graph-version']);
  const schema = await schemaPhases();
  await createSchema(driver, schema.before, options);
  const written = startWrittenIds(await holdsFacts(driver, queries['admin/holds-facts'], options));
  for (const batch of inBatches(articles, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    const merged = batchRows(batch);
    const rows = splitNewRows(merged, written);
    try {
      await runWrite(driver, options.database, async (tx) => {
        for (const name of steps) if (rows[name].rows.length > 0) await tx.run(queries[name], rows[name]);
        // In the same transaction: the version changes exactly when these facts commit (docs/caching.md).
        await tx.run(queries['write/graph-version']);
      });
    } catch (e) {
      throw new ArticleWriteError(
        batch.map((a) => a.file),
        batch.map((a) => a.source.id),
        { cause: e },
      );
    }
    rememberWritten(merged, written);
  }
  await createSchema(driver, schema.after, options);
  await awaitIndexes(driver, options);
}
