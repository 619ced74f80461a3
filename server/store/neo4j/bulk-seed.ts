// A first seed in bulk: when the graph holds no data, the graph every article leaves is the one they leave written
// as one batch, so the writer computes every row once in memory (each subject reconciled from all its claims at
// once, claim-rows.ts with nothing stored) and writes each node exactly once with CREATE, in chunked transactions, in
// dependency order. Why: the batch path re-reads nothing on a first seed but still rewrites a hub actor's whole claim
// list in every batch naming it, pays a commit per 50 articles and looks up every node it links per batch
// (docs/benchmarks.md, "A first seed in bulk"). The load is not one transaction (1M events would not fit Neo4j's
// heap): a marker node (write/seed-started) is committed first and removed in the last transaction, with the graph
// version, so the version changes only when the graph is complete. A failure wipes what the pass wrote (the graph
// was empty) and throws ArticleWriteError naming every article; a seed that finds the marker (the pass was killed)
// wipes the partial load first and starts again.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import type { QueryMap } from '../../cypher/load-queries.ts';
import { claimWrite } from './claim-rows.ts';
import { rememberCounted, startDensityMemory, writeDensityTable } from './density-table.ts';
import { batchSteps, startWrittenIds, type WriteStep } from './write-steps.ts';

export const BULK_QUERIES = [
  'admin/first-seed-state',
  'write/seed-started',
  'write/seed-finished',
  'write/wipe-partial',
  'write/search-texts',
  'write/density-table',
  'write/graph-version',
] as const;

type BulkQuery = (typeof BULK_QUERIES)[number];

/**
 * Rows per statement and transaction. Why this many: a commit costs a fixed amount, and a statement's parameter
 * list is held by the driver and Neo4j at once; see docs/benchmarks.md for the sizes measured.
 */
export const BULK_CHUNK_ROWS = 5_000;

/** Nodes deleted per transaction when wiping a partial load (an evidence node brings its relationships). */
const WIPE_CHUNK = 10_000;

export type Transact = <T>(work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

export interface FirstSeedState {
  /** No data node at all: a bulk first seed may CREATE everything. */
  empty: boolean;
  /** An earlier bulk pass was killed: its partial load is to be wiped before anything else. */
  interrupted: boolean;
}

export async function firstSeedState(transact: Transact, queries: QueryMap<BulkQuery>): Promise<FirstSeedState> {
  const record = await transact(async (tx) => (await tx.run(queries['admin/first-seed-state'])).records[0]!);
  return { empty: record.get('empty') as boolean, interrupted: record.get('interrupted') as boolean };
}

/** Deletes what a bulk pass wrote, chunk by chunk, and then its marker (the graph held no data before it). */
export async function wipePartialLoad(transact: Transact, queries: QueryMap<BulkQuery>): Promise<void> {
  const limit = neo4j.int(WIPE_CHUNK);
  for (;;) {
    const deleted = await transact(async (tx) =>
      Number((await tx.run(queries['write/wipe-partial'], { limit })).records[0]!.get('deleted')),
    );
    if (deleted === 0) break;
  }
  await transact((tx) => tx.run(queries['write/seed-finished']));
}

/** One statement over a chunk of rows, in its own transaction. */
interface Chunk {
  query: WriteStep | 'write/search-texts';
  rows: readonly object[];
}

function chunksOf(steps: ReadonlyArray<{ query: Chunk['query']; rows: readonly object[] }>, size: number): Chunk[] {
  const out: Chunk[] = [];
  for (const { query, rows } of steps)
    for (let i = 0; i < rows.length; i += size) out.push({ query, rows: rows.slice(i, i + size) });
  return out;
}

export interface BulkOptions {
  chunkRows?: number | undefined;
  onProgress?: (written: number, total: number) => void;
  instrument?: (tx: ManagedTransaction, queries: Readonly<Record<string, string>>) => ManagedTransaction;
}

/**
 * Writes `articles` into a graph that holds no data. Throws what Neo4j threw; the caller wipes (wipePartialLoad)
 * and reports. `queries` holds the batch path's write steps as well as BULK_QUERIES.
 */
export async function bulkFirstSeed(
  transact: Transact,
  queries: QueryMap<BulkQuery | WriteStep>,
  articles: readonly ParsedArticle[],
  options: BulkOptions = {},
): Promise<void> {
  const published = new Map(articles.map((a) => [a.source.id, a.source.publishedAt] as const));
  // Every source is "replaced" and nothing is stored: the claims of each subject are exactly the articles'.
  const plan = claimWrite(articles, new Map(), new Set(published.keys()), published);
  const counted = rememberCounted(startDensityMemory(false), plan);
  // Every row is new: batchSteps sends each creatable query's rows to its CREATE twin.
  const steps = [
    ...batchSteps(plan.rows, startWrittenIds(false)),
    { query: 'write/search-texts' as const, rows: plan.searchRows },
  ];
  const chunks = chunksOf(steps, options.chunkRows ?? BULK_CHUNK_ROWS);
  const inTx = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    transact((outer) => work(options.instrument?.(outer, queries) ?? outer));

  await inTx((tx) => tx.run(queries['write/seed-started']));
  let done = 0;
  for (const chunk of chunks) {
    await inTx((tx) => tx.run(queries[chunk.query], { rows: chunk.rows }));
    done += 1;
    options.onProgress?.(Math.floor((done / (chunks.length + 1)) * articles.length), articles.length);
  }
  // The count table (marked complete), the marker's removal and the new graph version commit together.
  await inTx(async (tx) => {
    if (counted !== null) await writeDensityTable(tx, queries['write/density-table'], counted, true);
    await tx.run(queries['write/seed-finished']);
    await tx.run(queries['write/graph-version']);
  });
  options.onProgress?.(articles.length, articles.length);
}
