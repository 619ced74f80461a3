// The Neo4j misses, query by query: the adapter's Cypher beside the proposed rewrite, on the same seeded graph,
// with server time and db hits from PROFILE. Writes a markdown table (bench-results/neo4j-query-plans.md).
//
//   npx tsx test/bench/experiments/neo4j-query-plans.ts --events 100000 [--data-dir DIR] [--out FILE]
//
// With --data-dir the seeded store is kept and reused by the next run (seeding 100k events takes minutes).
// The proposed rewrite needs a :TimelineItem label with a (sortKey, id) range index; the script adds them.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadArticles } from '../../../server/article/load-articles.ts';
import { loadQueries } from '../../../server/cypher/load-queries.ts';
import { READ_QUERIES } from '../../../server/store/neo4j/neo4j-store.ts';
import { writeArticles } from '../../../server/store/neo4j/neo4j-writer.ts';
import { findFreePort, startNeo4j } from '../../neo4j/neo4j-server.ts';
import { benchDriver, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({
  options: { events: { type: 'string', default: '100000' }, 'data-dir': { type: 'string' }, out: { type: 'string' } },
});
const events = Number(values.events);
const out = values.out ?? 'bench-results/neo4j-query-plans.md';
// Server-side figures are what matters here; without this every large parameter list waits ~40 ms in the driver.
enableTcpNoDelay();
useBenchNeo4jSettings();

const SPAN_DAYS = 62;
const seekFrom = (from: string) =>
  new Date(Date.parse(`${from}T00:00:00Z`) - SPAN_DAYS * 86_400_000).toISOString().slice(0, 10);

/** Window pages from two range-index seeks on the existing sortKey indexes (no schema change). */
const UNION_PAGE = `CALL () {
  MATCH (e:Event) WHERE e.sortKey >= $seekFrom AND e.sortKey <= $to RETURN e AS n, 'Event' AS itemType
  UNION ALL
  MATCH (s:Statement) WHERE s.sortKey >= $seekFrom AND s.sortKey <= $to RETURN s AS n, 'Statement' AS itemType
}
WITH n, itemType WHERE coalesce(n.latest, n.earliest) >= $from
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN itemType, n.id AS id, n.sortKey AS key ORDER BY key, id LIMIT $limit`;
const UNION_COUNT = `CALL () {
  MATCH (e:Event) WHERE e.sortKey >= $seekFrom AND e.sortKey <= $to RETURN e AS n
  UNION ALL
  MATCH (s:Statement) WHERE s.sortKey >= $seekFrom AND s.sortKey <= $to RETURN s AS n
}
WITH n WHERE coalesce(n.latest, n.earliest) >= $from RETURN count(n) AS total`;
/** One label over events and statements, ordered by a composite index: a page reads about a page of rows. */
const ITEM_PAGE = `MATCH (n:TimelineItem)
WHERE n.sortKey >= $seekFrom AND n.sortKey <= $to AND n.id IS NOT NULL AND coalesce(n.latest, n.earliest) >= $from
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN CASE WHEN n:Event THEN 'Event' ELSE 'Statement' END AS itemType, n.id AS id, n.sortKey AS key
ORDER BY n.sortKey, n.id LIMIT $limit`;
const ITEM_COUNT = `MATCH (n:TimelineItem)
WHERE n.sortKey >= $seekFrom AND n.sortKey <= $to AND n.id IS NOT NULL AND coalesce(n.latest, n.earliest) >= $from
RETURN count(n) AS total`;
const ACTORS_NO_EVIDENCE =
  'MATCH (a:Actor) WHERE a.id IN $ids RETURN a { .id, .name, .kind, .aliases, .roles } AS actor';
const SEEDS_BY_ID = 'MATCH (a:Actor) WHERE a.id IN $ids RETURN a.id AS id';

interface Timing {
  query: string;
  variant: string;
  serverMs: number;
  wallMs: number;
  rows: number;
  dbHits: number;
}

async function measure(
  driver: Driver,
  query: string,
  variant: string,
  cypher: string,
  params: Record<string, unknown>,
  runs = 7,
) {
  const server: number[] = [];
  const wall: number[] = [];
  let records: Array<Record<string, unknown>> = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
    wall.push(performance.now() - t);
    server.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
    records = r.records.map((x) => x.toObject() as Record<string, unknown>);
  }
  const profiled = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ });
  let dbHits = 0;
  const walk = (op: { dbHits: number; children: unknown[] }) => {
    dbHits += Number(op.dbHits);
    op.children.forEach((c) => walk(c as typeof op));
  };
  walk(profiled.summary.profile as unknown as { dbHits: number; children: unknown[] });
  const timing: Timing = {
    query,
    variant,
    serverMs: round(median(server)),
    wallMs: round(median(wall)),
    rows: records.length,
    dbHits,
  };
  process.stderr.write(
    `${query} [${variant}]: ${timing.serverMs} ms server, ${dbHits} db hits, ${records.length} rows\n`,
  );
  return { timing, records };
}

async function main(): Promise<void> {
  const dataDir = values['data-dir'] ?? (await mkdtemp(path.join(tmpdir(), 'kg-plans-')));
  const seeded = existsSync(path.join(dataDir, 'seeded.json'));
  const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
  const driver = benchDriver(server.uri);
  const timings: Timing[] = [];
  try {
    let hubId: string;
    if (!seeded) {
      const corpus = await mkdtemp(path.join(tmpdir(), 'kg-plans-corpus-'));
      const summary = await writeCorpus(corpus, { events });
      await writeArticles(driver, await loadArticles([corpus]));
      await rm(corpus, { recursive: true, force: true });
      hubId = summary.hubs[0]!.id;
      await writeFile(path.join(dataDir, 'seeded.json'), JSON.stringify({ events, hubId }));
    } else {
      hubId = (JSON.parse(readFileSync(path.join(dataDir, 'seeded.json'), 'utf8')) as { hubId: string }).hubId;
    }
    const session = driver.session();
    try {
      await session.run(
        'MATCH (n:Event) WHERE NOT n:TimelineItem CALL (n) { SET n:TimelineItem } IN TRANSACTIONS OF 10000 ROWS',
      );
      await session.run(
        'MATCH (n:Statement) WHERE NOT n:TimelineItem CALL (n) { SET n:TimelineItem } IN TRANSACTIONS OF 10000 ROWS',
      );
      await session.run(
        'CREATE RANGE INDEX timeline_item_order IF NOT EXISTS FOR (n:TimelineItem) ON (n.sortKey, n.id)',
      );
      await session.run('CALL db.awaitIndexes(600)');
    } finally {
      await session.close();
    }

    const q = await loadQueries(READ_QUERIES);
    const base = { actorIds: [], match: 'OVERLAPS', afterKey: null, afterId: null, limit: neo4j.int(501) };
    const add = (r: { timing: Timing }) => timings.push(r.timing);
    for (const [label, w] of [
      ['one-month window', { from: '2020-06-01', to: '2020-06-30' }],
      ['one-year window', { from: '2020-01-01', to: '2020-12-31' }],
    ] as const) {
      const p = { ...base, ...w };
      const page = await measure(driver, `timeline page, ${label}`, 'current', q['read/timeline-page'], p);
      timings.push(page.timing);
      const proposed = { ...p, seekFrom: seekFrom(w.from) };
      add(await measure(driver, `timeline page, ${label}`, 'union of sortKey index seeks', UNION_PAGE, proposed));
      add(await measure(driver, `timeline page, ${label}`, ':TimelineItem (sortKey, id) index', ITEM_PAGE, proposed));
      add(await measure(driver, `timeline count, ${label}`, 'current', q['read/timeline-count'], p));
      add(await measure(driver, `timeline count, ${label}`, 'union of sortKey index seeks', UNION_COUNT, proposed));
      add(await measure(driver, `timeline count, ${label}`, ':TimelineItem (sortKey, id) index', ITEM_COUNT, proposed));
      const rows = page.records as Array<{ id: string; itemType: string }>;
      const ids = (type: string) => rows.filter((r) => r.itemType === type).map((r) => r.id);
      const evs = await measure(driver, `hydrate events, ${label}`, 'current', q['read/events-by-id'], {
        ids: ids('Event'),
      });
      timings.push(evs.timing);
      const sts = await measure(driver, `hydrate statements, ${label}`, 'current', q['read/statements-by-id'], {
        ids: ids('Statement'),
      });
      timings.push(sts.timing);
      const actorIds = [
        ...new Set([
          ...(evs.records as Array<{ event: { participants: Array<{ actorId: string }> } }>).flatMap((e) =>
            e.event.participants.map((x) => x.actorId),
          ),
          ...(sts.records as Array<{ statement: { speakerId: string } }>).map((s) => s.statement.speakerId),
        ]),
      ];
      add(
        await measure(
          driver,
          `hydrate ${actorIds.length} actors, ${label}`,
          'current (with every evidence span)',
          q['read/actors-by-id'],
          { ids: actorIds },
        ),
      );
      add(
        await measure(driver, `hydrate ${actorIds.length} actors, ${label}`, 'without evidence', ACTORS_NO_EVIDENCE, {
          ids: actorIds,
        }),
      );
    }
    const all = { ...base, from: null, to: null };
    add(
      await measure(
        driver,
        'timeline page, no window (the client pages through all)',
        'current',
        q['read/timeline-page'],
        all,
      ),
    );
    add(
      await measure(
        driver,
        'timeline page, no window (the client pages through all)',
        ':TimelineItem (sortKey, id) index',
        ITEM_PAGE,
        {
          ...base,
          from: '0000-01-01',
          to: '9999-12-31',
          seekFrom: '0000-01-01',
        },
      ),
    );
    add(await measure(driver, 'timeline count, no window', 'current', q['read/timeline-count'], all));
    add(
      await measure(
        driver,
        'timeline count, no window',
        ':TimelineItem label count',
        'MATCH (n:TimelineItem) RETURN count(n) AS total',
        {},
      ),
    );

    add(await measure(driver, 'network seeds', 'current', q['read/network-seeds'], { ids: [hubId] }));
    add(await measure(driver, 'network seeds', 'seek by id (no `size($ids) = 0 OR`)', SEEDS_BY_ID, { ids: [hubId] }));
    const w = { windowed: false, from: null, to: null, match: 'OVERLAPS' };
    const reached = new Set([hubId]);
    let frontier = [hubId];
    for (let hop = 1; hop <= 2; hop++) {
      const r = await measure(
        driver,
        `network neighbours, hop ${hop} (${frontier.length} actors)`,
        'current',
        q['read/network-neighbours'],
        { frontier, ...w },
        3,
      );
      timings.push(r.timing);
      frontier = (r.records as Array<{ id: string }>).map((x) => x.id).filter((id) => !reached.has(id));
      frontier.forEach((id) => reached.add(id));
    }
    add(
      await measure(
        driver,
        `network edges among ${reached.size} actors`,
        'current',
        q['read/network-edges'],
        { actorIds: [...reached], ...w },
        3,
      ),
    );
    add(
      await measure(
        driver,
        `hydrate ${reached.size} network actors`,
        'current (with every evidence span)',
        q['read/actors-by-id'],
        { ids: [...reached] },
        3,
      ),
    );
    add(
      await measure(
        driver,
        `hydrate ${reached.size} network actors`,
        'without evidence',
        ACTORS_NO_EVIDENCE,
        { ids: [...reached] },
        3,
      ),
    );
    add(
      await measure(driver, 'search "drought relief"', 'current (`+*term*` wildcards)', q['read/search'], {
        query: '+*drought* +*relief*',
      }),
    );
    add(
      await measure(driver, 'search "drought relief"', 'plain terms', q['read/search'], { query: '+drought +relief' }),
    );
  } finally {
    await driver.close();
    await server.stop();
    if (!values['data-dir']) await rm(dataDir, { recursive: true, force: true });
  }
  const lines = [
    `## Neo4j queries at ${events / 1000}k events: current and proposed`,
    '',
    'Server time (median of 7, from the result summary), db hits (PROFILE), rows. Generated by `test/bench/experiments/neo4j-query-plans.ts`.',
    '',
    '| query | variant | server ms | db hits | rows |',
    '|---|---|---|---|---|',
    ...timings.map((t) => `| ${t.query} | ${t.variant} | ${t.serverMs} | ${t.dbHits} | ${t.rows} |`),
    '',
  ];
  await mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await writeFile(out, lines.join('\n'));
  process.stdout.write(lines.join('\n'));
}

await main();
