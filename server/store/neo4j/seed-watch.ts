// Whether a bulk first seed is loading, asked of Neo4j at most once per `ttlMs` and shared by concurrent reads, so
// refusing reads of a half-loaded graph costs one label lookup a second, not one per request. A seed that starts is
// noticed within ttlMs; one that finishes, on the next check after it (the readiness ping asks afresh).
import { SeedInProgressError } from '../store-errors.ts';

export class SeedWatch {
  private seeding = false;
  private readAt = -Infinity;
  private pending: Promise<boolean> | null = null;

  constructor(
    private readonly read: () => Promise<boolean>,
    private readonly ttlMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws SeedInProgressError while the marker is there; `fresh` asks Neo4j whatever the last answer's age. */
  async assertComplete(fresh = false): Promise<void> {
    if (fresh || this.now() - this.readAt >= this.ttlMs) await this.refresh();
    if (this.seeding) throw new SeedInProgressError();
  }

  private refresh(): Promise<boolean> {
    return (this.pending ??= this.read()
      .then((seeding) => {
        this.seeding = seeding;
        this.readAt = this.now();
        return seeding;
      })
      .finally(() => {
        this.pending = null;
      }));
  }
}
