// Where the Neo4j network read around a hub (depth 2) spends its time: the store's read end to end, then each of
// its queries with server time and db hits from PROFILE, beside candidate rewrites on the same graph.
//
//   npx tsx bench/experiments/network-profile.ts --events 20000 [--data-dir DIR] [--heap 1g] [--network-only]
//
// With --data-dir the seeded store is kept and reused. Prints a markdown table to stdout.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { loadArticles } from '../../server/article/load-articles.ts';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { Neo4jStore, READ_QUERIES } from '../../server/store/neo4j/neo4j-store.ts';
import { ByIdReads } from '../../server/store/neo4j/by-id-reads.ts';
import { CypherReader } from '../../server/store/neo4j/cypher-reader.ts';
import { readNetworkLinks, readNetworkWalk } from '../../server/store/neo4j/network-reads.ts';
import { toNetworkLinks } from '../../server/store/network-links.ts';
import type { NetworkQuery, NetworkSummary } from '../../server/store/store.ts';
import { startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../../test/neo4j/ports.ts';
import { benchDriver, seedBench } from '../bench-neo4j.ts';
import { profile, recordingDriver, type RecordedQuery } from '../reads/cypher-replay.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    'data-dir': { type: 'string' },
    heap: { type: 'string', default: '1g' },
    runs: { type: 'string', default: '5' },
    /** Only the network: skip density and the per-query rows (minutes each on a loaded machine at 100k). */
    'network-only': { type: 'boolean', default: false },
  },
});
enableTcpNoDelay();
process.env['NEO4J_TEST_HEAP'] ??= values.heap;
process.env['NEO4J_TEST_PAGECACHE_MB'] ??= '512';
process.env['NEO4J_TEST_JIT'] ??= 'full';
const runs = Number(values.runs);

/** Candidate rewrites, keyed by the store query they would replace; measured on the same parameters. */
const WINDOW = `($windowed = false OR ($from IS NULL AND $to IS NULL) OR ((r.earliest IS NOT NULL OR r.latest IS NOT NULL) AND (
  ($match = 'OVERLAPS' AND coalesce(r.earliest, r.latest) <= coalesce($to, '9999-12-31')
    AND coalesce(r.latest, r.earliest) >= coalesce($from, '0000-01-01'))
  OR ($match = 'POSSIBLY' AND coalesce(r.earliest, '0000-01-01') <= coalesce($to, '9999-12-31')
    AND coalesce(r.latest, '9999-12-31') >= coalesce($from, '0000-01-01'))
  OR ($match = 'WITHIN' AND r.earliest IS NOT NULL AND r.latest IS NOT NULL
    AND r.earliest >= coalesce($from, '0000-01-01') AND r.latest <= coalesce($to, '9999-12-31')))))`;
export const CANDIDATES: Record<string, Record<string, string>> = {
  'read/network-edges': {
    // What the store read until issue 16 item 5: every relationship's evidence in the network, as a sorted subquery.
    'with evidence, as before': `MATCH (a:Actor)<-[:FROM]-(r:Relationship)-[:TO]->(b:Actor)
WHERE ($actorIds IS NULL OR (a.id IN $actorIds AND b.id IN $actorIds)) AND ${WINDOW}
RETURN r { .id, .type, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  sourceId: a.id, targetId: b.id,
  evidence: COLLECT { MATCH (r)-[:SUPPORTED_BY]->(ev:Evidence)
    RETURN ev { .sourceId, .start, .\`end\`, .quote } ORDER BY ev.sourceId, ev.start, ev.\`end\` } } AS relationship
ORDER BY r.sortKey, r.id`,
    'seek the ends by id, no null branch': `MATCH (a:Actor) WHERE a.id IN $actorIds
MATCH (a)<-[:FROM]-(r:Relationship)-[:TO]->(b:Actor) WHERE b.id IN $actorIds AND ${WINDOW}
RETURN r { .id, .type, .edtf, .earliest, .latest, .precision, .label, .reportedBy, .disputedFields,
  sourceId: a.id, targetId: b.id } AS relationship
ORDER BY r.sortKey, r.id`,
  },
};

interface Sample {
  server: number[];
  wall: number[];
  rows: number;
}

async function sample(driver: Driver, cypher: string, params: Record<string, unknown>, into: Sample) {
  const t = performance.now();
  const r = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
  into.wall.push(performance.now() - t);
  into.server.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
  into.rows = r.records.length;
}

/**
 * Times the variants of one query in rounds, one run of each per round, so a busy machine's drift falls on all
 * alike; one unmeasured run of each first (planning, cold caches). Then PROFILE each once for db hits and the plan.
 */
async function profileVariants(driver: Driver, variants: Record<string, string>, params: Record<string, unknown>) {
  const samples = new Map(Object.keys(variants).map((v) => [v, { server: [], wall: [], rows: 0 } as Sample]));
  for (const cypher of Object.values(variants)) await driver.executeQuery(cypher, params);
  for (let i = 0; i < runs; i++)
    for (const [variant, cypher] of Object.entries(variants))
      await sample(driver, cypher, params, samples.get(variant)!);
  const out = [];
  for (const [variant, cypher] of Object.entries(variants)) {
    const p = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ });
    let dbHits = 0;
    const ops: string[] = [];
    const walk = (op: { operatorType: string; dbHits: number; rows: number; children: unknown[] }) => {
      dbHits += Number(op.dbHits);
      ops.push(`${op.operatorType.replace(/@neo4j$/, '')}(${Number(op.rows)} rows, ${Number(op.dbHits)} hits)`);
      op.children.forEach((c) => walk(c as typeof op));
    };
    walk(p.summary.profile as unknown as Parameters<typeof walk>[0]);
    const s = samples.get(variant)!;
    out.push({
      variant,
      serverMs: round(median(s.server)),
      wallMs: round(median(s.wall)),
      dbHits,
      rows: s.rows,
      plan: ops.join(' < '),
    });
  }
  return out;
}

/**
 * The store's two walks to the same network, timed in interleaved rounds (one run of each per round, so a busy
 * machine's drift falls on both alike): the full one (network, exports) and the lean one the GraphQL resolver reads
 * when a query selects only link fields (networkLinks), which must be the full one cut to its link fields; then
 * each one's PROFILE. A commit's walk against this tree's, through GraphQL too: network-ab.ts.
 */
async function compareReads(driver: Driver, q: NetworkQuery): Promise<void> {
  const reader = new CypherReader(await loadQueries(READ_QUERIES));
  const byId = new ByIdReads(reader);
  const reads = {
    'walk now': (tx: ManagedTransaction) => readNetworkWalk(tx, reader, byId, q),
    'lean walk now (networkLinks)': (tx: ManagedTransaction) => readNetworkLinks(tx, reader, byId, q),
  };
  const answers: string[] = [];
  const times = new Map<string, number[]>(Object.keys(reads).map((k) => [k, []]));
  for (let i = -1; i < runs; i++)
    for (const [name, read] of Object.entries(reads)) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ, fetchSize: -1 });
      const t = performance.now();
      const answer = await session.executeRead(read);
      if (i >= 0) times.get(name)!.push(performance.now() - t);
      else answers.push(JSON.stringify(name.startsWith('lean') ? answer : toNetworkLinks(answer as NetworkSummary)));
      await session.close();
    }
  const alike = answers.every((a) => a === answers[0]);
  console.log(
    `| every way answers alike (cut to links) | ${alike ? 'yes' : 'NO'} | ${answers[0]!.length} bytes of JSON |`,
  );
  for (const [name, t] of times)
    console.log(`| network depth 2, ${name} (wall, interleaved) | ${round(median(t))} ms |`);
  // Load-independent: the db hits of each, from PROFILE.
  for (const [name, read] of Object.entries(reads)) {
    const log: RecordedQuery[] = [];
    const session = recordingDriver(driver, log).session({ defaultAccessMode: neo4j.session.READ });
    await session.executeRead(read);
    await session.close();
    const profiles = await profile(driver, log);
    for (const p of profiles) {
      console.log(`| ${name}: ${p.query} | ${p.dbHits} db hits, ${p.rows} rows | ${p.serverMs} ms server (profiled) |`);
      process.stderr.write(`${name}\n${p.plan.join('\n')}\n\n`);
    }
  }
}

async function main(): Promise<void> {
  const dataDir = values['data-dir'] ?? (await mkdtemp(path.join(tmpdir(), 'kg-network-')));
  const marker = path.join(dataDir, 'seeded.json');
  const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
  const driver = benchDriver(server.uri);
  try {
    let hubId: string;
    if (!existsSync(marker)) {
      const corpus = await mkdtemp(path.join(tmpdir(), 'kg-network-corpus-'));
      const summary = await writeCorpus(corpus, { events: Number(values.events) });
      const t = performance.now();
      await seedBench(server.uri, await loadArticles([corpus]));
      process.stderr.write(`seeded ${values.events} events in ${Math.round(performance.now() - t)} ms\n`);
      await rm(corpus, { recursive: true, force: true });
      hubId = summary.hubs[0]!.id;
      await writeFile(marker, JSON.stringify({ events: values.events, hubId }));
    } else hubId = (JSON.parse(readFileSync(marker, 'utf8')) as { hubId: string }).hubId;

    const store = await Neo4jStore.fromDriver(driver);
    const q: NetworkQuery = { actorIds: [hubId], depth: 2, window: null, match: 'OVERLAPS' };
    await store.network(q);
    const wall: number[] = [];
    let size = { nodes: 0, edges: 0 };
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const n = await store.network(q);
      wall.push(performance.now() - t);
      size = { nodes: n.nodes.length, edges: n.edges.length };
    }
    console.log(
      `| network depth 2 around ${hubId} (store, wall) | ${round(median(wall))} ms | ${size.nodes} actors, ${size.edges} relationships |`,
    );
    await compareReads(driver, q);
    if (values['network-only']) return await store.close();

    // Density for the whole range (issue 16's other Neo4j read), as the overview would ask it.
    const range = (
      await driver.executeQuery('MATCH (n:TimelineItem) RETURN min(n.sortKey) AS first, max(n.sortKey) AS last')
    ).records[0]!;
    for (const laneBy of ['ACTOR', 'KIND'] as const) {
      const dq = {
        window: { from: String(range.get('first')), to: String(range.get('last')) },
        match: 'OVERLAPS' as const,
        actorIds: [],
        buckets: 200,
        laneBy,
        lanes: 20,
      };
      await store.timelineDensity(dq);
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        total = (await store.timelineDensity(dq)).total;
        times.push(performance.now() - t);
      }
      console.log(
        `| timelineDensity whole range, 200 buckets, by ${laneBy} (store, wall) | ${round(median(times))} ms | ${total} items |`,
      );
    }

    const queries = await loadQueries(READ_QUERIES);
    const window = { windowed: false, from: null, to: null, match: 'OVERLAPS' };
    const hop1 = (
      await driver.executeQuery(queries['read/network-neighbours'], { frontier: [hubId], ...window })
    ).records.map((r) => String(r.get('id')));
    const reached = [...new Set([hubId, ...hop1])];
    const hop2 = (
      await driver.executeQuery(queries['read/network-neighbours'], { frontier: hop1, ...window })
    ).records.map((r) => String(r.get('id')));
    const all = [...new Set([...reached, ...hop2])];
    const steps: Array<[string, string, Record<string, unknown>]> = [
      ['read/network-neighbours', `hop 2 from ${hop1.length} actors`, { frontier: hop1, ...window }],
      ['read/network-edges', `edges among ${all.length} actors`, { actorIds: all, ...window }],
      ['read/actor-summaries-by-id', `${all.length} summaries`, { ids: all }],
    ];
    for (const [name, what, params] of steps) {
      const variants = { current: queries[name as keyof typeof queries], ...(CANDIDATES[name] ?? {}) };
      for (const r of await profileVariants(driver, variants, params)) {
        const variant = r.variant;
        console.log(
          `| ${name} (${what}) [${variant}] | ${r.serverMs} ms server, ${r.wallMs} ms wall | ${r.dbHits} db hits, ${r.rows} rows | ${r.plan} |`,
        );
      }
    }
    await store.close();
  } finally {
    await driver.close();
    await server.stop();
    if (!values['data-dir']) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
