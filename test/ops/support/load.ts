// Bounded HTTP load on loopback: N clients each sending one GraphQL request after another, every answer sorted
// into correct (equal to the expected data), a clean SERVICE_UNAVAILABLE error, a network failure, or bad.
import { isDeepStrictEqual } from 'node:util';

export const UNAVAILABLE_MESSAGE = 'The graph store is unavailable; try again shortly.';

export type Outcome = 'correct' | 'unavailable' | 'network' | 'bad';

export interface LoadSample {
  outcome: Outcome;
  /** Milliseconds since the load started, when the request was sent and when it settled. */
  sentAt: number;
  doneAt: number;
  detail?: string;
}

export interface LoadOptions {
  url: string;
  clients: number;
  query: string;
  expected: unknown;
  /** Hard bounds: the load stops at whichever comes first, or at stop(). */
  maxMs: number;
  maxRequests: number;
  /** Per-request timeout: an answer slower than this counts as bad. */
  requestTimeoutMs?: number;
  /**
   * How long a client waits before its next request after a SERVICE_UNAVAILABLE, as a real one told to "try again
   * shortly" would: without it, refusals that come back at once turn twenty clients into a busy loop. Default 100 ms.
   */
  pauseAfterUnavailableMs?: number;
}

export interface Load {
  samples: LoadSample[];
  now(): number;
  /** Resolves once `predicate` holds over the samples so far (checked after each one); rejects after `withinMs` or when the load ends first. */
  until(predicate: (samples: readonly LoadSample[]) => boolean, what: string, withinMs: number): Promise<void>;
  stop(): Promise<LoadSample[]>;
}

export function classify(status: number, text: string, expected: unknown): { outcome: Outcome; detail?: string } {
  let body: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { outcome: 'bad', detail: `${status} not JSON: ${text.slice(0, 200)}` };
  }
  if (status === 200 && body.errors === undefined && isDeepStrictEqual(body.data, expected))
    return { outcome: 'correct' };
  const errors = body.errors ?? [];
  const clean =
    status === 200 &&
    (body.data ?? null) === null &&
    errors.length > 0 &&
    errors.every((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.message === UNAVAILABLE_MESSAGE);
  return clean ? { outcome: 'unavailable' } : { outcome: 'bad', detail: `${status} ${text.slice(0, 300)}` };
}

export function startLoad(options: LoadOptions): Load {
  const started = performance.now();
  const now = () => performance.now() - started;
  const samples: LoadSample[] = [];
  const waiters = new Set<() => void>();
  let stopped = false;
  const body = JSON.stringify({ query: options.query });

  async function one(): Promise<Outcome> {
    const sentAt = now();
    let sample: Omit<LoadSample, 'sentAt' | 'doneAt'>;
    try {
      const res = await fetch(`${options.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body,
        signal: AbortSignal.timeout(options.requestTimeoutMs ?? 15_000),
      });
      sample = classify(res.status, await res.text(), options.expected);
    } catch (e) {
      const err = e as Error & { cause?: { code?: string; message?: string } };
      sample =
        err.name === 'TimeoutError'
          ? { outcome: 'bad', detail: 'no answer in time' }
          : { outcome: 'network', detail: `${err.message}: ${err.cause?.code ?? err.cause?.message ?? ''}` };
    }
    samples.push({ ...sample, sentAt, doneAt: now() });
    for (const w of waiters) w();
    return sample.outcome;
  }

  async function client(): Promise<void> {
    while (!stopped && now() < options.maxMs && samples.length < options.maxRequests)
      if ((await one()) === 'unavailable')
        await new Promise((r) => setTimeout(r, options.pauseAfterUnavailableMs ?? 100));
  }

  const done = Promise.all(Array.from({ length: options.clients }, client)).then(() => {
    stopped = true;
    for (const w of waiters) w();
  });

  return {
    samples,
    now,
    until(predicate, what, withinMs) {
      return new Promise<void>((resolve, reject) => {
        const finish = (error?: Error) => {
          waiters.delete(check);
          clearTimeout(timer);
          if (error) reject(error);
          else resolve();
        };
        const check = () => {
          if (predicate(samples)) finish();
          else if (stopped) finish(new Error(`load ended before: ${what} (${summarize(samples)})`));
        };
        const timer = setTimeout(
          () => finish(new Error(`not within ${withinMs} ms: ${what} (${summarize(samples)})`)),
          withinMs,
        );
        waiters.add(check);
        check();
      });
    },
    async stop() {
      stopped = true;
      await done;
      return samples;
    },
  };
}

export function summarize(samples: readonly LoadSample[]): string {
  const counts = new Map<Outcome, number>();
  for (const s of samples) counts.set(s.outcome, (counts.get(s.outcome) ?? 0) + 1);
  const firstBad = samples.find((s) => s.outcome === 'bad');
  const text = [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'no answers';
  return firstBad ? `${text}; first bad: ${firstBad.detail ?? ''}` : text;
}

/** Correct answers in a row at the end of the samples. */
export function correctStreak(samples: readonly LoadSample[]): number {
  let n = 0;
  for (let i = samples.length - 1; i >= 0 && samples[i]!.outcome === 'correct'; i--) n++;
  return n;
}
