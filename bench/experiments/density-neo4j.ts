// Neo4j density by actor, whole range, 200 buckets, 20 lanes: the live read (cypher/read/density-*.cypher over the
// items, neo4j-density.ts liveDensity) against the read from the writer's count table (neo4j-density-counts.ts),
// in interleaved rounds so a busy machine's drift falls on both alike, and the db hits of each (PROFILE, summed over
// the queries a read makes: independent of load). Each round checks the two answers are equal.
//
//   npx tsx bench/experiments/density-neo4j.ts --data-dir DIR [--corpus DIR | --events N] [--runs 7]
//
// DIR: a store seeded by this script or network-profile.ts (its seeded.json marker), reused as is; without the
// marker it is seeded here from --corpus (a bench/corpus/generate-corpus.ts --out directory) or a new corpus of
// --events. A store seeded before the count table existed reads live on both sides: seed it afresh.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { loadArticles } from '../../server/article/load-articles.ts';
import { loadQueries, loadQueryGroup } from '../../server/cypher/load-queries.ts';
import type { DensityQuery } from '../../server/store/density.ts';
import { liveDensity, neo4jDensity } from '../../server/store/neo4j/neo4j-density.ts';
import { READ_QUERIES } from '../../server/store/neo4j/read-queries.ts';
import { findFreePort, startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { benchDriver, seedBench, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    corpus: { type: 'string' },
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
  },
});
const dataDir = values['data-dir'];
if (!dataDir) throw new Error('--data-dir: where the seeded store is (or will be) kept');
const marker = path.join(dataDir, 'seeded.json');

useBenchNeo4jSettings();
const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
const driver = benchDriver(server.uri);
try {
  if (!existsSync(marker)) {
    const corpus = values.corpus ?? (await mkdtemp(path.join(tmpdir(), 'kg-density-corpus-')));
    const summary = values.corpus ? null : await writeCorpus(corpus, { events: Number(values.events) });
    const t = performance.now();
    await seedBench(server.uri, await loadArticles([corpus]));
    console.log(`seeded in ${Math.round(performance.now() - t)} ms`);
    if (!values.corpus) await rm(corpus, { recursive: true, force: true });
    await writeFile(marker, JSON.stringify({ events: values.events, hubId: summary?.hubs[0]?.id ?? null }));
  }
  // The schema is idempotent (IF NOT EXISTS): a store seeded before an index existed gets it here.
  for (const statement of await loadQueryGroup('schema')) await driver.executeQuery(statement.text);
  await driver.executeQuery('CALL db.awaitIndexes(600)');
  const range = (
    await driver.executeQuery(
      'MATCH (n:Event) WHERE n.earliest IS NOT NULL RETURN min(n.earliest) AS first, max(n.earliest) AS last',
    )
  ).records[0]!;
  const window = { from: String(range.get('first')), to: String(range.get('last')) };
  const q: DensityQuery = { window, match: 'OVERLAPS', actorIds: [], buckets: 200, laneBy: 'ACTOR', lanes: 20 };
  const queries = await loadQueries(READ_QUERIES);
  type Read = typeof liveDensity;
  const reads: Record<string, Read> = { live: liveDensity, 'count table': neo4jDensity };
  const onTx = (tx: ManagedTransaction) => async (name: keyof typeof queries, params: Record<string, unknown>) =>
    (await tx.run(queries[name], params)).records.map((r) => r.toObject() as Record<string, unknown>);
  const run = async (read: Read) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead((tx) => read(onTx(tx) as never, q));
    } finally {
      await session.close();
    }
  };
  // db hits: every query a read makes, PROFILEd.
  const hits = new Map<string, number>();
  const perQuery: string[] = [];
  for (const [name, read] of Object.entries(reads)) {
    let sum = 0;
    const profiled = async (query: keyof typeof queries, params: Record<string, unknown>) => {
      const r = await driver.executeQuery(`PROFILE ${queries[query]}`, params, { routing: neo4j.routing.READ });
      const walk = (op: { dbHits: number; children: unknown[] }): void => {
        sum += Number(op.dbHits);
        for (const c of op.children) walk(c as typeof op);
      };
      const before = sum;
      walk(r.summary.profile as unknown as { dbHits: number; children: unknown[] });
      perQuery.push(`${name}: ${query} ${sum - before} db hits, ${r.records.length} rows`);
      return r.records.map((x) => x.toObject() as Record<string, unknown>);
    };
    await read(profiled as never, q);
    hits.set(name, sum);
  }
  const times = new Map(Object.keys(reads).map((k) => [k, [] as number[]]));
  for (let i = 0; i <= Number(values.runs); i++) {
    const answers: string[] = [];
    for (const [name, read] of Object.entries(reads)) {
      const t = performance.now();
      answers.push(JSON.stringify(await run(read)));
      if (i > 0) times.get(name)!.push(performance.now() - t);
    }
    if (answers[0] !== answers[1]) throw new Error('the live and the count-table answers differ');
  }
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ${window.from} to ${window.to}, 200 buckets, by actor, 20 lanes`,
  );
  console.log('| density read | p50 wall | db hits |');
  console.log('|---|---|---|');
  for (const [name, t] of times) console.log(`| ${name} | ${round(median(t))} ms | ${hits.get(name)} |`);
  console.log(`\n${perQuery.join('\n')}`);
} finally {
  await driver.close();
  await server.stop();
}
