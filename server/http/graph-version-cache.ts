// The graph version as conditional requests need it: read from the store at most once per `ttlMs` and shared by
// concurrent requests, so a burst of If-None-Match requests costs one cheap read, not one each.
export class GraphVersionCache {
  private value: string | null = null;
  private readAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly read: () => Promise<string>,
    /** How long a read version is trusted; 0 reads it for every request. A seed shows after at most this. */
    private readonly ttlMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  current(): Promise<string> {
    if (this.value !== null && this.now() - this.readAt < this.ttlMs) return Promise.resolve(this.value);
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

  /** The version, or null when the store cannot say (the answer is then simply not marked cacheable). */
  async currentOrNull(): Promise<string | null> {
    return this.current().catch(() => null);
  }
}
