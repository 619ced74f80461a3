// A fresh Neo4j for one benchmark run: the test harness's server (test/neo4j) sized like a small production
// instance instead of a test one, so figures are not about a 512 MB heap or a JIT tuned for fast test start-up.
import neo4j, { type Driver } from 'neo4j-driver';
import type { ParsedArticle } from '../server/article/parsed-article.ts';
import { Neo4jWriter } from '../server/store/neo4j/neo4j-writer.ts';
import { startNeo4j, type Neo4jServer } from '../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../test/neo4j/ports.ts';
import { pagecacheMbFor } from './neo4j-memory.ts';

/** The page cache here is the floor: each server gets one sized from its corpus (neo4j-memory.ts). */
export const BENCH_NEO4J = { heap: '2g', pagecacheMb: 1024, jit: 'full', jvm: 'server' } as const;
/** A page cache set in the environment when the bench started wins over the corpus's. */
const PAGECACHE_FROM_ENV = process.env['NEO4J_TEST_PAGECACHE_MB'];

/** The launcher reads these from its environment, which the harness passes through; set ones win. */
export function useBenchNeo4jSettings(events = 0): void {
  process.env['NEO4J_TEST_HEAP'] ??= BENCH_NEO4J.heap;
  process.env['NEO4J_TEST_PAGECACHE_MB'] = PAGECACHE_FROM_ENV ?? String(pagecacheMbFor(events));
  process.env['NEO4J_TEST_JIT'] ??= BENCH_NEO4J.jit;
  process.env['NEO4J_TEST_JVM'] ??= BENCH_NEO4J.jvm;
}

/** A server for a corpus of `events`: its page cache sized to hold that corpus's store. */
export async function startBenchNeo4j(events = 0): Promise<Neo4jServer> {
  useBenchNeo4jSettings(events);
  return startNeo4j({ port: await findFreePort(), timeoutMs: 300_000 });
}

/** A driver for the bench server (auth is off; any credentials pass). */
export function benchDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), { userAgent: 'kg-timeline-bench' });
}

export const benchConnection = (uri: string) => ({ uri, user: 'neo4j', password: 'bench' });

/** Seeds the bench server as `npm run seed` does, with a writer of its own. */
export async function seedBench(uri: string, articles: readonly ParsedArticle[]): Promise<void> {
  const writer = await Neo4jWriter.connect(benchConnection(uri), { maxTransactionRetryTimeMs: 60_000 });
  try {
    await writer.write(articles);
  } finally {
    await writer.close();
  }
}
