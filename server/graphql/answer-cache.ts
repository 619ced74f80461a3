// Serialized GraphQL answers kept by graph version, bounded in bytes (least recently used out first), and the
// requests now being answered, so identical ones arriving meanwhile wait for one answer instead of each reading the
// store (single flight). The graph changes only when a seed commits, so between seeds a page is the same bytes for
// every reader; what may share an answer is decided by the key (answer-key.ts), not here.
//
// An answer is kept only when its key is asked for a second time (a "doorkeeper", as in TinyLFU): a stream of
// distinct requests (readers each on their own month) kept every answer until LRU pushed it out, 64 MB of 200 KB
// pages churning through the heap, and that nearly doubled their CPU per request on the embedded store (garbage
// collection over the whole in-memory graph; docs/benchmarks.md "Distinct month pages at 10 connections"). A page
// readers share is kept from its second request on; identical requests in flight share one answer either way.
import { LRUCache } from 'lru-cache';

/**
 * A clean 200 answer as it went out: its bytes (UTF-8, kept encoded: writing a 200 KB string encodes it anew on
 * every response, a third of a hit's CPU) and its Content-Type (the key holds the Accept it was negotiated from).
 */
export interface CachedAnswer {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

/**
 * What a request hands the identical requests waiting on it: a kept answer, or one that is not kept (its key's first
 * request), whose body stays the string yoga wrote: encoding it into bytes that are dropped after one response
 * allocated 200 KB outside the heap per request, which drives V8's full collections as much as keeping did.
 */
export type SharedAnswer = CachedAnswer | { body: string; contentType: string };

/** The one request answering a key while others wait: it ends the flight with its answer, or null if not cacheable. */
export interface Flight {
  settle(answer: SharedAnswer | null): void;
}

/** Per-entry bookkeeping (key, map slots) counted on top of the body, so many tiny answers are not free. */
const ENTRY_OVERHEAD_BYTES = 200;

/** Keys asked for once (sha256 digests, answer-key.ts), remembered to admit their second request's answer: ~1 MB. */
const SEEN_KEYS = 10_000;

export class AnswerCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  private readonly flights = new Map<string, { answer: Promise<SharedAnswer | null>; startedAt: number }>();
  private readonly seen = new LRUCache<string, true>({ max: SEEN_KEYS });
  private version: string | null = null;

  constructor(
    /** Bytes of answers kept at most (bodies plus a fixed overhead each). */
    readonly maxBytes: number,
  ) {
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      // One answer may take at most a quarter, so one huge page cannot flush every other reader's.
      maxEntrySize: Math.max(1, Math.floor(maxBytes / 4)),
      sizeCalculation: (answer, key) => answer.body.byteLength + key.length + ENTRY_OVERHEAD_BYTES,
    });
  }

  /** Bytes held now. */
  get sizeBytes(): number {
    return this.answers.calculatedSize;
  }

  /** Answers held now. */
  get size(): number {
    return this.answers.size;
  }

  /**
   * Records the version requests are now answered from. A new one drops every answer at once: their keys hold the
   * old version and could never be asked for again, so keeping them would only hold memory until LRU pushed them out.
   */
  observe(version: string): void {
    if (version === this.version) return;
    this.version = version;
    this.answers.clear();
    this.seen.clear();
  }

  /** Whether this key's answer should be kept: true from its second request on (the first is remembered). */
  admit(key: string): boolean {
    if (this.seen.has(key)) return true;
    this.seen.set(key, true);
    return false;
  }

  get(key: string): CachedAnswer | undefined {
    return this.answers.get(key);
  }

  /** Keeps an answer, but only if it belongs to the version now current (a seed may have committed meanwhile). */
  set(key: string, version: string, answer: CachedAnswer): void {
    if (version === this.version) this.answers.set(key, answer);
  }

  /** Whether a request for this key is being answered now. */
  inFlight(key: string): boolean {
    return this.flights.has(key);
  }

  /**
   * The answer of the flight now under way for this key, once it lands, or null if it is not cacheable (an error) or
   * has not landed `waitMs` after it started: the caller then answers for itself. Counted from the flight's start, so
   * a flight stuck on a store that went away delays later requests by no more than `waitMs` in all.
   */
  async follow(key: string, waitMs: number): Promise<SharedAnswer | null> {
    const flight = this.flights.get(key);
    const left = flight ? flight.startedAt + waitMs - Date.now() : 0;
    if (!flight || left <= 0) return null;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), left);
    });
    try {
      return await Promise.race([flight.answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Starts the flight for a key; whoever answers settles it. One never settled (a request that never got to its
   * response) ends by itself after `maxMs`, so later requests for the key do not wait on it forever.
   */
  lead(key: string, maxMs: number): Flight {
    let resolve!: (answer: SharedAnswer | null) => void;
    const flight = { answer: new Promise<SharedAnswer | null>((r) => (resolve = r)), startedAt: Date.now() };
    this.flights.set(key, flight);
    let settled = false;
    const settle = (answer: SharedAnswer | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (this.flights.get(key) === flight) this.flights.delete(key);
      resolve(answer);
    };
    const timer = setTimeout(() => settle(null), maxMs);
    timer.unref();
    return { settle };
  }
}
