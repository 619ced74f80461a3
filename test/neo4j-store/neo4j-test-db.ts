// Shared by the Neo4j store tests: the Neo4j from test/neo4j/global-setup.ts, a reset, and a fingerprint of
// everything in the graph. Community edition has one database, so these files run one at a time
// (fileParallelism: false) and each resets the graph before building exactly the data it needs.
import { createHash } from 'node:crypto';
import { inject } from 'vitest';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '../../server/store/neo4j/create-driver.ts';
import { graphCounts, type GraphCounts } from '../../server/store/neo4j/graph-counts.ts';
import { Neo4jWriter, type WriteOptions } from '../../server/store/neo4j/neo4j-writer.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { runWrite } from '../../server/store/neo4j/transactions.ts';

export const neo4jUri = inject('neo4jUri');
export const neo4jUnavailable = inject('neo4jUnavailable');
/** For describe.skipIf: set only where java/maven are missing and REQUIRE_NEO4J is not set (CI sets it). */
export const noNeo4j = !neo4jUri;
export const suiteName = (name: string) => (noNeo4j ? `${name} (skipped: ${neo4jUnavailable ?? 'no Neo4j'})` : name);

/** The test server has auth disabled; the driver still sends (ignored) credentials. */
export function testConnection(): Neo4jConnection {
  return { uri: neo4jUri, user: 'neo4j', password: 'not-checked' };
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Writes articles as `npm run seed` does (schema, batches, then indexes), with a writer of its own. */
export async function seedArticles(articles: readonly ParsedArticle[], options: WriteOptions = {}): Promise<void> {
  const writer = await Neo4jWriter.connect(testConnection());
  try {
    await writer.write(articles, options);
  } finally {
    await writer.close();
  }
}

/** Empties the graph (schema stays): the start of every file's own data. */
export async function resetGraph(driver: Driver): Promise<void> {
  await runWrite(driver, undefined, (tx) => tx.run('MATCH (n) DETACH DELETE n'));
}

export interface Fingerprint {
  counts: GraphCounts;
  /** sha256 over every node (labels + properties) and relationship (type, ends, properties), order-free. */
  checksum: string;
}

function canonical(v: unknown): unknown {
  if (neo4j.isInt(v)) return `int:${v.toString()}`;
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, x]) => [k, canonical(x)]),
    );
  return v;
}

export async function fingerprint(driver: Driver): Promise<Fingerprint> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const nodes = await session.run(
      'MATCH (n) WHERE NOT n:GraphVersion RETURN labels(n) AS labels, properties(n) AS props',
    );
    const rels = await session.run(
      'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
    );
    const lines = [
      ...nodes.records.map((r) => JSON.stringify(canonical(r.toObject()))),
      ...rels.records.map((r) => JSON.stringify(canonical(r.toObject()))),
    ].sort();
    return { counts: await graphCounts(driver), checksum: createHash('sha256').update(lines.join('\n')).digest('hex') };
  } finally {
    await session.close();
  }
}
