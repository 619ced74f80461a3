// Seed throughput into Neo4j: the steps of `npm run seed` (seed/seed.ts), each timed, into a fresh database
// per run. Validation is timed cold in its own process, as `npm run seed` starts one (this process has parsed the
// corpus before, and dates are memoised). The last run's server is handed back still running and seeded.
import type { Neo4jServer } from '../test/neo4j/neo4j-server.ts';
import { loadAllValid } from '../seed/seed.ts';
import type { ParsedArticle } from '../server/article/parsed-article.ts';
import type { GraphCounts } from '../server/store/neo4j/graph-counts.ts';
import { Neo4jWriter } from '../server/store/neo4j/neo4j-writer.ts';
import { benchConnection, startBenchNeo4j } from './bench-neo4j.ts';
import { coldStart } from './measure-load.ts';
import { directoryBytes, storeDirectory } from './neo4j-memory.ts';
import { median, round } from './stats.ts';

export interface SeedResult {
  runs: number;
  /** Validating the documents, as the seed does before writing anything. */
  validateMs: number[];
  /** Writing every article into an empty database (schema included). */
  writeMs: number[];
  medianValidateMs: number;
  medianWriteMs: number;
  /** validate + write, the whole `npm run seed`. */
  medianTotalMs: number;
  eventsPerSecond: number;
  counts: GraphCounts;
  /** The store's files after the last run's seed (transaction logs left out), in MB: what the page cache holds. */
  storeMb?: number | undefined;
  /** The page cache the server had (sized from the corpus, neo4j-memory.ts). */
  pagecacheMb?: number;
}

export async function measureSeed(
  corpusDir: string,
  events: number,
  runs: number,
  log: (s: string) => void,
  // false past the embedded store's limit: the cold start also builds the embedded store, which does not fit there.
  { coldValidate = true }: { coldValidate?: boolean } = {},
): Promise<{ result: SeedResult; server: Neo4jServer }> {
  const validateMs: number[] = [];
  const writeMs: number[] = [];
  let counts: GraphCounts = { nodes: {}, relationships: {} };
  let storeMb: number | undefined;
  let server: Neo4jServer | null = null;
  for (let run = 0; run < runs; run++) {
    if (server) await server.stop();
    server = await startBenchNeo4j(events);
    const t0 = performance.now();
    const cold = coldValidate ? await coldStart(corpusDir) : null;
    let articles: ParsedArticle[] | null = (await loadAllValid([corpusDir])).articles;
    const t1 = performance.now();
    const readValidateMs = cold?.readValidateMs ?? t1 - t0;
    const writer = await Neo4jWriter.connect(benchConnection(server.uri), { maxTransactionRetryTimeMs: 60_000 });
    try {
      await writer.write(articles);
      const t2 = performance.now();
      // Written: at a million events the parsed documents are gigabytes the reads and the client need back.
      articles = null;
      validateMs.push(readValidateMs);
      writeMs.push(t2 - t1);
      counts = await writer.counts();
      storeMb = Math.round((await directoryBytes(storeDirectory(server.dataDir))) / 2 ** 20);
    } finally {
      await writer.close();
    }
    log(
      `  seed run ${run + 1}/${runs}: validate ${round(readValidateMs)} ms, write ${round(writeMs[run]!)} ms; store ${storeMb} MB (page cache ${process.env['NEO4J_TEST_PAGECACHE_MB']} MB)`,
    );
  }
  const medianWriteMs = median(writeMs);
  const medianValidateMs = median(validateMs);
  return {
    server: server!,
    result: {
      runs,
      validateMs: validateMs.map(round),
      writeMs: writeMs.map(round),
      medianValidateMs: round(medianValidateMs),
      medianWriteMs: round(medianWriteMs),
      medianTotalMs: round(medianValidateMs + medianWriteMs),
      eventsPerSecond: round(events / ((medianValidateMs + medianWriteMs) / 1000)),
      counts,
      storeMb,
      pagecacheMb: Number(process.env['NEO4J_TEST_PAGECACHE_MB']),
    },
  };
}
