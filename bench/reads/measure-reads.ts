// Times each read scenario on one store: over GraphQL (HTTP load generator, own process), straight on the store
// port (same load shape, in process) and, for Neo4j, as the raw Cypher the adapter runs. Each figure is the
// median over runs; the overhead is GraphQL / direct. GraphQL requests are each distinct (a numbered undeclared
// variable), so the server's answer cache cannot answer them: the figures are of reads computed anew. `cached`
// is the same page sent again and again at several connections: what the answer cache serves to shared readers.
import type { Driver } from 'neo4j-driver';
import type { GraphStore } from '../../server/store/store.ts';
import { runClosedLoop } from '../load/closed-loop.ts';
import { runHttpLoad } from '../load/http-load.ts';
import type { LatencySummary } from '../load/latency-summary.ts';
import { median, round } from '../stats.ts';
import { profile, replay, type QueryProfile, type RecordedQuery } from './cypher-replay.ts';
import type { ReadScenario } from './read-scenarios.ts';
import { withServer } from './with-server.ts';

export interface ReadOptions {
  runs: number;
  /** Length of each loaded (10-connection) run, and of each single-connection run. */
  durationS: number;
  singleDurationS: number;
  warmupS: number;
  connections: number;
}

/** Medians over runs of the figures that matter, plus every run. */
export interface LoadFigures {
  p50Ms: number;
  p99Ms: number;
  throughput: number;
  failures: number;
  runs: LatencySummary[];
}

export interface ScenarioFigures {
  scenario: string;
  label: string;
  /** What one answer holds, so figures can be read against its size. */
  shape: Record<string, number>;
  graphql: { loaded: LoadFigures; single: LoadFigures };
  /** The same request at `connections`, answered from the answer cache after the first (absent in older reports). */
  cached?: LoadFigures;
  direct: { loaded: LoadFigures; single: LoadFigures };
  cypher?: { loaded: LoadFigures; single: LoadFigures };
  /** GraphQL / direct: p50 with one connection, and throughput (direct / GraphQL) with several; and the ms GraphQL adds. */
  overhead: { singleP50: number; loadedP50: number; throughput: number; addedMs: number };
  profile?: QueryProfile[];
}

/** For Neo4j: the driver to replay on, and how to record what one direct read runs. */
export interface CypherAccess {
  driver: Driver;
  record(read: (store: GraphStore) => Promise<unknown>): Promise<RecordedQuery[]>;
}

function figures(runs: LatencySummary[]): LoadFigures {
  return {
    p50Ms: round(median(runs.map((r) => r.p50Ms))),
    p99Ms: round(median(runs.map((r) => r.p99Ms))),
    throughput: round(median(runs.map((r) => r.throughput))),
    failures: runs.reduce((n, r) => n + r.failures, 0),
    runs,
  };
}

async function post(
  url: string,
  body: string,
): Promise<{ bytes: number; json: { data?: unknown; errors?: unknown[] } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  return { bytes: Buffer.byteLength(text), json: JSON.parse(text) as { data?: unknown; errors?: unknown[] } };
}

function shapeOf(data: unknown, bytes: number): Record<string, number> {
  const d = data as {
    timeline?: { totalCount: number; edges: unknown[] };
    network?: { nodes: unknown[]; edges: unknown[] };
    timelineDensity?: { buckets: unknown[]; lanes: unknown[]; total: number };
    search?: unknown[];
  };
  const density = d.timelineDensity;
  if (density)
    return { buckets: density.buckets.length, lanes: density.lanes.length, total: density.total, responseBytes: bytes };
  if (d.timeline) return { items: d.timeline.edges.length, totalCount: d.timeline.totalCount, responseBytes: bytes };
  if (d.network) return { nodes: d.network.nodes.length, edges: d.network.edges.length, responseBytes: bytes };
  return { hits: d.search?.length ?? 0, responseBytes: bytes };
}

export async function measureReads(
  store: GraphStore,
  scenarios: readonly ReadScenario[],
  options: ReadOptions,
  log: (s: string) => void,
  cypher?: CypherAccess,
): Promise<ScenarioFigures[]> {
  return withServer(store, async (origin) => {
    const url = `${origin}/graphql`;
    const out: ScenarioFigures[] = [];
    for (const s of scenarios) {
      const body = JSON.stringify({ query: s.query, variables: s.variables });
      const first = await post(url, body);
      if (first.json.errors) throw new Error(`${s.name}: GraphQL errors ${JSON.stringify(first.json.errors)}`);
      const recorded = cypher ? await cypher.record((st) => s.direct(st)) : [];
      const rawRead = cypher ? () => replay(cypher.driver, recorded) : null;

      // Warm-up: JIT, plan caches and page cache, none of it counted.
      await runHttpLoad(url, body, options.connections, options.warmupS, undefined, true);
      await runClosedLoop(() => s.direct(store), options.connections, options.warmupS * 1000);
      if (rawRead) await runClosedLoop(rawRead, options.connections, options.warmupS * 1000);

      const runs = {
        gqlLoaded: [] as LatencySummary[],
        gqlSingle: [] as LatencySummary[],
        gqlCached: [] as LatencySummary[],
        dirLoaded: [] as LatencySummary[],
        dirSingle: [] as LatencySummary[],
        rawLoaded: [] as LatencySummary[],
        rawSingle: [] as LatencySummary[],
      };
      for (let r = 0; r < options.runs; r++) {
        runs.gqlLoaded.push(await runHttpLoad(url, body, options.connections, options.durationS, undefined, true));
        runs.gqlCached.push(await runHttpLoad(url, body, options.connections, options.durationS));
        runs.dirLoaded.push(await runClosedLoop(() => s.direct(store), options.connections, options.durationS * 1000));
        runs.gqlSingle.push(await runHttpLoad(url, body, 1, options.singleDurationS, undefined, true));
        runs.dirSingle.push(await runClosedLoop(() => s.direct(store), 1, options.singleDurationS * 1000));
        if (rawRead) {
          runs.rawLoaded.push(await runClosedLoop(rawRead, options.connections, options.durationS * 1000));
          runs.rawSingle.push(await runClosedLoop(rawRead, 1, options.singleDurationS * 1000));
        }
      }
      const graphql = { loaded: figures(runs.gqlLoaded), single: figures(runs.gqlSingle) };
      const direct = { loaded: figures(runs.dirLoaded), single: figures(runs.dirSingle) };
      const result: ScenarioFigures = {
        scenario: s.name,
        label: s.label,
        shape: shapeOf(first.json.data, first.bytes),
        graphql,
        cached: figures(runs.gqlCached),
        direct,
        overhead: {
          singleP50: round(graphql.single.p50Ms / direct.single.p50Ms),
          loadedP50: round(graphql.loaded.p50Ms / direct.loaded.p50Ms),
          throughput: round(direct.loaded.throughput / graphql.loaded.throughput),
          addedMs: round(graphql.single.p50Ms - direct.single.p50Ms),
        },
      };
      if (cypher) {
        result.cypher = { loaded: figures(runs.rawLoaded), single: figures(runs.rawSingle) };
        result.profile = await profile(cypher.driver, recorded);
      }
      log(
        `  ${s.name}: GraphQL p50 ${graphql.loaded.p50Ms} ms (1 conn ${graphql.single.p50Ms}; same page cached ${result.cached?.throughput} req/s), direct p50 ${direct.loaded.p50Ms} ms (1 conn ${direct.single.p50Ms})` +
          (result.cypher
            ? `, cypher p50 ${result.cypher.loaded.p50Ms} ms (1 conn ${result.cypher.single.p50Ms})`
            : '') +
          `, ${JSON.stringify(result.shape)}`,
      );
      out.push(result);
    }
    return out;
  });
}
