// Issue 16's targets (a million events). Its table sets them at 1M; the figures a 100k run can take are judged at
// 100k, and each note says so until the benchmark runs at 1M.
import type { BenchReport, SizeReport, TargetRow } from './bench-report.ts';
import type { ScenarioFigures } from './reads/measure-reads.ts';
import { ms, row, rowAtLeast } from './target-row.ts';

export const TARGET_EVENTS = 100_000;
const AT_100K = 'at 100k; 1M not run';
/** "1 MB" in the issue, read as a million bytes. */
const MB = 1_000_000;

type Store = 'memory' | 'neo4j';
type Report = Omit<BenchReport, 'targets'>;

const big = (report: Report): SizeReport | undefined => report.sizes.find((x) => x.events === TARGET_EVENTS);
const scenario = (report: Report, store: Store, name: string): ScenarioFigures | undefined =>
  big(report)?.reads?.[store]?.find((f) => f.scenario === name);
const note = (...parts: Array<string | false>) => [AT_100K, ...parts.filter(Boolean)].join('; ');
const perSecond = (v: number) => `${v} req/s`;

/** The restated GraphQL overhead: ≤ 3 ms added to a 500-item page embedded, ≤ 1.3× a Neo4j read (one connection). */
export function restatedOverheadTargets(report: Report): TargetRow[] {
  const pages = (store: Store) =>
    ['timeline-month', 'timeline-year']
      .map((name) => scenario(report, store, name))
      .filter((f): f is ScenarioFigures => f !== undefined);
  const worst = (store: Store, by: (f: ScenarioFigures) => number) => pages(store).sort((a, b) => by(b) - by(a))[0];
  const m = worst('memory', (f) => f.overhead.addedMs);
  const n = worst('neo4j', (f) => f.overhead.singleP50);
  return [
    row(
      'GraphQL adds to a 500-item page, embedded',
      '≤ 3 ms',
      m?.overhead.addedMs,
      3,
      ms,
      m
        ? note(`worst: ${m.scenario}, GraphQL p50 ${ms(m.graphql.single.p50Ms)} vs direct ${ms(m.direct.single.p50Ms)}`)
        : AT_100K,
    ),
    row(
      'GraphQL overhead on a Neo4j page read',
      '≤ 1.3×',
      n?.overhead.singleP50,
      1.3,
      (v) => `${v}×`,
      n ? note(`worst: ${n.scenario}, +${ms(n.overhead.addedMs)}`) : AT_100K,
    ),
  ];
}

function densityRow(report: Report, store: Store, label: string, max: number): TargetRow {
  const f = scenario(report, store, 'density-range');
  return row(
    `density, whole range, 200 buckets by actor, ${label}`,
    `p50 ≤ ${max} ms`,
    f?.graphql.single.p50Ms,
    max,
    ms,
    f ? note(`GraphQL, 1 connection; direct ${ms(f.direct.single.p50Ms)}`) : AT_100K,
  );
}

function monthThroughputRow(report: Report, store: Store, label: string, min: number): TargetRow {
  const f = scenario(report, store, 'timeline-month');
  return rowAtLeast(
    `GraphQL month page at 10 connections, ${label}`,
    `≥ ${min} req/s`,
    f?.graphql.loaded.throughput,
    min,
    perSecond,
    f
      ? note(
          `each request distinct (computed anew), p50 ${ms(f.graphql.loaded.p50Ms)}` +
            (f.cached ? `; the same page, from the answer cache: ${f.cached.throughput} req/s` : ''),
        )
      : AT_100K,
  );
}

function conditionalRow(report: Report, store: Store, label: string): TargetRow {
  const c = big(report)?.reads?.conditional?.[store];
  const r = rowAtLeast(
    `conditional GET answered 304 at 50 connections, ${label}`,
    '≥ 3,000 req/s',
    c?.throughput,
    3_000,
    perSecond,
    c ? note(`${c.path}`, c.failures === 0 ? 'every answer 304' : `${c.failures} answers not 304`) : AT_100K,
  );
  // A run with answers other than 304 did not measure revalidation, however fast it was.
  return c && c.failures > 0 ? { ...r, met: false } : r;
}

export function millionTargets(report: Report): TargetRow[] {
  const net = scenario(report, 'neo4j', 'network-hub-depth2');
  const client = report.sizes.map((x) => x.client).find((c) => c !== undefined);
  const whole = client?.timeline.find((t) => t.itemsInRange === TARGET_EVENTS);
  return [
    densityRow(report, 'neo4j', 'Neo4j', 60),
    densityRow(report, 'memory', 'embedded', 20),
    monthThroughputRow(report, 'memory', 'embedded', 400),
    monthThroughputRow(report, 'neo4j', 'Neo4j', 60),
    conditionalRow(report, 'memory', 'embedded'),
    conditionalRow(report, 'neo4j', 'Neo4j'),
    row(
      'network depth 2 around a hub, Neo4j',
      'p50 ≤ 250 ms',
      net?.graphql.single.p50Ms,
      250,
      ms,
      net ? note(`GraphQL, 1 connection; ${net.shape['nodes'] ?? '?'} nodes`) : AT_100K,
    ),
    row(
      'client: overview drawn after load, 100k items',
      '≤ 400 ms',
      whole?.completeRenderMs ?? undefined,
      400,
      ms,
      whole ? note(`kg:timeline-complete; first marks ${ms(whole.firstRenderMs)}`) : AT_100K,
    ),
    row(
      'client: bytes fetched to draw the whole range, 100k items',
      '≤ 1 MB',
      whole?.timelineBytes,
      MB,
      (v) => `${(v / MB).toFixed(2)} MB`,
      whole?.timelineBytes !== undefined
        ? note(`${whole.timelineRequests ?? '?'} GraphQL requests until complete`)
        : AT_100K,
    ),
  ];
}
