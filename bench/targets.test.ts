// The targets table on a synthetic report: issue 16's rows read the right figures, judge them at 100k events (and at
// 1M on a run that reached it), and say "not measured" when the run lacks them.
import { describe, expect, it } from 'vitest';
import type { BenchReport, SizeReport } from './bench-report.ts';
import type { ClientResult, TimelineFigures } from './client/client-result.ts';
import type { LoadFigures, ScenarioFigures } from './reads/measure-reads.ts';
import type { ConditionalFigures } from './reads/measure-conditional.ts';
import { checkTargets } from './targets.ts';
import { parseBenchArgs } from './bench-args.ts';
import { planSize } from './size-plan.ts';

const load = (p50Ms: number, throughput = 100): LoadFigures => ({
  p50Ms,
  p99Ms: p50Ms,
  throughput,
  failures: 0,
  runs: [],
});

function scenario(name: string, gql: number, direct: number, loadedThroughput = 100): ScenarioFigures {
  return {
    scenario: name,
    label: name,
    shape: { nodes: 42 },
    graphql: { loaded: load(gql * 10, loadedThroughput), single: load(gql) },
    direct: { loaded: load(direct * 10), single: load(direct) },
    overhead: { singleP50: gql / direct, loadedP50: gql / direct, throughput: 1, addedMs: gql - direct },
  };
}

const conditional = (throughput: number, failures = 0): ConditionalFigures => ({
  path: '/export/timeline.csv',
  connections: 50,
  throughput,
  p50Ms: 5,
  p99Ms: 9,
  failures,
  runs: [],
});

function timeline(itemsInRange: number, completeRenderMs: number, timelineBytes: number): TimelineFigures {
  return {
    itemsInRange,
    actualItems: itemsInRange,
    firstRenderMs: 100,
    completeRenderMs,
    timelineRequests: 3,
    timelineBytes,
    zoomFrames: 60,
    zoomFrameP50Ms: 16,
    zoomFrameP95Ms: 17,
    longestTaskMs: 20,
  };
}

function report(sizes: Array<Partial<SizeReport> & { events: number }>): Omit<BenchReport, 'targets'> {
  return {
    tool: 'kg-timeline bench',
    startedAt: '',
    finishedAt: '',
    command: '',
    variants: [],
    machine: { cpuModel: '', cores: 2, memoryGb: 8, os: '', node: '', load: { start: 0, end: 0, mean: 0, max: 0 } },
    neo4j: null,
    sizes: sizes.map((x) => ({ phases: [], corpus: {} as SizeReport['corpus'], notes: [], ...x })),
  };
}

const client: ClientResult = {
  bundle: { files: [], rawKb: 300, gzipKb: 100 },
  timeline: [timeline(10_000, 200, 300_000), timeline(100_000, 450, 800_000)],
  network: [],
  notes: [],
};

const measured = report([
  {
    events: 100_000,
    reads: {
      options: { runs: 1, durationS: 1, singleDurationS: 1, warmupS: 1, connections: 10 },
      memory: [
        scenario('timeline-month', 4, 2, 500),
        scenario('timeline-year', 9, 5, 300),
        scenario('density-range', 25, 20),
      ],
      neo4j: [
        scenario('timeline-month', 50, 40, 55),
        scenario('timeline-year', 60, 50),
        scenario('network-hub-depth2', 200, 190),
        scenario('density-range', 30, 28),
      ],
      conditional: { memory: conditional(4_000), neo4j: conditional(5_000, 2) },
    },
    client,
  },
]);

const byTarget = (rows: ReturnType<typeof checkTargets>) => new Map(rows.map((r) => [r.target, r]));

describe('issue 16 targets', () => {
  const rows = byTarget(checkTargets(measured));
  const get = (target: string) => {
    const r = rows.get(target);
    if (!r) throw new Error(`no row ${target}; rows: ${[...rows.keys()].join(' | ')}`);
    return r;
  };

  it('judges density p50 at one connection per store, with its own limit', () => {
    expect(get('density, whole range, 200 buckets by actor, Neo4j')).toMatchObject({ measured: '30 ms', met: true });
    expect(get('density, whole range, 200 buckets by actor, embedded')).toMatchObject({
      measured: '25 ms',
      met: false,
    });
    expect(get('density, whole range, 200 buckets by actor, embedded').note).toMatch(
      /^at 100k; 1M not run; .*direct 20 ms/,
    );
  });

  it('judges throughput as a floor: the month page at 10 connections and the conditional GET', () => {
    expect(get('GraphQL month page at 10 connections, embedded')).toMatchObject({ measured: '500 req/s', met: true });
    expect(get('GraphQL month page at 10 connections, Neo4j')).toMatchObject({ measured: '55 req/s', met: false });
    expect(get('conditional GET answered 304 at 50 connections, embedded')).toMatchObject({
      measured: '4000 req/s',
      met: true,
    });
  });

  it('fails a conditional GET run that got answers other than 304, however fast', () => {
    const r = get('conditional GET answered 304 at 50 connections, Neo4j');
    expect(r.met).toBe(false);
    expect(r.note).toMatch(/2 answers not 304/);
  });

  it('reads the hub network on Neo4j and the client at 100k items', () => {
    expect(get('network depth 2 around a hub, Neo4j')).toMatchObject({ measured: '200 ms', met: true });
    expect(get('client: overview drawn after load, 100k items')).toMatchObject({ measured: '450 ms', met: false });
    expect(get('client: bytes fetched to draw the whole range, 100k items')).toMatchObject({
      measured: '0.80 MB',
      met: true,
    });
  });

  it('takes the worst timeline page for the restated GraphQL overhead', () => {
    expect(get('GraphQL adds to a 500-item page, embedded')).toMatchObject({ measured: '4 ms', met: false });
    expect(get('GraphQL adds to a 500-item page, embedded').note).toMatch(/timeline-year/);
    expect(get('GraphQL overhead on a Neo4j page read')).toMatchObject({ measured: '1.25×', met: true });
  });

  it('keeps the older rows', () => {
    expect(get('timeline one-month window, 100k, Neo4j')).toMatchObject({ measured: '50 ms', met: true });
    expect(get('client bundle').met).toBe(true);
  });

  it('says not measured, never met, when the run has no 100k figures', () => {
    const small = checkTargets(report([{ events: 1_000 }]));
    const issue16 = small.filter((r) => r.note.startsWith('at 100k; 1M not run'));
    expect(issue16.length).toBe(11);
    for (const r of issue16) expect(r).toMatchObject({ measured: 'not measured', met: null });
  });
});

describe('a run at a million events', () => {
  const args = parseBenchArgs(['--events', '1000000']);
  const plan = planSize(1_000_000, args);
  const seed = { medianTotalMs: 540_000, medianValidateMs: 60_000, medianWriteMs: 480_000 } as NonNullable<
    SizeReport['seed']
  >;
  const rows = byTarget(
    checkTargets(
      report([
        {
          events: 1_000_000,
          phases: plan.phases,
          notes: plan.skipped,
          seed,
          reads: {
            options: { runs: 1, durationS: 1, singleDurationS: 1, warmupS: 1, connections: 10 },
            neo4j: [scenario('timeline-month', 70, 60), scenario('density-range', 90, 85)],
          },
          client: { ...client, timeline: [timeline(1_100_000, 380, 120_000)] },
        },
      ]),
    ),
  );
  const get = (target: string) => rows.get(target) ?? expect.fail(`no row ${target}`);

  it('plans no embedded store past its limit, and one seed run; Neo4j and the client still run', () => {
    expect(plan).toMatchObject({ embedded: false, phases: ['seed', 'reads', 'client'], stores: ['neo4j'] });
    expect(args.seedRuns).toBe(1);
    expect(planSize(100_000, args)).toMatchObject({ embedded: true, phases: ['load', 'seed', 'reads', 'client'] });
  });

  it('judges every 1M row: met, missed, or not measured with the reason the run noted', () => {
    expect(get('seed into Neo4j, at 1M')).toMatchObject({ measured: '540.0 s', met: true });
    expect(get('timeline one-month page, Neo4j, at 1M')).toMatchObject({ measured: '70 ms', met: true });
    expect(get('density, whole range, 200 buckets by actor, Neo4j, at 1M')).toMatchObject({ met: false });
    expect(get('client: overview drawn after load, at 1M')).toMatchObject({ measured: '380 ms', met: true });
    expect(get('client: bytes fetched to draw the whole range, at 1M')).toMatchObject({ met: true });
    for (const target of [
      'embedded store start-up, at 1M',
      'density, whole range, 200 buckets by actor, embedded, at 1M',
      'conditional GET answered 304 at 50 connections, embedded, at 1M',
    ]) {
      expect(get(target)).toMatchObject({ measured: 'not measured', met: null });
      expect(get(target).note).toMatch(/^not measured: embedded .*Where to switch to Neo4j/);
    }
    expect(get('network depth 2 around a hub, Neo4j, at 1M').note).toMatch(/^not measured: no such figure/);
  });

  it('adds no 1M rows to a run that did not reach 1M', () => {
    expect(checkTargets(measured).some((r) => r.target.endsWith('at 1M'))).toBe(false);
  });
});
