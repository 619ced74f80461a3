// Loads validated articles into Neo4j: constraints first, then the articles in batches of one write transaction
// each (a batch is written completely or not at all, so never half an article), then the other indexes. Every
// source's claims are kept on their subjects and the shown values reconciled from all of them (claim-batch.ts), so
// seeding A then B, B then A or both at once gives the same graph; re-writing an article replaces its claims and
// evidence. Into an empty graph, nodes the write has not made yet are CREATEd (new-node-rows.ts).
import type { Driver } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { loadQueries } from '../../cypher/load-queries.ts';
import { runWrite } from './transactions.ts';
import { rememberWritten, splitNewRows, startWrittenIds, writeSteps } from './new-node-rows.ts';
import { BATCH_QUERIES } from './write-batch-rows.ts';
import { CLAIM_QUERIES, planClaimWrite, rememberSeen, type SeenInRun } from './claim-batch.ts';
import { awaitIndexes, createSchema, schemaPhases, type SchemaOptions } from './write-schema.ts';

export interface WriteOptions extends SchemaOptions {
  /**
   * Articles per write transaction. Why batch: each commit costs Neo4j a fixed amount (log flush, index updates),
   * so 2,000 one-article commits spent most of the seed on it; 50 measured best (see docs/benchmarks.md).
   */
  batchSize?: number;
  /** Called after each committed batch with the articles written so far (for a progress line). */
  onProgress?: (written: number, total: number) => void;
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
  const queries = await loadQueries([...steps, ...CLAIM_QUERIES, 'admin/holds-facts', 'write/graph-version']);
  const schema = await schemaPhases();
  await createSchema(driver, schema.before, options);
  const heldFacts = await holdsFacts(driver, queries['admin/holds-facts'], options);
  const written = startWrittenIds(heldFacts);
  const seen: SeenInRun = heldFacts ? null : { subjects: new Set(), sources: new Set() };
  let done = 0;
  for (const batch of inBatches(articles, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
    let merged: Awaited<ReturnType<typeof planClaimWrite>>['rows'] | null = null;
    try {
      await runWrite(driver, options.database, async (tx) => {
        const plan = await planClaimWrite(tx, queries, batch, [], seen);
        merged = plan.rows;
        const rows = splitNewRows(plan.rows, written);
        for (const name of steps) if (rows[name].rows.length > 0) await tx.run(queries[name], rows[name]);
        if (plan.orphans.length > 0) await tx.run(queries['write/delete-subjects'], { rows: plan.orphans });
        if (plan.searchRows.length > 0) await tx.run(queries['write/search-texts'], { rows: plan.searchRows });
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
    rememberWritten(merged!, written);
    rememberSeen(seen, batch);
    done += batch.length;
    options.onProgress?.(done, articles.length);
  }
  await createSchema(driver, schema.after, options);
  await awaitIndexes(driver, options);
}

/** `--remove` named sources the graph does not hold; nothing was changed. */
export class UnknownSourceError extends Error {
  constructor(readonly sourceIds: readonly string[]) {
    super(`no source ${sourceIds.map((id) => `"${id}"`).join(', ')} in the graph; nothing was removed`);
    this.name = 'UnknownSourceError';
  }
}

/**
 * Takes sources out of the graph in one transaction (none if an id names no source): their evidence, citations and claims go, every subject they
 * supported is reconciled from the claims left, and subjects no other source supports go with them.
 */
export async function removeSources(
  driver: Driver,
  sourceIds: readonly string[],
  options: SchemaOptions = {},
): Promise<void> {
  const steps = writeSteps(BATCH_QUERIES);
  const queries = await loadQueries([...steps, ...CLAIM_QUERIES, 'write/graph-version']);
  await runWrite(driver, options.database, async (tx) => {
    // An id that names no source is a mistake (a typo would otherwise "remove" nothing and report success).
    const found = new Set(
      (await tx.run(queries['write/published-dates'], { sourceIds })).records.map((r) => String(r.get('id'))),
    );
    const unknown = sourceIds.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new UnknownSourceError(unknown);
    const plan = await planClaimWrite(tx, queries, [], sourceIds, null);
    const rows = splitNewRows(plan.rows, null);
    for (const name of steps) if (rows[name].rows.length > 0) await tx.run(queries[name], rows[name]);
    if (plan.orphans.length > 0) await tx.run(queries['write/delete-subjects'], { rows: plan.orphans });
    if (plan.searchRows.length > 0) await tx.run(queries['write/search-texts'], { rows: plan.searchRows });
    await tx.run(queries['write/delete-sources'], { sourceIds });
    await tx.run(queries['write/graph-version']);
  });
}
