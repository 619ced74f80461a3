// The readiness monitor: a short fixed probe interval while the store is down, a log line per change of state,
// one ping at a time however many probes ask, a bounded wait, and the gate it offers requests. Timers are faked.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadinessMonitor } from '../../server/http/readiness-monitor.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';

function captureLogger() {
  const lines: Array<{ level: number; msg: string; retryInMs?: number }> = [];
  const logger = pino(
    { level: 'debug' },
    new Writable({ write: (chunk, _e, done) => (lines.push(JSON.parse(String(chunk))), done()) }),
  );
  return { logger, lines };
}

/** A store whose ping follows a script: 'down', 'up', or 'hang' (never answers). */
function scriptedPing(script: Array<'down' | 'up' | 'hang'>, fallback: 'down' | 'up') {
  const calls: number[] = [];
  const ping = () => {
    calls.push(Date.now());
    const step = script.shift() ?? fallback;
    if (step === 'up') return Promise.resolve();
    if (step === 'down') return Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 127.0.0.1:7687'));
    return new Promise<void>(() => {});
  };
  return { ping, calls };
}

describe('ReadinessMonitor', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 0 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('pings a store that is down at a fixed short interval until it answers, then at the healthy interval', async () => {
    const { logger, lines } = captureLogger();
    const { ping, calls } = scriptedPing(['down', 'down', 'down', 'down', 'up'], 'up');
    const monitor = new ReadinessMonitor({ ping, logger, probeIntervalMs: 250, healthyIntervalMs: 10_000 });
    monitor.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.current()).toEqual({
      ready: false,
      code: 'SERVICE_UNAVAILABLE',
      reason: 'the graph store is unavailable',
    });
    await vi.advanceTimersByTimeAsync(4 * 250);
    expect(monitor.current()).toEqual({ ready: true });
    await vi.advanceTimersByTimeAsync(20_000);
    // Pings every 250 ms while down (no growing backoff: a long outage is noticed ending as soon as a short one);
    // ready at 1000; then every 10 s.
    expect(calls).toEqual([0, 250, 500, 750, 1000, 11_000, 21_000]);
    // One warning for the outage, debug lines for the probes, one info when it is back.
    expect(lines.filter((l) => l.level === 40).map((l) => [l.msg, l.retryInMs])).toEqual([
      ['graph store not ready', 250],
    ]);
    expect(lines.filter((l) => l.level === 20)).toHaveLength(3);
    expect(lines.filter((l) => l.level === 30).map((l) => l.msg)).toEqual(['graph store ready']);
    monitor.stop();
  });

  it('notices a store that goes away while ready, and logs it once', async () => {
    const { logger, lines } = captureLogger();
    const { ping } = scriptedPing(['up', 'down', 'down', 'up'], 'up');
    const monitor = new ReadinessMonitor({ ping, logger, probeIntervalMs: 250, healthyIntervalMs: 10_000 });
    monitor.start();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(monitor.current().ready).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(monitor.current().ready).toBe(true);
    expect(lines.filter((l) => l.level >= 30).map((l) => l.msg)).toEqual([
      'graph store ready',
      'graph store not ready',
      'graph store ready',
    ]);
    monitor.stop();
  });

  it('answers "did not answer within" for a hanging store, and shares one ping among concurrent probes', async () => {
    const { logger } = captureLogger();
    const { ping, calls } = scriptedPing(['hang'], 'up');
    const monitor = new ReadinessMonitor({ ping, logger, timeoutMs: 2000 });
    const probes = Promise.all([monitor.check(), monitor.check(), monitor.check()]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(await probes).toEqual(
      Array(3).fill({ ready: false, code: 'STORE_TIMEOUT', reason: 'the graph store did not answer within 2000 ms' }),
    );
    // The hung ping is still the one in flight: a new probe waits on it instead of starting another.
    const again = monitor.check();
    await vi.advanceTimersByTimeAsync(2000);
    await again;
    expect(calls).toHaveLength(1);
  });

  it('reports an unexpected failure without its details, and logs them', async () => {
    const { logger, lines } = captureLogger();
    const monitor = new ReadinessMonitor({
      ping: () => Promise.reject(new Error('The client is unauthorized due to authentication failure.')),
      logger,
    });
    expect(await monitor.check()).toEqual({
      ready: false,
      code: 'CHECK_FAILED',
      reason: 'the graph store check failed; see the server log',
    });
    expect(JSON.stringify(lines)).toContain('unauthorized');
  });

  it('reports "shutting down" once stopped, without asking the store', async () => {
    const { logger } = captureLogger();
    const { ping, calls } = scriptedPing([], 'up');
    const monitor = new ReadinessMonitor({ ping, logger });
    monitor.stop();
    expect(await monitor.check()).toEqual({ ready: false, code: 'SHUTTING_DOWN', reason: 'shutting down' });
    expect(calls).toHaveLength(0);
  });

  it('reports ready only once the warm-up has run, and warms up again after the store was seen down', async () => {
    const { logger } = captureLogger();
    const { ping } = scriptedPing(['up', 'up', 'up', 'down', 'up', 'up'], 'up');
    let warmUps = 0;
    let finishWarmUp: () => void = () => {};
    const warmUp = () => {
      warmUps += 1;
      return new Promise<void>((resolve) => (finishWarmUp = resolve));
    };
    const monitor = new ReadinessMonitor({ ping, warmUp, logger, timeoutMs: 1000 });
    // The ping answers but the warm-up has not finished within the probe's wait: not ready yet, and said so.
    const first = monitor.check();
    await vi.advanceTimersByTimeAsync(1000);
    expect(await first).toEqual({
      ready: false,
      code: 'WARMING_UP',
      reason: 'the graph store is back and warming up its queries',
    });
    // A second probe waits on the same warm-up rather than starting another; it finishes, and the store is ready.
    const second = monitor.check();
    await vi.advanceTimersByTimeAsync(0);
    finishWarmUp();
    expect(await second).toEqual({ ready: true });
    expect(warmUps).toBe(1);
    // Warm: later checks do not warm up again.
    expect(await monitor.check()).toEqual({ ready: true });
    expect(warmUps).toBe(1);
    // Seen down (a restart loses Neo4j's query plans): the next "ready" comes after a new warm-up.
    expect((await monitor.check()).ready).toBe(false);
    const back = monitor.check();
    await vi.advanceTimersByTimeAsync(0);
    expect(warmUps).toBe(2);
    finishWarmUp();
    expect(await back).toEqual({ ready: true });
  });

  it('pings at once when a request meets an outage, instead of at the healthy interval', async () => {
    const { logger } = captureLogger();
    const { ping, calls } = scriptedPing(['up', 'down', 'up'], 'up');
    const monitor = new ReadinessMonitor({ ping, logger, probeIntervalMs: 250, healthyIntervalMs: 10_000 });
    // Not watching: a failure asks nothing.
    monitor.failed();
    expect(calls).toEqual([]);
    monitor.start();
    await vi.advanceTimersByTimeAsync(1000);
    monitor.failed();
    await vi.advanceTimersByTimeAsync(0);
    expect(calls).toEqual([0, 1000]);
    expect(monitor.current().ready).toBe(false);
    // More failures while it is down add no pings: the fixed interval does.
    monitor.failed();
    await vi.advanceTimersByTimeAsync(250);
    expect(calls).toEqual([0, 1000, 1250]);
    expect(monitor.current()).toEqual({ ready: true });
    monitor.stop();
  });

  it('reports ready once a request is answered while its own warm-up is still running', async () => {
    const { logger } = captureLogger();
    const { ping } = scriptedPing([], 'up');
    const monitor = new ReadinessMonitor({ ping, warmUp: () => new Promise<void>(() => {}), logger, timeoutMs: 1000 });
    monitor.start();
    await vi.advanceTimersByTimeAsync(1000);
    expect(monitor.current()).toEqual({
      ready: false,
      code: 'WARMING_UP',
      reason: 'the graph store is back and warming up its queries',
    });
    monitor.succeeded();
    await vi.advanceTimersByTimeAsync(0);
    expect(monitor.current()).toEqual({ ready: true });
    monitor.stop();
  });
});
