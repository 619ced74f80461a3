// The targets, checked against a run's figures.
import type { BenchReport, SizeReport, TargetRow } from './bench-report.ts';
import { ms, row, s } from './target-row.ts';
import { atMillionTargets } from './targets-at-million.ts';
import { millionTargets, restatedOverheadTargets, TARGET_EVENTS } from './targets-million.ts';

export function checkTargets(report: Omit<BenchReport, 'targets'>): TargetRow[] {
  const at = (n: number): SizeReport | undefined => report.sizes.find((x) => x.events === n);
  const big = at(TARGET_EVENTS);
  const month = (store: 'memory' | 'neo4j') => big?.reads?.[store]?.find((f) => f.scenario === 'timeline-month');
  // Latency targets are read at one connection: with ten on one Node thread, p50 is about ten service times.
  const overheads = report.sizes
    .flatMap((x) => [
      ...(x.reads?.memory ?? []).map((f) => ({ size: x.events, store: 'embedded', f })),
      ...(x.reads?.neo4j ?? []).map((f) => ({ size: x.events, store: 'Neo4j', f })),
    ])
    .sort((a, b) => b.f.overhead.singleP50 - a.f.overhead.singleP50);
  const worst = overheads[0];
  const worstNeo4j = overheads.find((o) => o.store === 'Neo4j');
  const client = report.sizes.map((x) => x.client).find((c) => c !== undefined);
  const render10k = client?.timeline.find((t) => t.itemsInRange === 10_000);
  const zoom100k = client?.timeline.find((t) => t.itemsInRange === 100_000);
  const net2000 = client?.network.find((n) => n.actors === 2_000);
  const m = month('memory');
  const n = month('neo4j');
  return [
    row(
      'seed 100k events into Neo4j',
      '≤ 60 s',
      big?.seed?.medianTotalMs,
      60_000,
      s,
      big?.seed ? `validate ${s(big.seed.medianValidateMs)} + write ${s(big.seed.medianWriteMs)}` : '',
    ),
    row(
      'embedded store loads 100k events',
      '≤ 3 s',
      big?.load?.medianTotalMs,
      3_000,
      s,
      big?.load ? `read+validate ${s(big.load.medianReadValidateMs)} + build ${s(big.load.medianBuildMs)}` : '',
    ),
    row(
      'timeline one-month window, 100k, embedded',
      'p50 ≤ 30 ms',
      m?.graphql.single.p50Ms,
      30,
      ms,
      m ? `GraphQL, 1 connection; 10 connections: ${ms(m.graphql.loaded.p50Ms)} (about ten requests queued)` : '',
    ),
    row(
      'timeline one-month window, 100k, Neo4j',
      'p50 ≤ 80 ms',
      n?.graphql.single.p50Ms,
      80,
      ms,
      n ? `GraphQL, 1 connection; 10 connections: ${ms(n.graphql.loaded.p50Ms)}` : '',
    ),
    row(
      'GraphQL overhead over the direct store read',
      '≤ 1.5×',
      worst?.f.overhead.singleP50,
      1.5,
      (v) => `${v}×`,
      worst
        ? `worst: ${worst.f.scenario} (${worst.size / 1000}k events, ${worst.store}, +${worst.f.overhead.addedMs} ms)` +
            (worstNeo4j ? `; Neo4j at most ${worstNeo4j.f.overhead.singleP50}×` : '')
        : '',
    ),
    ...restatedOverheadTargets(report),
    row('first render, 10k items in range', '≤ 500 ms', render10k?.firstRenderMs, 500, ms),
    row(
      'frame time while zooming, 100k items',
      'p95 ≤ 16 ms',
      zoom100k?.zoomWorkP95Ms ?? zoom100k?.zoomFrameP95Ms,
      16,
      ms,
      zoom100k?.zoomWorkP95Ms !== undefined
        ? `main-thread work per frame; frame intervals p95 ${ms(zoom100k.zoomFrameP95Ms)} (at rest ${ms(zoom100k.idleFrameP95Ms ?? 0)})`
        : 'frame intervals (older result)',
    ),
    row(
      'network of 2,000 actors settles',
      '≤ 3 s',
      net2000?.settleMs,
      3_000,
      s,
      net2000 ? `longest main-thread task ${ms(net2000.longestTaskMs)} (limit 50 ms)` : '',
    ),
    row(
      'network input never blocked',
      '≤ 50 ms',
      net2000?.worstLongestTaskMs ?? net2000?.longestTaskMs,
      50,
      ms,
      net2000?.worstLongestTaskMs === undefined
        ? ''
        : `worst of ${net2000.runs ?? 1} loads (median load ${ms(net2000.longestTaskMs)})`,
    ),
    row('client bundle', '≤ 150 KB gzip', client?.bundle.gzipKb, 150, (v) => `${v} KB`),
    ...millionTargets(report),
    ...atMillionTargets(report),
  ];
}
