// Measuring a server's recovery after Neo4j returns, honestly: "Neo4j is back" is when a probe that shares nothing
// with the server (a new driver for every try, no pool, no routing) first has `RETURN 1` answered, since Neo4j itself
// answers slowly for a while after its process starts. The server's first success and its /ready are timed from that
// moment, and from the moment the restarted process said it had started. Used by the fault test and the bench.
import neo4j from 'neo4j-driver';
import type { LoadSample } from './load.ts';

/** Polls until stopped, one try at a time with `everyMs` between them; `answeredAt` is the first answer's time. */
export interface Watch {
  answeredAt: Promise<number>;
  stop(): Promise<void>;
}

/** Watches `uri` with a fresh driver per try, so no connection that survived (or died in) the outage is reused. */
export function watchNeo4j(uri: string, now: () => number, everyMs = 100): Watch {
  let stopped = false;
  let answered: (at: number) => void = () => {};
  const answeredAt = new Promise<number>((resolve) => (answered = resolve));
  const loop = (async () => {
    while (!stopped) {
      const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'probe'), {
        connectionTimeout: 1000,
        maxConnectionPoolSize: 1,
        userAgent: 'kg-timeline-recovery-probe',
      });
      try {
        await driver.executeQuery('RETURN 1');
        answered(now());
        stopped = true;
      } catch {
        // Down, or up but not answering yet: try again.
      } finally {
        await driver.close();
      }
      if (!stopped) await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    answeredAt,
    async stop() {
      stopped = true;
      await loop;
    },
  };
}

export interface ReadyPoll {
  at: number;
  status: number;
}

/** /ready polled as a load balancer would, every `everyMs`, until stopped. */
export function pollReady(url: string, now: () => number, everyMs = 50): { polls: ReadyPoll[]; stop(): Promise<void> } {
  const polls: ReadyPoll[] = [];
  let polling = true;
  const loop = (async () => {
    while (polling) {
      const status = await fetch(`${url}/ready`).then(
        (r) => r.status,
        () => 0,
      );
      polls.push({ at: now(), status });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    polls,
    async stop() {
      polling = false;
      await loop;
    },
  };
}

/** The moments of one outage, in the load's clock (ms since the load started). */
export interface OutageTimes {
  /** Neo4j was stopped or killed. */
  downAt: number;
  /** The restarted process said it had started (the launcher's ready line). */
  startedAt: number;
  /** A fresh probe first had `RETURN 1` answered. */
  backAt: number;
}

export interface Recovery {
  /** The first correct answer to a request sent after the outage began, timed from Neo4j's return and its start. */
  firstSuccessAfterBackMs: number | undefined;
  firstSuccessAfterStartMs: number | undefined;
  /** When that request was sent, from Neo4j's return (negative: sent before it), and how long it took. */
  firstSuccessSentAfterBackMs: number | undefined;
  firstSuccessTookMs: number | undefined;
  /** /ready turning 200 again, from Neo4j's return. */
  readyAfterBackMs: number | undefined;
  /** Requests sent once /ready was 200 again that were not answered correctly. */
  failedAfterReady: LoadSample[];
}

export function recoveryOf(samples: readonly LoadSample[], polls: readonly ReadyPoll[], t: OutageTimes): Recovery {
  // The first 503 after the outage began, then the first 200 after it: a 200 still in flight at the kill is no return.
  const notReadyAt = polls.find((p) => p.at > t.downAt && p.status !== 200)?.at ?? t.downAt;
  const readyAt = polls.find((p) => p.at > notReadyAt && p.status === 200)?.at;
  const first = samples.find((s) => s.sentAt > t.downAt && s.outcome === 'correct');
  return {
    firstSuccessAfterBackMs: first && first.doneAt - t.backAt,
    firstSuccessAfterStartMs: first && first.doneAt - t.startedAt,
    firstSuccessSentAfterBackMs: first && first.sentAt - t.backAt,
    firstSuccessTookMs: first && first.doneAt - first.sentAt,
    readyAfterBackMs: readyAt === undefined ? undefined : readyAt - t.backAt,
    failedAfterReady:
      readyAt === undefined ? [] : samples.filter((s) => s.sentAt >= readyAt && s.outcome !== 'correct'),
  };
}

const ms = (n: number | undefined) => (n === undefined ? 'never' : `${Math.round(n)} ms`);

export function describeRecovery(r: Recovery, t: OutageTimes): string {
  return (
    `Neo4j answered a fresh probe ${ms(t.backAt - t.startedAt)} after its process started; ` +
    `first success ${ms(r.firstSuccessAfterBackMs)} after that (${ms(r.firstSuccessAfterStartMs)} after the start; ` +
    `sent ${ms(r.firstSuccessSentAfterBackMs)} after the return, took ${ms(r.firstSuccessTookMs)}); ` +
    `/ready 200 ${ms(r.readyAfterBackMs)} after it; ${r.failedAfterReady.length} failure(s) after /ready was 200`
  );
}
