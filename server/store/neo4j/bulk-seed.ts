// A first seed in bulk: when the graph holds no data, the graph every article leaves is the one they leave written
// as one batch, so the writer gathers every subject's listings from all articles at once, reconciles each subject
// once (claim-rows.ts, nothing stored) and writes each node exactly once with CREATE, in chunked transactions, in
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
import type { ClaimSubjectType } from '../../domain/claims/claim.ts';
import { claimsOf, listSubjects, type SubjectListings } from '../../domain/claims/subject-listings.ts';
import { freshSubjectRows } from './claim-rows.ts';
import { densityTableChunks, rememberCounted, startDensityMemory } from './density-table.ts';
import { evidenceRowsOf, sourceNodeRows } from './source-rows.ts';
import { WriteQueue } from './write-queue.ts';
import type { WriteStep } from './write-steps.ts';

export const BULK_QUERIES = [
  'admin/first-seed-state',
  'write/seed-started',
  'write/new-actors',
  'write/new-statement-quotes',
  'write/seed-finished',
  'write/wipe-partial',
  'write/density-table',
  'write/graph-version',
] as const;

type BulkQuery = (typeof BULK_QUERIES)[number];
/** A statement the bulk pass runs over chunks of rows: the batch path's, and actors' CREATE (bulk only: see it). */
type BulkStep = WriteStep | 'write/new-actors' | 'write/new-statement-quotes';

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

export interface BulkOptions {
  chunkRows?: number | undefined;
  onProgress?: (written: number, total: number) => void;
  instrument?: (tx: ManagedTransaction, queries: Readonly<Record<string, string>>) => ManagedTransaction;
}

type SubjectRows = ReturnType<typeof freshSubjectRows>['rows'];

/** Link rows that wait until all of a type's nodes exist, the query that writes them, and which rows it needs. */
interface Waiting {
  query: BulkStep;
  take: (rows: SubjectRows) => readonly object[];
}

/**
 * Subject types in the order their nodes are written (each links to the ones before), with the CREATE query of their
 * nodes and the link rows that wait for all of the type's nodes (an event links to events after it).
 */
const SUBJECT_ORDER: ReadonlyArray<{
  type: ClaimSubjectType;
  nodes: BulkStep;
  take: (rows: SubjectRows) => readonly object[];
  after: readonly Waiting[];
}> = [
  { type: 'Actor', nodes: 'write/new-actors', take: (r) => r['write/actors'], after: [] },
  {
    type: 'Event',
    nodes: 'write/new-events',
    take: (r) => r['write/events'],
    after: [{ query: 'write/event-links', take: (r) => r['write/event-links'] }],
  },
  {
    type: 'Statement',
    nodes: 'write/new-statements',
    take: (r) => r['write/statements'],
    // A new statement that nothing quotes has no QUOTES link and no quotedInId to set.
    after: [
      {
        query: 'write/new-statement-quotes',
        take: (r) => r['write/statement-quotes'].filter((q) => q.quotedInIds.length > 0 || q.quotedInId !== null),
      },
    ],
  },
  { type: 'Relationship', nodes: 'write/new-relationships', take: (r) => r['write/relationships'], after: [] },
];

/** Each subject type's subjects, ids in code-unit order (claimWrite's order, by type). */
function subjectsByType(articles: readonly ParsedArticle[]): Map<ClaimSubjectType, SubjectListings[]> {
  const out = new Map<ClaimSubjectType, SubjectListings[]>(SUBJECT_ORDER.map((t) => [t.type, []]));
  for (const subjects of listSubjects(articles).values()) for (const s of subjects) out.get(s.type)!.push(s);
  return out;
}

/** `rows` in chunks of `size`, made as they are taken. */
function* chunks<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

/**
 * A chunk's node rows, each with its search text (null: none): the CREATE sets it, so no second statement looks every
 * node up again by id to set it, and no second record change per node (docs/benchmarks.md, "Neo4j's own cost").
 */
function withSearchTexts(rows: readonly object[], searchRows: ReadonlyArray<{ id: string; searchText: string }>) {
  const texts = new Map(searchRows.map((r) => [r.id, r.searchText]));
  return rows.map((r) => ({ ...r, searchText: texts.get((r as { id: string }).id) ?? null }));
}

/**
 * Writes `articles` into a graph that holds no data. Throws what Neo4j threw; the caller wipes (wipePartialLoad)
 * and reports. `queries` holds the batch path's write steps as well as BULK_QUERIES. Memory: the seeder holds the
 * parsed articles, which article lists each subject (subject-listings.ts: its claims are made when its chunk is
 * built) and two chunks of rows (the one being written and the next, built meanwhile: write-queue.ts).
 */
export async function bulkFirstSeed(
  transact: Transact,
  queries: QueryMap<BulkQuery | WriteStep>,
  articles: readonly ParsedArticle[],
  options: BulkOptions = {},
): Promise<void> {
  const size = options.chunkRows ?? BULK_CHUNK_ROWS;
  const published = new Map(articles.map((a) => [a.source.id, a.source.publishedAt] as const));
  const byType = subjectsByType(articles);
  const inTx = <T>(work: (tx: ManagedTransaction) => Promise<T>) =>
    transact((outer) => work(options.instrument?.(outer, queries) ?? outer));
  const queue = new WriteQueue();
  let done = 0;
  const total = [...byType.values()].reduce((n, list) => n + list.length, 0) + 1;
  // Queued, each slice its own transaction: the caller paces itself (queue.pace) after queuing a chunk's writes.
  const write = (query: BulkStep, rows: readonly object[]) => {
    for (let i = 0; i < rows.length; i += size) {
      const slice = rows.slice(i, i + size);
      queue.add(() => inTx((tx) => tx.run(queries[query], { rows: slice })));
    }
  };
  const progress = (subjects: number) =>
    queue.add(() => options.onProgress?.(Math.floor((subjects / total) * articles.length), articles.length));

  try {
    queue.add(() => inTx((tx) => tx.run(queries['write/seed-started'])));
    const sources = sourceNodeRows(articles);
    write('write/sources', sources['write/sources']);
    for (const rows of chunks(evidenceRowsOf(articles), size)) {
      write('write/new-evidence', rows);
      await queue.pace();
    }
    let counted = startDensityMemory(false);
    for (const { type, nodes, take, after } of SUBJECT_ORDER) {
      const ofType = byType.get(type)!;
      // Dropped as the type is written: its claims were made chunk by chunk and are in the graph.
      byType.delete(type);
      const waiting = after.map((w) => ({ ...w, rows: [] as object[] }));
      for (let i = 0; i < ofType.length; i += size) {
        const chunk = ofType.slice(i, i + size).map((s) => ({ type, id: s.id, claims: claimsOf(s) }));
        const { rows, searchRows } = freshSubjectRows(chunk, published);
        counted = rememberCounted(counted, { rows, orphans: [] });
        write(nodes, withSearchTexts(take(rows), searchRows));
        progress((done += chunk.length));
        for (const w of waiting) for (const r of w.take(rows)) w.rows.push(r);
        await queue.pace();
      }
      if (type === 'Actor') write('write/citations', sources['write/citations']);
      for (const w of waiting) write(w.query, w.rows);
    }
    // The count table but its last chunk, a transaction each (one would not fit Neo4j's transaction memory at 300k
    // events); then its last chunk (which marks it complete), the marker's removal and the new graph version commit
    // together.
    const table = counted === null ? [] : densityTableChunks(counted, true);
    const last = table.pop();
    for (const params of table) queue.add(() => inTx((tx) => tx.run(queries['write/density-table'], params)));
    await queue.drain();
    await inTx(async (tx) => {
      if (last) await tx.run(queries['write/density-table'], last);
      await tx.run(queries['write/seed-finished']);
      await tx.run(queries['write/graph-version']);
    });
  } finally {
    // Nothing may still be writing when the caller wipes a failed load.
    await queue.settle();
  }
  options.onProgress?.(articles.length, articles.length);
}
