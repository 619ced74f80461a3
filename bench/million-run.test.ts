// The plumbing of the 1M run (docs/benchmarks.md, "Running the benchmark at 1M"): its own output file, a page cache
// sized from the corpus, and its sizes merged beside the 100k run's so the targets table judges both.
import { describe, expect, it } from 'vitest';
import { LARGE_OUT, parseBenchArgs } from './bench-args.ts';
import type { BenchReport, SizeReport } from './bench-report.ts';
import { mergeReports } from './merge-reports.ts';
import { pagecacheMbFor } from './neo4j-memory.ts';
import { checkTargets } from './targets.ts';

const machine = (mean: number): BenchReport['machine'] =>
  ({ cores: 2, cpuModel: 'x', memoryGb: 24, os: 'linux', node: 'v20', load: { mean, max: mean } }) as never;
const size = (events: number, seedMs: number): SizeReport =>
  ({
    events,
    phases: ['seed'],
    corpus: {} as never,
    notes: [],
    seed: { medianTotalMs: seedMs } as never,
  }) as SizeReport;
const run = (command: string, sizes: SizeReport[], load = 1): Omit<BenchReport, 'targets'> => ({
  tool: 'kg-timeline bench',
  startedAt: '2026-12-07T22:00:00.000Z',
  finishedAt: '2026-12-07T22:30:00.000Z',
  command,
  variants: [],
  machine: machine(load),
  neo4j: null,
  sizes,
});

describe('the 1M run', () => {
  it('writes its own file unless told otherwise, so the 100k run stays in latest', () => {
    expect(parseBenchArgs(['--events', '1000000']).out).toBe(LARGE_OUT);
    expect(parseBenchArgs(['--events', '100000']).out).toBe('bench-results/latest.json');
    expect(parseBenchArgs(['--events', '50000', '--embedded-max', '20000']).out).toBe(LARGE_OUT);
    expect(parseBenchArgs(['--events', '1000000', '--out', 'x.json']).out).toBe('x.json');
    expect(parseBenchArgs(['--events', '1000000']).seedRuns).toBe(1);
  });

  it('can leave read scenarios out (--scenarios), all of them by default', () => {
    expect(parseBenchArgs(['--events', '1000000']).scenarios).toBeNull();
    const some = parseBenchArgs(['--events', '1000000', '--scenarios', 'timeline-month, density-range']);
    expect(some.scenarios).toEqual(['timeline-month', 'density-range']);
  });

  it('gives Neo4j a page cache that grows with the corpus, between 1 GB and 3 GB', () => {
    expect(pagecacheMbFor(0)).toBe(1024);
    expect(pagecacheMbFor(50_000)).toBe(1024);
    const m = pagecacheMbFor(200_000);
    expect(m).toBeGreaterThan(2048);
    expect(m % 256).toBe(0);
    expect(pagecacheMbFor(1_000_000)).toBe(3_072);
  });

  it('merges into the 100k report: sizes in order, each added one saying which run it came from', () => {
    const merged = mergeReports(run('npm run bench', [size(10_000, 20_000), size(100_000, 60_000)]), [
      run('npm run bench -- --events 1000000', [size(1_000_000, 540_000)], 0.4),
    ]);
    expect(merged.sizes.map((x) => x.events)).toEqual([10_000, 100_000, 1_000_000]);
    expect(merged.sizes[2]!.notes[0]).toMatch(/^measured in a separate run: 2026-12-07 22:00 UTC.*mean 0.4/);
    expect(merged.sizes[1]!.notes).toEqual([]);
    expect(merged.command).toContain('--events 1000000');
    // The targets table then judges the seed at both sizes.
    const rows = checkTargets(merged);
    expect(rows.find((r) => r.target === 'seed 100k events into Neo4j')?.met).toBe(true);
    expect(rows.find((r) => r.target === 'seed into Neo4j, at 1M')).toMatchObject({ measured: '540.0 s', met: true });
  });
});
