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
}

const args = JSON.parse(process.argv[2] ?? '{}') as ChildArgs;
const latencies: number[] = [];
let failures = 0;
const start = performance.now();
const instance = autocannon(
  {
    url: args.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: args.body,
    connections: args.connections,
    duration: args.durationS,
  },
  (err, result) => {
    if (err) throw err;
    failures += result.non2xx + result.errors + result.timeouts;
    process.stdout.write(`${JSON.stringify(summarise(latencies, args.connections, performance.now() - start, failures))}\n`);
  },
);
instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
  if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
});
