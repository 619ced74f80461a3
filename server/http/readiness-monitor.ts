// Whether the graph store answers. /ready asks it on demand; after start() it also keeps watching in the
// background: every probeIntervalMs (a cheap ping) while the store is not ready, every healthyIntervalMs while it is,
// logging each change of state once, so a Neo4j that is down at start or goes away later is noticed, reported and
// recovered from without a restart. It is also the requests' StoreGate (store/store-gate.ts): a request that meets an
// outage makes it ping now, and one answered while it warms up makes it report ready.
import type { Logger } from 'pino';
import type { StoreGate } from '../store/store-gate.ts';
import { SeedInProgressError, StoreUnavailableError } from '../store/store-errors.ts';

/** `warnings`: what works only in part while the store answers (e.g. search without its index). */
/**
 * `code`: what a probe or client can act on (SEED_IN_PROGRESS: wait for the load; SERVICE_UNAVAILABLE, STORE_TIMEOUT,
 * WARMING_UP: retry; SHUTTING_DOWN, NOT_CHECKED, CHECK_FAILED); `reason` says it in words.
 */
export type Readiness = { ready: true; warnings?: string[] } | { ready: false; code: string; reason: string };

/** What the /ready route needs. */
export interface ReadinessCheck {
  check(): Promise<Readiness>;
}

export interface ReadinessOptions {
  ping: () => Promise<void>;
  /**
   * The store's common reads, run once after an outage (and at start) before it is reported ready: a Neo4j that has
   * just restarted plans every query cold, seconds each on a busy machine, so requests sent as soon as /ready said
   * 200 timed out (issue 12). Until it has finished, /ready says the store is warming up (requests pass meanwhile).
   */
  warmUp?: () => Promise<void>;
  /** What works only in part (GraphStore.degradations); asked after each successful ping. */
  degradations?: () => Promise<string[]>;
  logger: Logger;
  /** A ping slower than this counts as not ready (orchestrator probes give up after a second or two). */
  timeoutMs?: number;
  /**
   * How often a store that is not ready is pinged. Short and fixed, not a growing backoff: the time from Neo4j's return
   * to the first answered request is at most this plus one ping (issue 12's target is 2 s), and a ping of a Neo4j that
   * is down costs a refused connection.
   */
  probeIntervalMs?: number;
  /** How often a ready store is checked again in the background. */
  healthyIntervalMs?: number;
}

class PingTimeout extends Error {}
class WarmingUp extends Error {}

export class ReadinessMonitor implements ReadinessCheck, StoreGate {
  private state: Readiness = { ready: false, code: 'NOT_CHECKED', reason: 'the graph store has not been checked yet' };
  private failures = 0;
  private ticking = false;
  private pending: Promise<void> | null = null;
  /** Whether the warm-up has run since the store was last seen down; the run in flight, if any. */
  private warm = false;
  private warming: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private stopped = false;
  private readonly timeoutMs: number;
  private readonly probeIntervalMs: number;
  private readonly healthyIntervalMs: number;

  constructor(private readonly options: ReadinessOptions) {
    this.timeoutMs = options.timeoutMs ?? 2000;
    this.probeIntervalMs = options.probeIntervalMs ?? 250;
    this.healthyIntervalMs = options.healthyIntervalMs ?? 10_000;
  }

  /** The last known state, without asking the store. */
  current(): Readiness {
    return this.state;
  }

  /** StoreGate: a request met an outage; a ready store is pinged now rather than at its next healthy tick. */
  failed(): void {
    if (!this.running || this.ticking || !this.state.ready) return;
    if (this.timer) clearTimeout(this.timer);
    void this.tick();
  }

  /**
   * StoreGate: a request was answered. While the monitor's own warm-up is still running, that is as good a sign the
   * restarted Neo4j has planned the common reads (under load the warm-up's calls can keep missing their deadline
   * while requests already succeed, and /ready stayed 503 long after traffic was back), so check now and report ready.
   */
  succeeded(): void {
    if (!this.running || this.ticking || this.state.ready) return;
    this.warm = true;
    if (this.timer) clearTimeout(this.timer);
    void this.tick();
  }

  /** Starts background checking (the first check runs now). */
  start(): void {
    if (this.running || this.stopped) return;
    this.running = true;
    this.schedule(0);
  }

  /** From now on reports "shutting down" and stops checking, so a load balancer stops sending traffic. */
  stop(): void {
    this.stopped = true;
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.state = { ready: false, code: 'SHUTTING_DOWN', reason: 'shutting down' };
  }

  async check(): Promise<Readiness> {
    if (this.stopped) return this.state;
    let outcome: Readiness;
    let failure: unknown;
    try {
      await this.pingWithin(this.timeoutMs);
      await this.warmUpWithin(this.timeoutMs);
      const warnings = await this.degradations();
      outcome = warnings.length > 0 ? { ready: true, warnings } : { ready: true };
    } catch (e) {
      failure = e;
      outcome = { ready: false, ...this.reasonFor(e) };
    }
    if (!this.stopped) this.record(outcome, failure);
    return this.state;
  }

  /** At most one ping is in flight: probes arriving while one runs wait for it rather than piling onto the store. */
  private pingWithin(ms: number): Promise<void> {
    const pending = (this.pending ??= this.options.ping().finally(() => {
      this.pending = null;
    }));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new PingTimeout()), ms);
    });
    return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
  }

  /**
   * One warm-up at a time, and not cut short by a probe's timeout: the run goes on, and a later check finds it done.
   * It ends only when the store is warm, so an outage that interrupts it leaves the store not ready.
   */
  private warmUpWithin(ms: number): Promise<void> {
    const warmUp = this.options.warmUp;
    if (this.warm || !warmUp) return Promise.resolve();
    const pending = (this.warming ??= warmUp().then(
      () => {
        this.warm = true;
        this.warming = null;
      },
      (e: unknown) => {
        this.warming = null;
        throw e;
      },
    ));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new WarmingUp()), ms);
    });
    return Promise.race([pending, timeout]).finally(() => clearTimeout(timer));
  }

  /** A failing check of degradations leaves the store ready: the ping, which decides that, succeeded. */
  private async degradations(): Promise<string[]> {
    if (!this.options.degradations) return [];
    try {
      return await this.options.degradations();
    } catch (e) {
      this.options.logger.debug({ err: e }, 'checking the graph store for degradations failed');
      return [];
    }
  }

  private reasonFor(e: unknown): { code: string; reason: string } {
    if (e instanceof WarmingUp)
      return { code: 'WARMING_UP', reason: 'the graph store is back and warming up its queries' };
    if (e instanceof PingTimeout)
      return { code: 'STORE_TIMEOUT', reason: `the graph store did not answer within ${this.timeoutMs} ms` };
    if (e instanceof StoreUnavailableError)
      return { code: 'SERVICE_UNAVAILABLE', reason: 'the graph store is unavailable' };
    if (e instanceof SeedInProgressError) return { code: 'SEED_IN_PROGRESS', reason: e.message };
    // Not an outage (bad credentials, a missing database): the details are for the operator's log only.
    this.options.logger.error({ err: e }, 'graph store readiness check failed');
    return { code: 'CHECK_FAILED', reason: 'the graph store check failed; see the server log' };
  }

  private record(outcome: Readiness, failure: unknown): void {
    const was = this.state;
    this.state = outcome;
    if (outcome.ready) {
      if (!was.ready) this.options.logger.info({ afterFailures: this.failures }, 'graph store ready');
      const warnings = outcome.warnings ?? [];
      const before = was.ready ? (was.warnings ?? []) : [];
      // Once per change, like the outages: a probe every few seconds must not repeat it.
      if (warnings.join('\n') !== before.join('\n') && warnings.length > 0)
        this.options.logger.warn({ warnings }, 'graph store ready, but degraded');
      this.failures = 0;
      return;
    }
    this.failures += 1;
    // Seen down: a restarted Neo4j has lost its query plans, so warm up again before the next "ready".
    if (!outcome.reason.includes('warming up')) this.warm = false;
    const log = { reason: outcome.reason, failures: this.failures, retryInMs: this.probeIntervalMs };
    // One warning per change of readiness (a reason that flips between unreachable and warming up is the same
    // outage); the probes themselves are debug, with what the driver said.
    if (was.ready || this.failures === 1) this.options.logger.warn(log, 'graph store not ready');
    else
      this.options.logger.debug(
        { ...log, detail: failure instanceof Error ? failure.message : undefined },
        'graph store still not ready',
      );
  }

  private schedule(ms: number): void {
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    this.ticking = true;
    const state = await this.check().finally(() => (this.ticking = false));
    if (!this.running) return;
    this.schedule(state.ready ? this.healthyIntervalMs : this.probeIntervalMs);
  }
}

/** The monitor's options for a store: its ping, and its degradations when it has any. */
export function readinessOf(
  store: { ping(): Promise<void>; warmUp?(): Promise<void>; degradations?(): Promise<string[]> },
  logger: Logger,
): ReadinessOptions {
  return {
    ping: () => store.ping(),
    logger,
    ...(store.warmUp ? { warmUp: () => store.warmUp!() } : {}),
    ...(store.degradations ? { degradations: () => store.degradations!() } : {}),
  };
}
