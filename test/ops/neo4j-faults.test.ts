// The server as a real process against a real Neo4j that is down at start, stopped and restarted under load, and
// finally SIGTERM under load. The steps are one deployment's life and run in order (vitest runs a file's tests in
// sequence): each Neo4j start costs seconds on a two-core machine, so the scenario shares one server and one Neo4j.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { seedNeo4j } from '../../seed/seed.ts';
import { runRead } from '../../server/store/neo4j/transactions.ts';
import { findFreePort, restartNeo4j, startNeo4j, type Neo4jServer } from '../neo4j/neo4j-server.ts';
import { startApp } from '../support/start-app.ts';
import { eventually, graphqlPost, readyOf } from './support/probes.ts';
import { holdRequest } from './support/held-request.ts';
import { classify, correctStreak, startLoad, summarize, type LoadSample } from './support/load.ts';
import { describeRecovery, pollReady, recoveryOf, watchNeo4j } from './support/recovery.ts';
import { startServerProcess, type ServerProcess } from './support/server-process.ts';

const QUERY =
  '{ actors(first: 5) { totalCount edges { node { id name kind } } } events(first: 3) { totalCount edges { node { id title } } } }';
/** Sent as NEO4J_PASSWORD (the test Neo4j ignores auth): it must never appear in a log line or a response. */
const SECRET = 'pw-ops-7c1e9a-never-print';
const CLIENTS = 20;
/**
 * The fault test's bound on "first success after Neo4j is back", far looser than issue 12's 2 s target (see the crash
 * step): on the shared two-core machine at load 27-34 a restarted Neo4j kept missing the server's 3 s deadline for
 * 28-30 s after it had answered a fresh probe, and main's server took 10-25 s in the bench (docs/benchmarks.md).
 */
const FIRST_SUCCESS_BOUND_MS = 40_000;

let neo: Neo4jServer | undefined;
let server: ServerProcess | undefined;
let expected: unknown;
let port = 0;
const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-ops-neo4j-'));

const alive = (s: ServerProcess) => s.child.exitCode === null && s.child.signalCode === null;

/** The scenario so far: a later step fails at once, rather than after its timeouts, when an earlier one broke it. */
function scenario(): { neo: Neo4jServer; server: ServerProcess } {
  if (!neo || !server || expected === undefined || !alive(server))
    throw new Error('an earlier step of this scenario failed');
  return { neo, server };
}
const bad = (samples: readonly LoadSample[]) => samples.filter((s) => s.outcome === 'bad').slice(0, 5);

afterAll(async () => {
  await server?.stop(2000);
  await neo?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Neo4j-backed server through Neo4j faults', () => {
  it('starts while Neo4j is down, answers 503 on /ready, and becomes ready once Neo4j is up, without a restart', async () => {
    const reference = await startApp();
    try {
      expected = JSON.parse((await graphqlPost(QUERY, reference.url)).text).data;
    } finally {
      await reference.close();
    }

    port = await findFreePort();
    server = await startServerProcess({
      // neo4j:// as for a cluster or Aura: the routing driver must rediscover the server after each outage.
      NEO4J_URI: `neo4j://127.0.0.1:${port}`,
      NEO4J_PASSWORD: SECRET,
      NEO4J_TIMEOUT_MS: '2000',
      RATE_LIMIT_PER_MINUTE: '0',
      SHUTDOWN_TIMEOUT_MS: '8000',
    });
    const pid = server.child.pid;
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    // Whether the driver's connection attempt is refused before the readiness check's own timeout depends on the
    // machine's load: either way the store is reported not ready, in words.
    expect(await readyOf(server.url)).toEqual({
      status: 503,
      body: {
        status: 'not ready',
        code: expect.stringMatching(/^(SERVICE_UNAVAILABLE|STORE_TIMEOUT)$/),
        reason: expect.stringMatching(/^the graph store (is unavailable|did not answer within \d+ ms)$/),
      },
    });
    const down = await graphqlPost(QUERY, server.url);
    expect(classify(down.status, down.text, expected).outcome).toBe('unavailable');

    neo = await startNeo4j({ port, dataDir });
    await eventually(
      () => readyOf(server!.url),
      (r) => r.status === 200,
      '/ready never became 200',
    );
    expect(alive(server)).toBe(true);
    expect(server.child.pid).toBe(pid);
    // Seed before the log checks: the later steps need the data even when a check below fails.
    await seedNeo4j({ uri: neo.uri, user: 'neo4j', password: 'unused' });
    // The log line travels through a pipe and can arrive after the 200 from /ready did, so wait for it.
    const messages = await eventually(
      async () => server!.logs().map((l) => l.msg),
      (m) => m.includes('graph store ready'),
      "the log never said 'graph store ready'",
      40,
    );
    expect(messages).toContain('graph store not ready');
    expect(messages.indexOf('graph store ready')).toBeGreaterThan(messages.indexOf('graph store not ready'));

    const seeded = await graphqlPost(QUERY, server.url);
    expect(seeded.status).toBe(200);
    expect(JSON.parse(seeded.text)).toEqual({ data: expected });
  }, 90_000);

  it("refuses a write sent through the server's read path", async () => {
    const driver = neo4j.driver(scenario().neo.uri, neo4j.auth.basic('neo4j', 'unused'));
    try {
      await expect(
        runRead(driver, undefined, (tx) => tx.run('CREATE (:Intruder {by: "read path"})')),
      ).rejects.toMatchObject({
        code: 'Neo.ClientError.Statement.AccessMode',
      });
      const count = await runRead(driver, undefined, async (tx) =>
        (await tx.run('MATCH (n:Intruder) RETURN count(n) AS n')).records[0]!.get('n').toNumber(),
      );
      expect(count).toBe(0);
    } finally {
      await driver.close();
    }
  });

  it('under load, answers correctly or with a clean SERVICE_UNAVAILABLE while Neo4j stops and restarts, and never exits', async () => {
    const load = startLoad({
      url: scenario().server.url,
      clients: CLIENTS,
      query: QUERY,
      expected,
      maxMs: 120_000,
      maxRequests: 100_000,
    });
    try {
      await load.until((s) => s.filter((x) => x.outcome === 'correct').length >= 40, 'warm up', 10_000);
      const stoppedAt = load.now();
      neo = await restartNeo4j(neo!, { downMs: 3000 });
      const restartedAt = load.now();
      await load.until(
        (s) => s.some((x) => x.sentAt > restartedAt && x.outcome === 'correct') && correctStreak(s) >= 2 * CLIENTS,
        'correct again after the restart',
        60_000,
      );
      const samples = await load.stop();

      // What the server logged for a masked error names the driver failure that was not classified as an outage.
      const internal = scenario()
        .server.logs()
        .filter((l) => l.msg === 'internal error while resolving a GraphQL request')
        .map((l) => JSON.stringify(l.err));
      expect(bad(samples), `${summarize(samples)}\nlogged: ${internal.join('\n')}`).toEqual([]);
      expect(samples.filter((s) => s.outcome === 'network')).toEqual([]);
      const during = samples.filter((s) => s.sentAt >= stoppedAt && s.doneAt <= restartedAt);
      expect(
        during.some((s) => s.outcome === 'unavailable'),
        summarize(during),
      ).toBe(true);
      expect(alive(server!)).toBe(true);
      // Polled as a load balancer would (a probe can land on a connection the restart broke, or on the warm-up the
      // monitor runs after an outage): ready again within 15 s, without a restart of the server.
      const back = await eventually(
        () => readyOf(server!.url),
        (r) => r.status === 200,
        'ready after the restart',
        60,
      );
      expect(back).toEqual({ status: 200, body: { status: 'ready' } });
      console.log(
        `[ops] stop/restart under load: ${summarize(samples)} over ${Math.round(load.now())} ms; Neo4j down for ${Math.round(restartedAt - stoppedAt)} ms`,
      );
    } finally {
      await load.stop();
    }
  }, 150_000);

  it('after Neo4j is killed under load: no failure once /ready is 200; recovery timed from a fresh probe', async () => {
    const url = scenario().server.url;
    // As long a load as the stop/restart step: at load ~28 a 90 s load once ended before answers were correct again.
    const load = startLoad({ url, clients: CLIENTS, query: QUERY, expected, maxMs: 120_000, maxRequests: 100_000 });
    // /ready polled throughout, as a load balancer would: when it turns 200 again, traffic may come back.
    const readiness = pollReady(url, load.now);
    try {
      await load.until((x) => x.filter((y) => y.outcome === 'correct').length >= 40, 'warm up', 10_000);
      await neo!.kill();
      const downAt = load.now();
      // Started after the kill, so its first answer is the restarted Neo4j's.
      const probe = watchNeo4j(neo!.uri, load.now);
      await new Promise((r) => setTimeout(r, 3000));
      neo = await startNeo4j({ port, dataDir });
      const times = { downAt, startedAt: load.now(), backAt: await probe.answeredAt };
      await load.until(
        (x) => x.some((y) => y.sentAt > times.backAt && y.outcome === 'correct') && correctStreak(x) >= 2 * CLIENTS,
        'correct again after the crash',
        FIRST_SUCCESS_BOUND_MS + 15_000,
      );
      // Under load until /ready is 200 again (after the warm-up the monitor runs once a ping answers), and a little
      // more, so "no failure after /ready is 200" is tested on real traffic.
      await eventually(
        async () => recoveryOf(load.samples, readiness.polls, times).readyAfterBackMs,
        (ms) => ms !== undefined,
        '/ready never 200 again',
        120,
      );
      await new Promise((r) => setTimeout(r, 1500));
      await readiness.stop();
      const samples = await load.stop();
      const recovery = recoveryOf(samples, readiness.polls, times);
      console.log(`[ops] crash under load: ${describeRecovery(recovery, times)}; ${summarize(samples)}`);
      expect(recovery.readyAfterBackMs, JSON.stringify(readiness.polls.slice(-20))).toBeDefined();
      expect(recovery.firstSuccessAfterBackMs).toBeDefined();
      expect(bad(samples)).toEqual([]);
      // Both targets of issue 12. The first success after Neo4j's return is bounded at FIRST_SUCCESS_BOUND_MS, not at
      // the 2 s target: that figure belongs to bench/experiments/neo4j-recovery.ts (docs/benchmarks.md), since on the
      // shared two-core CI machine (load 10-37 with other suites) a restarted Neo4j answers the load tens of seconds
      // late whatever the server does. The bound fails a server that does not recover while Neo4j is up.
      expect(recovery.firstSuccessAfterBackMs!, describeRecovery(recovery, times)).toBeLessThan(FIRST_SUCCESS_BOUND_MS);
      expect(recovery.failedAfterReady.slice(0, 5)).toEqual([]);
    } finally {
      await readiness.stop();
      await load.stop();
    }
  }, 150_000);

  it('on SIGTERM under load, finishes the requests in flight and exits 0 within the deadline', async () => {
    const s = scenario().server;
    const load = startLoad({
      url: s.url,
      clients: CLIENTS,
      query: QUERY,
      expected,
      maxMs: 30_000,
      maxRequests: 100_000,
    });
    await load.until((x) => x.filter((y) => y.outcome === 'correct').length >= 40, 'warm up', 10_000);
    // In flight for sure: the server has answered 100 Continue to their headers and waits for their bodies.
    const held = Array.from({ length: 5 }, () => holdRequest(s.url, JSON.stringify({ query: QUERY })));
    await Promise.all(held.map((h) => h.accepted));

    const signalledAt = load.now();
    s.child.kill('SIGTERM');
    await eventually(
      async () => s.logs().some((l) => l.msg === 'shutting down: no new connections, finishing requests in flight'),
      Boolean,
      'no shutdown log',
      80,
      25,
    );
    for (const h of held) h.release();
    const answers = await Promise.all(held.map((h) => h.response));
    const code = await s.exited;
    const exitedAfterMs = load.now() - signalledAt;
    const samples = await load.stop();

    for (const a of answers) expect(JSON.parse(a.body)).toEqual({ data: expected });
    expect(code).toBe(0);
    expect(exitedAfterMs).toBeLessThan(10_000);
    // Every answer that came back was a correct one. Only requests sent around or after the signal may find the door
    // shut: one still unread in a socket buffer when the server stops is not in flight yet (the held ones above are).
    expect(
      samples.filter((x) => x.outcome !== 'correct' && x.outcome !== 'network'),
      summarize(samples),
    ).toEqual([]);
    expect(samples.filter((x) => x.outcome === 'network' && x.sentAt < signalledAt - 250)).toEqual([]);
    expect(s.logs().find((l) => l.msg === 'stopped')).toMatchObject({ outcome: 'graceful' });
    console.log(
      `[ops] SIGTERM under load: ${summarize(samples)}; exited ${code} after ${Math.round(exitedAfterMs)} ms`,
    );
  }, 60_000);

  it('never wrote the Neo4j password or a stack trace to its output, and logged every request with id, status and duration', () => {
    if (!server) throw new Error('the server never started');
    const output = server.output();
    expect(output).not.toContain(SECRET);
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)/);
    const requests = server.logs().filter((l) => l.req !== undefined);
    expect(requests.length).toBeGreaterThan(100);
    for (const l of requests) {
      expect(l).toMatchObject({
        req: { id: expect.any(String), method: expect.any(String), path: expect.any(String) },
        durationMs: expect.any(Number),
      });
      // A request the client gave up on (the server cut off at shutdown) has no status, and says so.
      if ((l.res as { statusCode: unknown }).statusCode === null) expect(l.msg).toMatch(/ aborted$/);
      else expect(l.res).toEqual({ statusCode: expect.any(Number) });
    }
  });
});
