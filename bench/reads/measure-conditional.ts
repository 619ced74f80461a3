// Revalidation throughput: a GET of a cacheable answer with `If-None-Match` set to its ETag, at many connections.
// The server answers 304 from the graph version alone (docs/caching.md), so this times the validator path, not
// the export. Every response must be a 304: anything else counts as a failure.
import type { GraphStore } from '../../server/store/store.ts';
import { runHttpLoad } from '../load/http-load.ts';
import type { LatencySummary } from '../load/latency-summary.ts';
import { median, round } from '../stats.ts';
import { withServer } from './with-server.ts';

/**
 * What a CDN or browser revalidates: an embed's CSV export of one month (the whole timeline of a large corpus is more
 * than an export serves, and a refusal is not what a cache holds; the 304 path is the same for any window).
 */
export const CONDITIONAL_PATH = '/export/timeline.csv?from=2020-01-01&to=2020-01-31';

export interface ConditionalFigures {
  path: string;
  connections: number;
  /** Medians over runs. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses other than 304, and socket errors, over all runs: 0 when every answer was a 304. */
  failures: number;
  runs: LatencySummary[];
}

export interface ConditionalOptions {
  runs: number;
  durationS: number;
  warmupS: number;
  connections: number;
}

export async function measureConditionalGet(
  store: GraphStore,
  options: ConditionalOptions,
  log: (s: string) => void,
): Promise<ConditionalFigures> {
  return withServer(store, async (origin) => {
    const url = `${origin}${CONDITIONAL_PATH}`;
    const first = await fetch(url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    if (first.status !== 200 || !etag) throw new Error(`${CONDITIONAL_PATH}: ${first.status}, ETag ${etag}`);
    const get = { headers: { 'if-none-match': etag }, expectStatus: 304 };
    await runHttpLoad(url, '', options.connections, options.warmupS, get);
    const runs: LatencySummary[] = [];
    for (let r = 0; r < options.runs; r++)
      runs.push(await runHttpLoad(url, '', options.connections, options.durationS, get));
    const result: ConditionalFigures = {
      path: CONDITIONAL_PATH,
      connections: options.connections,
      throughput: round(median(runs.map((x) => x.throughput))),
      p50Ms: round(median(runs.map((x) => x.p50Ms))),
      p99Ms: round(median(runs.map((x) => x.p99Ms))),
      failures: runs.reduce((n, x) => n + x.failures, 0),
      runs,
    };
    log(
      `  conditional GET ${CONDITIONAL_PATH} at ${options.connections} connections: ${result.throughput} req/s, p50 ${result.p50Ms} ms, ${result.failures} not 304`,
    );
    return result;
  });
}
