// Puts the sizes of separate runs into one report: the 1M run (hours apart from the 100k one, and written to its
// own file) beside the full plan's sizes, so the targets table judges both (bench/render-report.ts uses this).
import type { BenchReport } from './bench-report.ts';

type Report = Omit<BenchReport, 'targets'>;

/** `base` with every size of `others` added (a size both hold: the later run's), each added size saying its run. */
export function mergeReports(base: Report, others: readonly Report[]): Report {
  const sizes = new Map(base.sizes.map((x) => [x.events, x]));
  for (const other of others) {
    const load = other.machine.load;
    const from = `measured in a separate run: ${other.startedAt.slice(0, 16).replace('T', ' ')} UTC, \`${other.command}\`, load average mean ${load.mean}, max ${load.max}`;
    for (const x of other.sizes) sizes.set(x.events, { ...x, notes: [from, ...x.notes.filter((n) => n !== from)] });
  }
  return {
    ...base,
    command: [base.command, ...others.map((o) => o.command)].join('` and `'),
    // Neo4j's settings as the largest run had them (its page cache is sized from its corpus).
    neo4j: [...others].reverse().find((o) => o.neo4j)?.neo4j ?? base.neo4j,
    sizes: [...sizes.values()].sort((a, b) => a.events - b.events),
  };
}
