// Writes run one at a time, in the order they were queued, while the caller builds the next rows: a bulk first
// seed's thread would otherwise sit idle while Neo4j runs each transaction, and leave Neo4j idle while it builds
// the next chunk (docs/benchmarks.md, "The seeder's side of a first seed"). One transaction in flight at most; the
// caller paces itself so that it holds the rows being written and the ones it builds meanwhile, not more.

export class WriteQueue {
  /** The last write queued: rejects with what the first failing write threw (the ones after it do not run). */
  private tail: Promise<void> = Promise.resolve();
  /** What the caller's last pace() let it go ahead of. */
  private paced: Promise<void> = Promise.resolve();

  /** Queues `work` after every write queued before it and returns at once. */
  add(work: () => unknown): void {
    const next = this.tail.then(async () => {
      await work();
    });
    // Seen as handled until pace, drain or settle awaits it: the caller is building rows meanwhile.
    next.catch(() => undefined);
    this.tail = next;
  }

  /**
   * Waits until what was queued before the previous pace() is written, so the caller builds its next rows while
   * the ones queued since are written. Throws what a write threw.
   */
  async pace(): Promise<void> {
    const previous = this.paced;
    this.paced = this.tail;
    await previous;
  }

  /** Waits for every queued write; throws what one threw. */
  drain(): Promise<void> {
    return this.tail;
  }

  /** Waits for every queued write, whatever it did: nothing may still be writing when a failed load is wiped. */
  settle(): Promise<void> {
    return this.tail.catch(() => undefined);
  }
}
