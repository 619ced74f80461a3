// Whether a bulk first seed is loading, asked of Neo4j at most once per `ttlMs` and shared by concurrent reads
// (TtlRead), so refusing reads of a half-loaded graph costs one label lookup a second, not one per request. A seed
// that starts is noticed within ttlMs; one that finishes, on the next check after it (the readiness ping asks afresh).
import type { Driver } from 'neo4j-driver';
import { SeedInProgressError } from '../store-errors.ts';
import { TtlRead } from '../ttl-read.ts';
import { runRead } from './transactions.ts';

/** Whether the graph holds the bulk first seed's marker (cypher/read/seed-in-progress.cypher is `query`). */
export async function seedInProgress(
  driver: Driver,
  database: string | undefined,
  query: string,
  timeoutMs?: number,
): Promise<boolean> {
  const rows = await runRead(driver, database, (tx) => tx.run(query), timeoutMs);
  return rows.records[0]?.get('seeding') === true;
}

export class SeedWatch {
  private readonly seeding: TtlRead<boolean>;

  constructor(read: () => Promise<boolean>, ttlMs = 1000, now: () => number = Date.now) {
    this.seeding = new TtlRead(read, ttlMs, now);
  }

  /** Throws SeedInProgressError while the marker is there; `fresh` asks Neo4j whatever the last answer's age. */
  async assertComplete(fresh = false): Promise<void> {
    if (await this.seeding.current(fresh)) throw new SeedInProgressError();
  }
}
