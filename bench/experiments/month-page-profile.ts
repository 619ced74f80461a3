// Where the Neo4j timeline month page (500 items, the benchmark's June 2020) spends its time: each query the store
// runs for it, with server time, db hits and the costliest operators from PROFILE, and the store's read end to end.
//
//   npx tsx bench/experiments/month-page-profile.ts --data-dir DIR [--runs 7]
//
// DIR is a store seeded by network-profile.ts or neo4j-query-plans.ts (same marker file). Prints markdown.
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { Neo4jStore, READ_QUERIES } from '../../server/store/neo4j/neo4j-store.ts';
import { keysetParams } from '../../server/store/neo4j/read-params.ts';
import { timelineRead } from '../../server/store/neo4j/timeline-reads.ts';
import type { TimelineQuery } from '../../server/store/store.ts';
import { startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../../test/neo4j/ports.ts';
import { benchDriver, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '7' } } });
const dataDir = values['data-dir'] ?? '';
if (!dataDir) throw new Error('--data-dir is required (a seeded store)');
const runs = Number(values.runs);
enableTcpNoDelay();
useBenchNeo4jSettings();

interface Op {
  operatorType: string;
  dbHits: number;
  rows: number;
  children: Op[];
}

/** Server time (median), db hits and the three costliest operators of one query. */
async function profile(driver: Driver, cypher: string, params: Record<string, unknown>) {
  const server: number[] = [];
  let rows = 0;
  for (let i = 0; i <= runs; i++) {
    const r = await driver.executeQuery(cypher, params, { routing: neo4j.routing.READ });
    if (i > 0) server.push(Number(r.summary.resultAvailableAfter) + Number(r.summary.resultConsumedAfter));
    rows = r.records.length;
  }
  const p = await driver.executeQuery(`PROFILE ${cypher}`, params, { routing: neo4j.routing.READ });
  const ops: Op[] = [];
  const walk = (op: Op) => {
    ops.push(op);
    op.children.forEach(walk);
  };
  walk(p.summary.profile as unknown as Op);
  const dbHits = ops.reduce((n, o) => n + Number(o.dbHits), 0);
  const top = [...ops]
    .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
    .slice(0, 3)
    .map((o) => `${o.operatorType.replace(/@neo4j$/, '')} ${Number(o.dbHits)} hits/${Number(o.rows)} rows`);
  return { serverMs: round(median(server)), dbHits, rows, top: top.join('; '), records: p.records };
}

async function main(): Promise<void> {
  const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
  const driver = benchDriver(server.uri);
  try {
    const q = await loadQueries(READ_QUERIES);
    const tq: TimelineQuery = {
      window: { from: '2020-06-01', to: '2020-06-30' },
      match: 'OVERLAPS',
      actorIds: [],
      first: 500,
      after: null,
    };
    const read = timelineRead(tq);
    const out: string[] = ['| query | server p50 | db hits | rows | costliest operators |', '|---|---|---|---|---|'];
    const line = (name: string, r: Awaited<ReturnType<typeof profile>>) =>
      out.push(`| ${name} | ${r.serverMs} ms | ${r.dbHits} | ${r.rows} | ${r.top} |`);
    const page = await profile(driver, q[read.page], { ...read.filters, ...keysetParams(500, null, 'bench') });
    line(read.page, page);
    line(read.count, await profile(driver, q[read.count], read.filters));
    const ids = (type: string) => page.records.filter((r) => r.get('itemType') === type).map((r) => r.get('id'));
    const events = await profile(driver, q['read/events-by-id'], { ids: ids('Event') });
    line(`read/events-by-id (${ids('Event').length})`, events);
    const statements = await profile(driver, q['read/statements-by-id'], { ids: ids('Statement') });
    line(`read/statements-by-id (${ids('Statement').length})`, statements);
    // What a page that shows no links, statements, quotes or evidence reads instead (store.timelineSummaries).
    line(
      `read/event-summaries-by-id (${ids('Event').length})`,
      await profile(driver, q['read/event-summaries-by-id'], { ids: ids('Event') }),
    );
    line(
      `read/statement-summaries-by-id (${ids('Statement').length})`,
      await profile(driver, q['read/statement-summaries-by-id'], { ids: ids('Statement') }),
    );
    const actorIds = new Set<string>();
    for (const r of events.records)
      for (const p of (r.get('event') as { participants: Array<{ actorId: string }> }).participants)
        actorIds.add(p.actorId);
    for (const r of statements.records) actorIds.add((r.get('statement') as { speakerId: string }).speakerId);
    line(
      `read/actor-summaries-by-id (${actorIds.size})`,
      await profile(driver, q['read/actor-summaries-by-id'], { ids: [...actorIds] }),
    );
    // What the page's GraphQL query reads instead: it shows only the actors' id, name and kind (page-actors.ts).
    line(
      `read/actor-links-by-id (${actorIds.size})`,
      await profile(driver, q['read/actor-links-by-id'], { ids: [...actorIds] }),
    );
    const store = await Neo4jStore.fromDriver(driver);
    // Alternating, so a busy machine's drift falls on both reads alike.
    const wall = { timeline: [] as number[], timelineSummaries: [] as number[] };
    for (let i = 0; i <= runs; i++)
      for (const read of ['timeline', 'timelineSummaries'] as const) {
        const t = performance.now();
        await store[read](tq);
        if (i > 0) wall[read].push(performance.now() - t);
      }
    for (const [read, ms] of Object.entries(wall))
      out.push(`| store.${read}, one month (wall) | ${round(median(ms))} ms | | | |`);
    console.log(out.join('\n'));
  } finally {
    await driver.close();
    await server.stop();
  }
}

await main();
