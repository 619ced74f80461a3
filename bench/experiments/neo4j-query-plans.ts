// The Neo4j misses, query by query: the adapter's Cypher beside the proposed rewrite, on the same seeded graph,
// with server time and db hits from PROFILE. Writes a markdown table (bench-results/neo4j-query-plans.md).
//
//   npx tsx bench/experiments/neo4j-query-plans.ts --events 100000 [--data-dir DIR] [--out FILE]
//
// With --data-dir the seeded store is kept and reused by the next run (seeding 100k events takes minutes).
// The timeline rows show the adapter's queries (timeline-reads.ts picks them) beside the generic predicate they
// replaced, kept here as the "before"; a store seeded before the :TimelineItem labels needs a re-seed.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadArticles } from '../../server/article/load-articles.ts';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { READ_QUERIES } from '../../server/store/neo4j/neo4j-store.ts';
import { timelineRead } from '../../server/store/neo4j/timeline-reads.ts';
import { writeArticles } from '../../server/store/neo4j/neo4j-writer.ts';
import { startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../../test/neo4j/ports.ts';
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

/** The timeline's page and count before the per-case queries: one generic window predicate no index can serve. */
const GENERIC_WINDOW = `(($from IS NULL AND $to IS NULL) OR ((n.earliest IS NOT NULL OR n.latest IS NOT NULL) AND (
  ($match = 'OVERLAPS' AND coalesce(n.earliest, n.latest) <= coalesce($to, '9999-12-31')
    AND coalesce(n.latest, n.earliest) >= coalesce($from, '0000-01-01'))
  OR ($match = 'POSSIBLY' AND coalesce(n.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
    AND coalesce(n.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
  OR ($match = 'WITHIN' AND n.earliest IS NOT NULL AND n.latest IS NOT NULL
    AND n.earliest >= coalesce($from, '0000-01-01') AND n.latest <= coalesce($to, '9999-12-31')))))`;
const GENERIC_ITEMS = `CALL () {
  MATCH (e:Event) WHERE size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN $actorIds }
  RETURN e AS n, 'Event' AS itemType
  UNION ALL
  MATCH (s:Statement) WHERE size($actorIds) = 0 OR EXISTS { MATCH (a:Actor)-[:SAID]->(s) WHERE a.id IN $actorIds }
  RETURN s AS n, 'Statement' AS itemType
} WITH n, itemType WHERE ${GENERIC_WINDOW}`;
const GENERIC_PAGE = `${GENERIC_ITEMS}
  AND ($afterKey IS NULL OR n.sortKey > $afterKey OR (n.sortKey = $afterKey AND n.id > $afterId))
RETURN itemType, n.id AS id, n.sortKey AS key ORDER BY key, id LIMIT $limit`;
const GENERIC_COUNT = `${GENERIC_ITEMS} RETURN count(n) AS total`;
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
    const q = await loadQueries(READ_QUERIES);
    const base = {
      actorIds: [],
      match: 'OVERLAPS',
      afterKey: null,
      afterId: null,
      pageFrom: '',
      limit: neo4j.int(501),
    };
    const add = (r: { timing: Timing }) => timings.push(r.timing);
    const adapter = (window: { from: string | null; to: string | null }) =>
      timelineRead({ window, match: 'OVERLAPS', actorIds: [], first: 500, after: null });
    for (const [label, w] of [
      ['one-month window', { from: '2020-06-01', to: '2020-06-30' }],
      ['one-year window', { from: '2020-01-01', to: '2020-12-31' }],
    ] as const) {
      const p = { ...base, ...w };
      const read = adapter(w);
      add(await measure(driver, `timeline page, ${label}`, 'before (generic predicate)', GENERIC_PAGE, p));
      const page = await measure(driver, `timeline page, ${label}`, read.page, q[read.page], {
        ...base,
        ...read.filters,
      });
      timings.push(page.timing);
      add(await measure(driver, `timeline count, ${label}`, 'before (generic predicate)', GENERIC_COUNT, p));
      add(await measure(driver, `timeline count, ${label}`, read.count, q[read.count], read.filters));
      const rows = page.records as Array<{ id: string; itemType: string }>;
      const ids = (type: string) => rows.filter((r) => r.itemType === type).map((r) => r.id);
      const evs = await measure(driver, `hydrate events, ${label}`, 'events-by-id', q['read/events-by-id'], {
        ids: ids('Event'),
      });
      timings.push(evs.timing);
      const sts = await measure(
        driver,
        `hydrate statements, ${label}`,
        'statements-by-id',
        q['read/statements-by-id'],
        {
          ids: ids('Statement'),
        },
      );
      timings.push(sts.timing);
      const actorIds = [
        ...new Set([
          ...(evs.records as Array<{ event: { participants: Array<{ actorId: string }> } }>).flatMap((e) =>
            e.event.participants.map((x) => x.actorId),
          ),
          ...(sts.records as Array<{ statement: { speakerId: string } }>).map((s) => s.statement.speakerId),
        ]),
      ];
      const hydrate = `hydrate ${actorIds.length} actors, ${label}`;
      add(
        await measure(driver, hydrate, 'actors-by-id (with every evidence span)', q['read/actors-by-id'], {
          ids: actorIds,
        }),
      );
      add(await measure(driver, hydrate, 'actor-summaries-by-id', q['read/actor-summaries-by-id'], { ids: actorIds }));
    }
    const all = { ...base, from: null, to: null };
    const unwindowed = adapter({ from: null, to: null });
    const allPage = 'timeline page, no window (the client pages through all)';
    add(await measure(driver, allPage, 'before (generic predicate)', GENERIC_PAGE, all));
    add(await measure(driver, allPage, unwindowed.page, q[unwindowed.page], { ...base, ...unwindowed.filters }));
    add(await measure(driver, 'timeline count, no window', 'before (generic predicate)', GENERIC_COUNT, all));
    add(await measure(driver, 'timeline count, no window', unwindowed.count, q[unwindowed.count], {}));

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
        'actors-by-id (with every evidence span)',
        q['read/actors-by-id'],
        { ids: [...reached] },
        3,
      ),
    );
    add(
      await measure(
        driver,
        `hydrate ${reached.size} network actors`,
        'actor-summaries-by-id',
        q['read/actor-summaries-by-id'],
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
    `## Neo4j queries at ${events / 1000}k events: the adapter's and the generic predicate they replaced`,
    '',
    'Server time (median of 7, from the result summary), db hits (PROFILE), rows. Generated by `bench/experiments/neo4j-query-plans.ts`.',
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
