// The GraphQL answer cache on Neo4j: a request asked before is answered without a store read until a seed commits, when
// the graph version (bumped in the seed's own write transaction) changes and the next request reads the new graph.
import { describe, expect, it } from 'vitest';
import { gql } from '../support/gql.ts';
import { countedNeo4jApp } from './counted-app.ts';
import { noNeo4j, suiteName } from './neo4j-test-db.ts';

const SOURCES = '{ sources { id title } }';
type Sources = { sources: Array<{ id: string }> };
const sourceIds = (r: Awaited<ReturnType<typeof gql<Sources>>>) => (r.data?.sources ?? []).map((s) => s.id);

describe.skipIf(noNeo4j)(suiteName('GraphQL answer cache on Neo4j'), () => {
  const app = countedNeo4jApp('answer-cache');

  it('answers from memory until a seed commits, then reads the new graph', async () => {
    const first = await gql<Sources>(app.url(), SOURCES);
    expect(first.errors).toBeUndefined();
    // The second request is answered anew and kept (answer-cache.ts admit); from the third on, from memory.
    expect(await gql<Sources>(app.url(), SOURCES)).toEqual(first);
    const reads = app.reads();
    const again = await gql<Sources>(app.url(), SOURCES);
    expect(again).toEqual(first);
    expect(app.reads(), 'a repeat reads nothing but the version').toBe(reads);

    await app.seedSecond();
    const after = await gql<Sources>(app.url(), SOURCES);
    expect(app.reads()).toBeGreaterThan(reads);
    expect(sourceIds(after)).toContain('second-look-2025-05-07');
    expect(sourceIds(first)).not.toContain('second-look-2025-05-07');
  });
});
