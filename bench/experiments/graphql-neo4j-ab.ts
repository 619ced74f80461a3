// The GraphQL month page on Neo4j, distinct requests at 10 connections (and p50 at 1): the resolver's summaries
// read (store.timelineSummaries, what it reads now for the benchmark's query) against the whole items it read
// before (store.timeline), on one seeded store, rounds alternating so a busy machine's drift falls on both.
//
//   npx tsx bench/experiments/graphql-neo4j-ab.ts --data-dir DIR [--rounds 3] [--seconds 10]
//
// DIR is a store seeded by neo4j-query-plans.ts or network-profile.ts (100k events). Prints markdown.
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { buildApp } from '../../server/app.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { findFreePort } from '../../test/neo4j/ports.ts';
import { benchDriver, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { runHttpLoad } from '../load/http-load.ts';
import { readScenarios } from '../reads/read-scenarios.ts';
import { median, round } from '../stats.ts';
import { enableTcpNoDelay } from '../variants/tcp-nodelay.ts';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '10' },
    from: { type: 'string', default: '2020-06-01' },
    to: { type: 'string', default: '2020-06-30' },
  },
});
if (!values['data-dir']) throw new Error('--data-dir is required (a seeded store)');
enableTcpNoDelay();
useBenchNeo4jSettings();

const neo4j = await startNeo4j({ port: await findFreePort(), dataDir: values['data-dir'], timeoutMs: 300_000 });
const driver = benchDriver(neo4j.uri);
const store = await Neo4jStore.fromDriver(driver);
/** The store as the resolver used it before: the month page's items read whole. */
const whole: GraphStore = new Proxy(store, {
  get: (target, prop, receiver) =>
    prop === 'timelineSummaries' ? target.timeline.bind(target) : Reflect.get(target, prop, receiver),
});
const month = { from: values.from, to: values.to };
const scenario = readScenarios({ hubId: '', month, year: month, range: month, searchText: 'x' })[0]!;
const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });

const urls = new Map<string, string>();
const answers = new Set<string>();
for (const [name, s] of [
  ['before: whole items', whole],
  ['after: summaries', store],
] as const) {
  const server = buildApp({ store: s, logger: pino({ level: 'silent' }), answerCacheBytes: 0 }).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  // The first reads after start-up may pass the request deadline on a busy machine (cold page cache): retry them.
  let text = '';
  for (let tries = 0; tries < 5 && !text.includes('"edges"'); tries++)
    text = await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
  if (!text.includes('"edges"') || text.includes('"errors"')) throw new Error(`${name}: ${text.slice(0, 300)}`);
  answers.add(text);
  await runHttpLoad(url, body, 10, 3, undefined, true); // warm-up: plans, page cache, JIT
  urls.set(name, url);
}
if (answers.size !== 1) throw new Error('the two reads answer the month page differently');

const rows = new Map<string, Array<{ rps: number; p50: number; p50one: number; load: number }>>();
const seconds = Number(values.seconds);
for (let r = 0; r < Number(values.rounds); r++)
  for (const [name, url] of r % 2 ? [...urls].reverse() : urls) {
    const ten = await runHttpLoad(url, body, 10, seconds, undefined, true);
    const one = await runHttpLoad(url, body, 1, Math.ceil(seconds / 2), undefined, true);
    if (ten.failures || one.failures) throw new Error(`${name}: ${ten.failures + one.failures} failed requests`);
    const row = { rps: ten.throughput, p50: ten.p50Ms, p50one: one.p50Ms, load: loadavg()[0]! };
    (rows.get(name) ?? rows.set(name, []).get(name)!).push(row);
    console.log(name, JSON.stringify(row));
  }

console.log(`\nNeo4j month page ${month.from}..${month.to}, first 500, distinct requests (medians over rounds)`);
console.log('| resolver reads | 10 conn req/s | 10 conn p50 | 1 conn p50 | load average (1 min) |');
console.log('|---|---|---|---|---|');
for (const [name, rs] of rows) {
  const med = (k: 'rps' | 'p50' | 'p50one') => round(median(rs.map((x) => x[k])));
  const loads = rs.map((x) => x.load.toFixed(1)).join(', ');
  console.log(`| ${name} | ${med('rps')} | ${med('p50')} ms | ${med('p50one')} ms | ${loads} |`);
}
await driver.close();
await neo4j.stop();
process.exit(0);
