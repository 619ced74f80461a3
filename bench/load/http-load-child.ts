// Runs autocannon in its own process (so the load generator never competes with the server's event loop) and
// prints one JSON LatencySummary. Latencies come from autocannon's per-response timings, which are
// sub-millisecond, rather than its histogram, which rounds to whole milliseconds.
import autocannon from 'autocannon';
import { summarise } from './latency-summary.ts';

interface ChildArgs {
  url: string;
  body: string;
  connections: number;
  durationS: number;
  /** A GET with these headers instead of a POST of `body` (the conditional-GET figure). */
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The one status that counts as an answer (304 for a conditional GET); else any 2xx. */
  expectStatus?: number;
  /**
   * Every POST a different request: a variable the document does not declare (`distinctRequest`, ignored by
   * execution) is numbered, so no two requests share a cached answer: the uncached path under the same page's work.
   */
  distinct?: boolean;
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;

/** autocannon's per-request hook: a fresh body for each request when `distinct`. */
function distinctBodies() {
  const template = JSON.parse(args.body) as { variables?: Record<string, unknown> };
  // Numbered from a random start so one run's requests do not repeat another's.
  let n = Math.floor(Math.random() * 1e12);
  const setupRequest = (req: Record<string, unknown>) => ({
    ...req,
    body: JSON.stringify({ ...template, variables: { ...template.variables, distinctRequest: n++ } }),
  });
  return { requests: [{ setupRequest }] };
}

/** One autocannon run, by duration or (for reads slower than the duration) by a number of requests. */
function run(
  limit: { duration: number } | { amount: number },
): Promise<{ latencies: number[]; failures: number; elapsedMs: number }> {
  const latencies: number[] = [];
  let unexpected = 0;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: args.url,
        ...(args.method === 'GET'
          ? { method: 'GET' as const, headers: args.headers ?? {} }
          : {
              method: 'POST' as const,
              headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
              body: args.body,
              ...(args.distinct ? distinctBodies() : {}),
            }),
        connections: args.connections,
        timeout: 120,
        ...limit,
      },
      (err, result) => {
        if (err) reject(err);
        else
          resolve({
            latencies,
            failures: (args.expectStatus === undefined ? result.non2xx : unexpected) + result.errors + result.timeouts,
            elapsedMs: performance.now() - start,
          });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      const ok =
        args.expectStatus === undefined ? statusCode >= 200 && statusCode < 300 : statusCode === args.expectStatus;
      if (ok) latencies.push(responseTime);
      else unexpected++;
    });
  });
}

let result = await run({ duration: args.durationS });
// autocannon drops requests still in flight when the time is up: a read slower than the run gets whole requests.
if (result.latencies.length < args.connections) result = await run({ amount: args.connections * 2 });
process.stdout.write(
  `${JSON.stringify(summarise(result.latencies, args.connections, result.elapsedMs, result.failures))}\n`,
);
