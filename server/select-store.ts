// Picks the adapter: Neo4j when NEO4J_URI is set, else the embedded in-memory store.
import type { Config } from './config.ts';
import type { GraphStore } from './store/store.ts';
import { MemoryStore } from './store/memory/memory-store.ts';
import { articlePaths, loadArticles } from './article/load-articles.ts';
import { withDeadline } from './store/store-deadline.ts';

/** Added to NEO4J_TIMEOUT_MS, so the driver's own (more telling) failure normally comes first. */
const DEADLINE_MARGIN_MS = 1000;

type StoreConfig = Pick<
  Config,
  'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE' | 'NEO4J_TIMEOUT_MS' | 'ARTICLES'
>;

export async function selectStore(config: StoreConfig): Promise<{ store: GraphStore; description: string }> {
  if (config.NEO4J_URI) {
    const { Neo4jStore } = await import('./store/neo4j/neo4j-store.ts');
    const { connectionOf } = await import('./store/neo4j/create-driver.ts');
    // Never connects here: the driver connects on first use, so the server starts (not ready) while Neo4j is down.
    const store = await Neo4jStore.connect(connectionOf(config, config.NEO4J_URI), {
      maxTransactionRetryTimeMs: config.NEO4J_TIMEOUT_MS,
      connectionTimeoutMs: config.NEO4J_TIMEOUT_MS,
      // Neo4j stops a read the deadline below has given up on, rather than finishing work nobody will receive.
      readTimeoutMs: config.NEO4J_TIMEOUT_MS,
    });
    return {
      store: withDeadline(store, config.NEO4J_TIMEOUT_MS + DEADLINE_MARGIN_MS),
      description: `neo4j at ${config.NEO4J_URI}${config.NEO4J_DATABASE ? ` (database ${config.NEO4J_DATABASE})` : ''}`,
    };
  }
  const articles = await loadArticles(articlePaths(config.ARTICLES));
  return { store: new MemoryStore(articles), description: `embedded store with ${articles.length} article(s)` };
}
