// A value read from the store at most once per `ttlMs` and shared by concurrent callers: a burst of requests
// costs one cheap read, not one each. The graph version behind ETags (http/graph-version-cache.ts) and whether a
// first seed is loading (neo4j/seed-watch.ts) are read so.
export class TtlRead<T> {
  private value: T | undefined;
  private readAt = -Infinity;
  private pending: Promise<T> | null = null;

  constructor(
    private readonly read: () => Promise<T>,
    /** How long a read value is trusted; 0 reads it for every call. */
    private readonly ttlMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The value, read again when older than ttlMs or when `fresh`. */
  current(fresh = false): Promise<T> {
    if (!fresh && this.value !== undefined && this.now() - this.readAt < this.ttlMs) return Promise.resolve(this.value);
    this.pending ??= this.read()
      .then((v) => {
        this.value = v;
        this.readAt = this.now();
        return v;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }
}
