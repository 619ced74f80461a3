// A fresh Neo4j for one benchmark run: the test harness's server (test/neo4j) sized like a small production
// instance instead of a test one, so figures are not about a 512 MB heap or a JIT tuned for fast test start-up.
import neo4j, { type Driver } from 'neo4j-driver';
import { startNeo4j, type Neo4jServer } from '../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../test/neo4j/ports.ts';

export const BENCH_NEO4J = { heap: '2g', pagecacheMb: 1024, jit: 'full' } as const;

/** The launcher reads these from its environment, which the harness passes through; set ones win. */
export function useBenchNeo4jSettings(): void {
  process.env['NEO4J_TEST_HEAP'] ??= BENCH_NEO4J.heap;
  process.env['NEO4J_TEST_PAGECACHE_MB'] ??= String(BENCH_NEO4J.pagecacheMb);
  process.env['NEO4J_TEST_JIT'] ??= BENCH_NEO4J.jit;
}

export async function startBenchNeo4j(): Promise<Neo4jServer> {
  useBenchNeo4jSettings();
  return startNeo4j({ port: await findFreePort(), timeoutMs: 300_000 });
}

/** A driver for the bench server (auth is off; any credentials pass). */
export function benchDriver(uri: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic('neo4j', 'bench'), { userAgent: 'kg-timeline-bench' });
}

export const benchConnection = (uri: string) => ({ uri, user: 'neo4j', password: 'bench' });
