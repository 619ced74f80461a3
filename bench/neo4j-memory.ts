// How much page cache the bench's Neo4j gets for a corpus: enough to hold the store, so reads at a million events
// measure queries rather than disk. The store's size per event was measured after seeding (docs/benchmarks.md,
// "Running the benchmark at 1M"); the floor is the 1 GB the 100k runs used, the ceiling leaves room on a 24 GB
// machine for the bench process (about 9 GB while it seeds a million events in bulk), Neo4j's 2 GB heap, the transaction
// logs and full-text index in the OS's cache, and chromium.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** Store bytes per event (databases/neo4j): 582 MB for the default corpus at 50k events (docs/benchmarks.md). */
export const STORE_BYTES_PER_EVENT = 12_500;
const FLOOR_MB = 1024;
const CEILING_MB = 3_072;
/** Headroom over the store's size: its files grow in steps and the range indexes with them. */
const HEADROOM = 1.1;

export function pagecacheMbFor(events: number): number {
  const mb = (events * STORE_BYTES_PER_EVENT * HEADROOM) / 2 ** 20;
  return Math.min(CEILING_MB, Math.max(FLOOR_MB, Math.ceil(mb / 256) * 256));
}

/** The store's files (what the page cache holds), not the transaction logs beside them, of a harness server. */
export const storeDirectory = (dataDir: string) => path.join(dataDir, 'data', 'databases', 'neo4j');

/** Bytes under `dir`, for the report. */
export async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    total += (await stat(path.join(entry.parentPath, entry.name)).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
