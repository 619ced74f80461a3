// An in-process closed-loop load generator: `connections` callers, each issuing the next call as soon as its
// previous one returns, for a fixed time. The direct-store counterpart of the HTTP load generator.
import { summarise, type LatencySummary } from './latency-summary.ts';

export async function runClosedLoop(
  call: () => Promise<unknown>,
  connections: number,
  durationMs: number,
): Promise<LatencySummary> {
  const latencies: number[] = [];
  const start = performance.now();
  const deadline = start + durationMs;
  const caller = async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      await call();
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: connections }, caller));
  return summarise(latencies, connections, performance.now() - start);
}
