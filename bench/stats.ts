// Summary statistics for benchmark samples.

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100); NaN for no samples. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1]!;
}

/** Rounds for reports: 3 significant figures below 100, integers above. */
export function round(value: number): number {
  if (!Number.isFinite(value)) return value;
  return Math.abs(value) >= 100 ? Math.round(value) : Number(value.toPrecision(3));
}

/** Runs `fn` `runs` times and returns every duration (ms) and the median. */
export async function timeRuns(
  runs: number,
  fn: (run: number) => Promise<void> | void,
): Promise<{ runsMs: number[]; medianMs: number }> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(i);
    runsMs.push(performance.now() - t0);
  }
  return { runsMs: runsMs.map(round), medianMs: round(median(runsMs)) };
}

/**
 * One record from several runs' records of the same shape: each numeric field the median of its runs; any other
 * field (names, sizes, a null) from the first run.
 */
export function medianRecord<T extends object>(runs: readonly T[]): T {
  const first = runs[0];
  if (!first) throw new RangeError('medianRecord needs at least one run');
  const out = { ...first } as Record<string, unknown>;
  for (const [key, value] of Object.entries(first))
    if (typeof value === 'number')
      out[key] = median(
        runs.map((r) => (r as Record<string, unknown>)[key]).filter((v): v is number => typeof v === 'number'),
      );
  return out as T;
}
