// The one Neo4j writer: it owns its driver and loads the Cypher it runs once, when made. It loads validated
// articles in batches of one write transaction each (a batch is written completely or not at all, so never half an
// article), with the constraints before and the other indexes after (write-schema.ts). Every source's claims are
// kept on their subjects and the shown values reconciled from all of them (claim-batch.ts), so seeding A then B,
// B then A or both at once gives the same graph; re-writing an article replaces its claims and evidence. Into a
// graph holding no data, a first seed goes in bulk instead (bulk-seed.ts: every node written once, the same graph).
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import { loadQueries, loadQueryGroup, type QueryMap } from '../../cypher/load-queries.ts';
import { BULK_QUERIES, bulkFirstSeed, firstSeedState, wipePartialLoad } from './bulk-seed.ts';
import { CLAIM_QUERIES, planClaimWrite, rememberRun, startRunMemory } from './claim-batch.ts';
import type { ClaimWrite } from './claim-rows.ts';
import { DENSITY_COUNT_QUERIES, keepingDensityCounts } from './density-counts.ts';
import { rememberCounted, startDensityMemory, writeDensityTable, type DensityMemory } from './density-table.ts';
import { createDriver, type DriverOptions, type Neo4jConnection } from './create-driver.ts';
import { graphCounts, type GraphCounts } from './graph-counts.ts';
import { runWrite } from './transactions.ts';
import { ArticleWriteError, UnknownSourceError } from './write-errors.ts';
import { schemaPhases, type SchemaPhases } from './write-schema.ts';
import { batchSteps, rememberWritten, startWrittenIds, WRITE_STEPS, type WrittenIds } from './write-steps.ts';

export { ArticleWriteError, UnknownSourceError };

/**
 * Articles per write transaction. Why batch: each commit costs Neo4j a fixed amount (log flush, index updates),
 * so 2,000 one-article commits spent most of the seed on it; 50 measured best (see docs/benchmarks.md).
 */
export const DEFAULT_BATCH_SIZE = 50;

const WRITER_QUERIES = [
  ...WRITE_STEPS,
  ...CLAIM_QUERIES,
  ...BULK_QUERIES,
  'admin/holds-facts',
  'admin/await-indexes',
  'write/graph-version',
  ...DENSITY_COUNT_QUERIES,
] as const;

type WriterQuery = (typeof WRITER_QUERIES)[number];

export interface WriterOptions extends DriverOptions {
  /** How long to wait for indexes created after the write (the fulltext one) to come online. */
  indexTimeoutSeconds?: number;
}

export interface WriteOptions {
  batchSize?: number;
  /** Called after each committed batch with the articles written so far (for a progress line). */
  onProgress?: (written: number, total: number) => void;
  /**
   * Instrumentation (bench/experiments/seed-steps.ts): the batch transaction each batch's statements run in, given
   * the writer's queries by name so a wrapper can tell which statement it runs.
   */
  instrument?: (tx: ManagedTransaction, queries: Readonly<Record<string, string>>) => ManagedTransaction;
  /**
   * How a seed into a graph holding no data writes: 'bulk' (the default: every row once, bulk-seed.ts) or 'batches'
   * (as into a graph with data; kept so tests can compare the two). Either leaves the same graph.
   */
  firstSeed?: 'bulk' | 'batches';
  /** Rows per statement and transaction of a bulk first seed (bulk-seed.ts). */
  bulkChunkRows?: number;
}

export function inBatches<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`batch size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export class Neo4jWriter {
  private constructor(
    private readonly driver: Driver,
    private readonly queries: QueryMap<WriterQuery>,
    private readonly schema: SchemaPhases,
    private readonly database: string | undefined,
    private readonly indexTimeoutSeconds: number,
  ) {}

  /** A writer over a new driver for `connection` (closed by close()); a missing query file fails here. */
  static async connect(connection: Neo4jConnection, options: WriterOptions = {}): Promise<Neo4jWriter> {
    const [queries, schema] = await Promise.all([loadQueries(WRITER_QUERIES), loadQueryGroup('schema')]);
    return new Neo4jWriter(
      createDriver(connection, options),
      queries,
      schemaPhases(schema),
      connection.database,
      options.indexTimeoutSeconds ?? 120,
    );
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  /** What the graph holds, by label and relationship type (the seed's report). */
  counts(): Promise<GraphCounts> {
    return graphCounts(this.driver, this.database);
  }

  /** Writes the articles (already validated) batch by batch; a failed batch throws ArticleWriteError. */
  async write(articles: readonly ParsedArticle[], options: WriteOptions = {}): Promise<void> {
    await this.createSchema(this.schema.before);
    const state = await firstSeedState((w) => this.transaction(w), this.queries);
    // A killed bulk pass left a partial load: it goes, and this seed is a first seed again.
    if (state.interrupted) await wipePartialLoad((w) => this.transaction(w), this.queries);
    if (state.empty && articles.length > 0 && options.firstSeed !== 'batches') await this.writeBulk(articles, options);
    else await this.writeBatches(articles, options);
    await this.createSchema(this.schema.after);
    // A new fulltext index is populated in the background after CREATE: wait until every index is online.
    await this.transaction((tx) =>
      tx.run(this.queries['admin/await-indexes'], { timeoutSeconds: neo4j.int(this.indexTimeoutSeconds) }),
    );
  }

  /** A first seed in one pass; a failure wipes what it wrote (best effort: a marker left behind is wiped next time). */
  private async writeBulk(articles: readonly ParsedArticle[], options: WriteOptions): Promise<void> {
    const transact = <T>(w: (tx: ManagedTransaction) => Promise<T>) => this.transaction(w);
    try {
      await bulkFirstSeed(transact, this.queries, articles, { ...options, chunkRows: options.bulkChunkRows });
    } catch (e) {
      await wipePartialLoad(transact, this.queries).catch(() => undefined);
      throw new ArticleWriteError(
        articles.map((a) => a.file),
        articles.map((a) => a.source.id),
        { cause: e },
      );
    }
  }

  /** Batch by batch, each batch one transaction; a failed batch throws ArticleWriteError and the ones before stay. */
  private async writeBatches(articles: readonly ParsedArticle[], options: WriteOptions): Promise<void> {
    // Asked on the write path, so a cluster answers from the leader that the batches will write to.
    const heldFacts = await this.transaction(
      async (tx) => (await tx.run(this.queries['admin/holds-facts'])).records[0]!.get('holdsFacts') as boolean,
    );
    const written = startWrittenIds(heldFacts);
    const seen = startRunMemory(heldFacts);
    let counted = startDensityMemory(heldFacts);
    let done = 0;
    for (const batch of inBatches(articles, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      let plan: ClaimWrite | undefined;
      try {
        plan = await this.transaction(async (outer) => {
          const tx = options.instrument?.(outer, this.queries) ?? outer;
          const p = await planClaimWrite(tx, this.queries, batch, [], seen);
          await this.runPlan(tx, p, written, counted);
          return p;
        });
      } catch (e) {
        // The batches before this one stay, and so must their count table (best effort: the failure may be Neo4j's).
        if (done > 0) await this.writeCounted(counted, options).catch(() => undefined);
        throw new ArticleWriteError(
          batch.map((a) => a.file),
          batch.map((a) => a.source.id),
          { cause: e },
        );
      }
      rememberWritten(plan.rows, written);
      rememberRun(seen, plan);
      counted = rememberCounted(counted, plan);
      done += batch.length;
      options.onProgress?.(done, articles.length);
    }
    if (done > 0) await this.writeCounted(counted, options);
  }

  /**
   * Takes sources out of the graph in one transaction (none if an id names no source): their evidence, citations
   * and claims go, every subject they supported is reconciled from the claims left, and subjects no other source
   * supports go with them.
   */
  async remove(sourceIds: readonly string[]): Promise<void> {
    await this.transaction(async (tx) => {
      // An id that names no source is a mistake (a typo would otherwise "remove" nothing and report success).
      const found = new Set(
        (await tx.run(this.queries['write/published-dates'], { sourceIds })).records.map((r) => String(r.get('id'))),
      );
      const unknown = sourceIds.filter((id) => !found.has(id));
      if (unknown.length > 0) throw new UnknownSourceError(unknown);
      await this.runPlan(tx, await planClaimWrite(tx, this.queries, [], sourceIds, null), null, null);
      await tx.run(this.queries['write/delete-sources'], { sourceIds });
    });
  }

  /** The batch's rows, orphans and search texts, then the graph version: in the same transaction, so the version changes exactly when these facts commit (docs/caching.md). */
  private async runPlan(
    tx: ManagedTransaction,
    plan: ClaimWrite,
    written: WrittenIds,
    counted: DensityMemory,
  ): Promise<void> {
    await keepingDensityCounts(tx, this.queries, plan, written !== null, counted, async () => {
      for (const step of batchSteps(plan.rows, written)) await tx.run(this.queries[step.query], { rows: step.rows });
      if (plan.orphans.length > 0) await tx.run(this.queries['write/delete-subjects'], { rows: plan.orphans });
    });
    if (plan.searchRows.length > 0) await tx.run(this.queries['write/search-texts'], { rows: plan.searchRows });
    await tx.run(this.queries['write/graph-version']);
  }

  /** A first seed's density count table, counted in memory, and its marker (density-table.ts); null: kept in Neo4j. */
  private async writeCounted(counted: DensityMemory, options: WriteOptions): Promise<void> {
    if (counted === null) return;
    await this.transaction((outer) => {
      const tx = options.instrument?.(outer, this.queries) ?? outer;
      return writeDensityTable(tx, this.queries['write/density-table'], counted, true);
    });
  }

  private transaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return runWrite(this.driver, this.database, work);
  }

  /** Each statement (all are IF NOT EXISTS) in its own transaction: schema and data cannot share one. */
  private async createSchema(statements: SchemaPhases['before']): Promise<void> {
    for (const q of statements) await this.transaction((tx) => tx.run(q.text));
  }
}
