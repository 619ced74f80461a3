// The graph version as conditional requests need it: read from the store at most once per `ttlMs` and shared by
// concurrent requests (store/ttl-read.ts), so a burst of If-None-Match requests costs one cheap read, not one each.
// A seed shows after at most ttlMs; 0 reads the version for every request.
import { TtlRead } from '../store/ttl-read.ts';

export class GraphVersionCache extends TtlRead<string> {
  /** The version, or null when the store cannot say (the answer is then simply not marked cacheable). */
  async currentOrNull(): Promise<string | null> {
    return this.current().catch(() => null);
  }
}
