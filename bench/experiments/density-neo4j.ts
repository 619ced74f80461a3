// Neo4j density: the shipped density-actors.cypher beside the query it replaced (date arithmetic per (actor, day)
// pair) and density-kinds.cypher, timed in interleaved rounds on a seeded graph, plus the store's timelineDensity by
// actor end to end (kinds, actors and the count in one transaction).
//
//   npx tsx bench/experiments/density-neo4j.ts --data-dir DIR [--runs 7]
//
// DIR: a store seeded by network-profile.ts (its seeded.json marker), reused as is.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { DensityGrid } from '../../server/store/density.ts';
import { DENSITY_QUERIES } from '../../server/store/neo4j/neo4j-density.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { seekRange } from '../../server/store/neo4j/span-reach.ts';
import { findFreePort, startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { benchDriver, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { median, round } from '../stats.ts';

/** Rows compared regardless of order (the kinds query's rows come in no set order). */
const sorted = (json: string | undefined) =>
  JSON.stringify((JSON.parse(json ?? '[]') as unknown[]).map((r) => JSON.stringify(r)).sort());

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '7' } } });
const dataDir = values['data-dir'];
if (!dataDir || !existsSync(path.join(dataDir, 'seeded.json')))
  throw new Error('--data-dir: a store seeded by network-profile.ts');

/** density-actors.cypher before issue 16's rewrite. */
const BEFORE = `CALL () {
  MATCH (n:TimelineItem)
  USING INDEX n:TimelineItem(sortKey, id)
  WHERE n.sortKey >= $seekFrom AND n.sortKey <= $seekTo AND n.id IS NOT NULL
  RETURN n
  UNION ALL
  MATCH (n:LongSpan|OpenSpan)
  WHERE n.sortKey < $seekFrom OR n.sortKey > $seekTo
  RETURN n
}
WITH n
WHERE (n.earliest IS NOT NULL OR n.latest IS NOT NULL)
  AND (($match = 'OVERLAPS'
        AND coalesce(n.earliest, n.latest) <= $to AND coalesce(n.latest, n.earliest) >= $from)
    OR ($match = 'POSSIBLY'
        AND coalesce(n.earliest, '0000-01-01') <= $to AND coalesce(n.latest, '9999-12-31') >= $from)
    OR ($match = 'WITHIN'
        AND n.earliest IS NOT NULL AND n.latest IS NOT NULL AND n.earliest >= $from AND n.latest <= $to))
MATCH (a:Actor)-[:PARTICIPATED_IN|SAID]->(n)
WHERE size($actorIds) = 0 OR a.id IN $actorIds
WITH a, CASE WHEN n.sortKey < $from THEN $from WHEN n.sortKey > $to THEN $to ELSE n.sortKey END AS day,
     count(DISTINCT n) AS c
WITH a, duration.inDays(date($from), date(day)).days / $width AS bucket, sum(c) AS c
ORDER BY bucket
WITH a, collect(bucket) AS buckets, collect(c) AS counts, sum(c) AS total
ORDER BY total DESC, a.id
LIMIT $lanes
RETURN a.id AS key, a.name AS label, buckets, counts
`;

useBenchNeo4jSettings();
const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
const driver = benchDriver(server.uri);
try {
  const range = (
    await driver.executeQuery('MATCH (n:TimelineItem) RETURN min(n.sortKey) AS first, max(n.sortKey) AS last')
  ).records[0]!;
  const window = { from: String(range.get('first')), to: String(range.get('last')) };
  const grid = new DensityGrid(window, 200);
  const params = {
    ...seekRange(window, 'OVERLAPS'),
    ...window,
    match: 'OVERLAPS',
    actorIds: [],
    width: neo4j.int(grid.width),
    lanes: neo4j.int(20),
  };
  const queries = await loadQueries(DENSITY_QUERIES);
  const variants = {
    'by actor, before': BEFORE,
    'by actor, shipped': queries['read/density-actors'],
    // A rewrite computing the bucket once per day rather than per (day, kind, precision) group gained nothing.
    'by kind, shipped': queries['read/density-kinds'],
  };
  const store = await Neo4jStore.fromDriver(driver);
  const dq = { window, match: 'OVERLAPS' as const, actorIds: [], buckets: 200, laneBy: 'ACTOR' as const, lanes: 20 };
  const runs: Record<string, () => Promise<unknown>> = {
    ...Object.fromEntries(Object.entries(variants).map(([k, q]) => [k, () => driver.executeQuery(q, params)])),
    'store.timelineDensity by actor': () => store.timelineDensity(dq),
  };
  const times = new Map(Object.keys(runs).map((k) => [k, [] as number[]]));
  const rows = new Map<string, string>();
  for (let i = 0; i <= Number(values.runs); i++)
    for (const [name, run] of Object.entries(runs)) {
      const t = performance.now();
      const r = await run();
      if (i > 0) times.get(name)!.push(performance.now() - t);
      if (name in variants)
        rows.set(name, JSON.stringify((r as { records: { toObject(): unknown }[] }).records.map((x) => x.toObject())));
    }
  if (sorted(rows.get('by actor, before')) !== sorted(rows.get('by actor, shipped')))
    throw new Error('by actor: the two queries disagree');
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; whole range, 200 buckets, 20 lanes`,
  );
  console.log('| density query | p50 wall |');
  console.log('|---|---|');
  for (const [name, t] of times) console.log(`| ${name} | ${round(median(t))} ms |`);
  await store.close();
} finally {
  await driver.close();
  await server.stop();
}
