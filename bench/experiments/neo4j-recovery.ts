// Recovery after a Neo4j crash under load, over several kill/restart cycles: the server as a real process against a
// real Neo4j, N clients sending GraphQL reads, Neo4j SIGKILLed and restarted each cycle. "Back" is when a fresh probe
// (test/ops/support/recovery.ts) first has `RETURN 1` answered; the server's first success and /ready are timed from
// it. Writes a markdown table (bench-results/neo4j-recovery.md unless --out).
//
//   npx tsx bench/experiments/neo4j-recovery.ts [--cycles 5] [--clients 20] [--down-ms 3000] [--server-root DIR]
//
// --server-root runs another checkout's server/index.ts (e.g. /work/main) against the same Neo4j and load, so a
// change can be compared back-to-back with what it replaces. The machine's load moves these figures by seconds.
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { seedNeo4j } from '../../seed/seed.ts';
import { findFreePort, startNeo4j, type Neo4jServer } from '../../test/neo4j/neo4j-server.ts';
import { startApp } from '../../test/support/start-app.ts';
import { correctStreak, startLoad, summarize, type LoadSample } from '../../test/ops/support/load.ts';
import {
  describeRecovery,
  pollReady,
  recoveryOf,
  watchNeo4j,
  type OutageTimes,
  type Recovery,
} from '../../test/ops/support/recovery.ts';
import { startServerProcess } from '../../test/ops/support/server-process.ts';
import { median } from '../stats.ts';

const { values } = parseArgs({
  options: {
    cycles: { type: 'string', default: '5' },
    clients: { type: 'string', default: '20' },
    'down-ms': { type: 'string', default: '3000' },
    'server-root': { type: 'string' },
    out: { type: 'string', default: 'bench-results/neo4j-recovery.md' },
    // Prints every request settled around Neo4j's return and the server's debug log, to see where the time goes.
    trace: { type: 'boolean', default: false },
  },
});
const cycles = Number(values.cycles);
const clients = Number(values.clients);
const downMs = Number(values['down-ms']);
const QUERY =
  '{ actors(first: 5) { totalCount edges { node { id name kind } } } events(first: 3) { totalCount edges { node { id title } } } }';

const reference = await startApp();
const expected = (
  (await (
    await fetch(`${reference.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    })
  ).json()) as { data: unknown }
).data;
await reference.close();

const port = await findFreePort();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-recovery-'));
let neo: Neo4jServer = await startNeo4j({ port, dataDir });
await seedNeo4j({ uri: neo.uri, user: 'neo4j', password: 'unused' });
const server = await startServerProcess(
  {
    NEO4J_URI: `neo4j://127.0.0.1:${port}`,
    NEO4J_TIMEOUT_MS: '2000',
    RATE_LIMIT_PER_MINUTE: '0',
    LOG_LEVEL: values.trace ? 'debug' : 'info',
  },
  30_000,
  values['server-root'],
);

const rows: Array<{ times: OutageTimes; recovery: Recovery; load: string; loadAvg: number }> = [];
try {
  for (let cycle = 1; cycle <= cycles; cycle++) {
    const load = startLoad({ url: server.url, clients, query: QUERY, expected, maxMs: 240_000, maxRequests: 1e6 });
    const ready = pollReady(server.url, load.now);
    try {
      await load.until((s) => s.filter((x) => x.outcome === 'correct').length >= 40, 'warm up', 120_000);
      await neo.kill();
      const downAt = load.now();
      const watch = watchNeo4j(neo.uri, load.now);
      await new Promise((r) => setTimeout(r, downMs));
      neo = await startNeo4j({ port, dataDir });
      const startedAt = load.now();
      const backAt = await watch.answeredAt;
      await load.until(
        (s) => s.some((x) => x.sentAt > backAt && x.outcome === 'correct') && correctStreak(s) >= 2 * clients,
        'correct again',
        60_000,
      );
      // Traffic after /ready is 200 again, so "no failure after ready" is tried on real requests.
      await new Promise((r) => setTimeout(r, 1500));
      await ready.stop();
      const samples = await load.stop();
      const times = { downAt, startedAt, backAt };
      const recovery = recoveryOf(samples, ready.polls, times);
      rows.push({ times, recovery, load: summarize(samples), loadAvg: loadavg()[0]! });
      console.log(`cycle ${cycle}: ${describeRecovery(recovery, times)}; ${summarize(samples)}`);
      // What the server saw, in the load's clock: its changes of readiness, and what failed after /ready said 200.
      const epoch = Date.now() - load.now();
      for (const l of server.logs().filter((x) => typeof x.msg === 'string' && x.msg.startsWith('graph store')))
        if (Number(l.time) - epoch > downAt && (values.trace || l.level !== 20))
          console.log(
            `  ${Math.round(Number(l.time) - epoch - backAt)} ms: ${l.msg} ${JSON.stringify(l.reason ?? '')}${l.detail ? ` (${String(l.detail)})` : ''}`,
          );
      if (values.trace) traceAround(samples, backAt);
      for (const f of recovery.failedAfterReady.slice(0, 3)) console.log(`  failed after ready: ${JSON.stringify(f)}`);
    } catch (e) {
      const logged = server.logs().filter((l) => l.req === undefined);
      console.error(
        logged
          .slice(-30)
          .map((l) => JSON.stringify(l))
          .join('\n'),
      );
      throw e;
    } finally {
      await ready.stop();
      await load.stop();
    }
  }
} finally {
  await server.stop(5000);
  await neo.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

/** Each request that settled from 3 s before Neo4j's return to the first success, in ms from the return. */
function traceAround(samples: readonly LoadSample[], backAt: number): void {
  const first = samples.find((s) => s.sentAt > backAt - 60_000 && s.doneAt > backAt && s.outcome === 'correct');
  const until = (first?.doneAt ?? backAt) + 200;
  for (const s of samples.filter((x) => x.doneAt > backAt - 3000 && x.sentAt < until))
    console.log(`  sent ${Math.round(s.sentAt - backAt)} done ${Math.round(s.doneAt - backAt)} ${s.outcome}`);
}

const fmt = (n: number | undefined) => (n === undefined ? 'never' : String(Math.round(n)));
const known = (xs: Array<number | undefined>) => xs.filter((x): x is number => x !== undefined);
const table = [
  `# Recovery after a Neo4j crash under load`,
  '',
  `${new Date().toISOString()}; server: ${values['server-root'] ?? 'this checkout'}; ${clients} clients; Neo4j down ${downMs} ms per cycle; a shared two-core machine (1-min load average per row).`,
  '',
  '| cycle | probe answered after start (ms) | first success after back (ms) | after start (ms) | /ready 200 after back (ms) | failures after /ready 200 | load avg | answers |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r, i) =>
      `| ${i + 1} | ${fmt(r.times.backAt - r.times.startedAt)} | ${fmt(r.recovery.firstSuccessAfterBackMs)} | ${fmt(r.recovery.firstSuccessAfterStartMs)} | ${fmt(r.recovery.readyAfterBackMs)} | ${r.recovery.failedAfterReady.length} | ${r.loadAvg.toFixed(1)} | ${r.load} |`,
  ),
  '',
  `Median first success after back: ${fmt(median(known(rows.map((r) => r.recovery.firstSuccessAfterBackMs))))} ms; ` +
    `max ${fmt(Math.max(...known(rows.map((r) => r.recovery.firstSuccessAfterBackMs))))} ms; ` +
    `failures after /ready 200 in all: ${rows.reduce((n, r) => n + r.recovery.failedAfterReady.length, 0)}.`,
  '',
].join('\n');
await mkdir(path.dirname(values.out), { recursive: true });
await writeFile(values.out, table);
console.log(table);
