// Command-line options of `npm run bench`.
import { parseArgs } from 'node:util';

export type Phase = 'load' | 'seed' | 'reads' | 'client';
export const PHASES: readonly Phase[] = ['load', 'seed', 'reads', 'client'];

export interface BenchArgs {
  /** Corpus sizes, in events. */
  events: number[];
  /** Which phases run at which size; the full plan unless sizes were given explicitly. */
  phasesFor(events: number): Phase[];
  out: string;
  runs: number;
  /** Seeding 100k events takes minutes, so its run count can be set apart. */
  seedRuns: number;
  /** Page loads per client figure: a p95 over one zoom's 66 frames moves with a single frame, so more of them. */
  clientRuns: number;
  durationS: number;
  singleDurationS: number;
  warmupS: number;
  connections: number;
  /** Which stores the read phase covers. */
  stores: Array<'memory' | 'neo4j'>;
  /**
   * Sizes above this many events skip the embedded store (its load and its reads): it does not start there within
   * Node's default heap (docs/benchmarks.md, "Where to switch to Neo4j"); Neo4j, and the client served by it, run.
   */
  embeddedMax: number;
  /** The read scenarios to run (reads/read-scenarios.ts names); null: all of them. */
  scenarios: string[] | null;
  /** Bench-only experiments applied to this process (see variants/), e.g. "nodelay". */
  variants: string[];
  smoke: boolean;
  seed: number;
}

const FULL_SIZES = [1_000, 10_000, 100_000];
/** Where a run past --embedded-max writes by default, so the 1M run does not replace the 100k one. */
export const LARGE_OUT = 'bench-results/million.json';
/** Where the embedded store stops fitting Node's default heap: ~6.6 KB per event, a 4 GB limit (docs/benchmarks.md). */
export const EMBEDDED_MAX_EVENTS = 500_000;

export const USAGE = `usage: npm run bench -- [--events N[,N...]] [--out FILE] [--runs K] [--seed-runs K] [--client-runs K] [--phases load,seed,reads,client]
                        [--duration S] [--single-duration S] [--warmup S] [--stores memory,neo4j] [--variant nodelay] [--smoke]
                        [--embedded-max N] [--scenarios timeline-month,timeline-year,network-hub-depth2,network-hub-depth2-year,density-range,search]
  no --events: the full plan (load+seed at 10k and 100k, reads and client at 100k)
  --events N:  every phase at N events; --smoke: 1k events, one short run of everything
  above --embedded-max events (default 500000): no embedded store; Neo4j phases and the client on Neo4j only, one seed run,
  written to ${LARGE_OUT} unless --out says otherwise (bench/render-report.ts merges it into latest)`;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      events: { type: 'string', multiple: true },
      out: { type: 'string' },
      runs: { type: 'string' },
      'seed-runs': { type: 'string' },
      'client-runs': { type: 'string' },
      phases: { type: 'string' },
      duration: { type: 'string' },
      'single-duration': { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      variant: { type: 'string', multiple: true },
      stores: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'embedded-max': { type: 'string' },
      scenarios: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  const num = (v: string | undefined, fallback: number, name: string) => {
    if (v === undefined) return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got ${v}\n${USAGE}`);
    return n;
  };
  const smoke = values.smoke;
  const explicit = (values.events ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => num(v.replace(/k$/i, '000'), 0, 'events'));
  const events = explicit.length > 0 ? explicit : smoke ? [1_000] : FULL_SIZES;
  const only = values.phases?.split(',').map((p) => p.trim()) ?? null;
  for (const p of only ?? []) if (!PHASES.includes(p as Phase)) throw new Error(`unknown phase "${p}"\n${USAGE}`);
  const allowed = (p: Phase) => only === null || only.includes(p);
  const largest = Math.max(...events);
  const embeddedMax = num(values['embedded-max'], EMBEDDED_MAX_EVENTS, 'embedded-max');
  const planned = (n: number): Phase[] => {
    if (explicit.length > 0 || smoke) return [...PHASES];
    return PHASES.filter((p) => (p === 'load' || p === 'seed' ? n >= 10_000 : n === largest));
  };
  return {
    events,
    phasesFor: (n) => planned(n).filter(allowed),
    // A run past the embedded limit (the 1M run) keeps its own file: bench/render-report.ts puts it beside latest.
    out:
      values.out ??
      (smoke ? 'bench-results/smoke.json' : largest > embeddedMax ? LARGE_OUT : 'bench-results/latest.json'),
    runs: num(values.runs, smoke ? 1 : 3, 'runs'),
    // A seed past the embedded limit takes many minutes: one run unless asked for more.
    seedRuns: num(values['seed-runs'] ?? values.runs, smoke || largest > embeddedMax ? 1 : 3, 'seed-runs'),
    clientRuns: num(values['client-runs'] ?? values.runs, smoke ? 1 : 5, 'client-runs'),
    durationS: num(values.duration, smoke ? 1 : 10, 'duration'),
    singleDurationS: num(values['single-duration'], smoke ? 1 : 5, 'single-duration'),
    warmupS: num(values.warmup, smoke ? 0 : 2, 'warmup'),
    connections: num(values.connections, 10, 'connections'),
    stores: (values.stores ?? 'memory,neo4j').split(',').map((x) => {
      const store = x.trim();
      if (store !== 'memory' && store !== 'neo4j') throw new Error(`unknown store "${store}"\n${USAGE}`);
      return store;
    }),
    embeddedMax,
    scenarios: values.scenarios?.split(',').map((x) => x.trim()) ?? null,
    variants: values.variant ?? [],
    smoke,
    seed: num(values.seed, 1, 'seed'),
  };
}
