// What every load run reports, whether it went over HTTP or straight to the store.
import { percentile, round } from '../stats.ts';

export interface LatencySummary {
  connections: number;
  durationS: number;
  requests: number;
  /** Completed requests per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  maxMs: number;
  /** Non-2xx answers and socket errors (HTTP only); any of them makes the run suspect. */
  failures: number;
}

export function summarise(
  latencies: readonly number[],
  connections: number,
  elapsedMs: number,
  failures = 0,
): LatencySummary {
  const mean = latencies.reduce((s, x) => s + x, 0) / Math.max(1, latencies.length);
  return {
    connections,
    durationS: round(elapsedMs / 1000),
    requests: latencies.length,
    throughput: round(latencies.length / (elapsedMs / 1000)),
    p50Ms: round(percentile(latencies, 50)),
    p99Ms: round(percentile(latencies, 99)),
    meanMs: round(mean),
    // A loop, not Math.max(...): a fast store yields more samples than the call stack holds arguments.
    maxMs: round(latencies.reduce((m, x) => (x > m ? x : m), 0)),
    failures,
  };
}
