// The server's read path against a real Neo4j: it cannot write, and an unreachable Neo4j is StoreUnavailableError.
import type { Driver } from 'neo4j-driver';
import { Neo4jError } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { runRead } from '../../server/store/neo4j/transactions.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import { noNeo4j, resetGraph, suiteName, testDriver } from './neo4j-test-db.ts';
import { findFreePort } from '../neo4j/ports.ts';

describe.skipIf(noNeo4j)(suiteName('the Neo4j read path'), () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await resetGraph(driver);
  });
  afterAll(async () => {
    await driver.close();
  });

  it('refuses a write attempted through the read helper every store method uses', async () => {
    const attempt = runRead(driver, undefined, (tx) => tx.run("CREATE (:Actor {id: 'smuggled-in'})"));
    const error = await attempt.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.AccessMode');
    expect(error).not.toBeInstanceOf(StoreUnavailableError);
    const count = await runRead(driver, undefined, (tx) =>
      tx.run("MATCH (a:Actor {id: 'smuggled-in'}) RETURN count(a) AS n"),
    );
    expect(count.records[0]!.get('n').toNumber()).toBe(0);
  });

  it('answers reads on an empty graph with empty results, not errors', async () => {
    const store = await Neo4jStore.fromDriver(driver);
    await expect(store.ping()).resolves.toBeUndefined();
    expect(await store.listActors({ kind: null, search: null, first: 10, after: null })).toEqual({
      items: [],
      hasNextPage: false,
      totalCount: 0,
    });
    expect(await store.getEvents(['nothing'])).toEqual([null]);
    expect(await store.network({ actorIds: [], depth: 2, window: null, match: 'OVERLAPS' })).toEqual({
      nodes: [],
      edges: [],
    });
    expect(await store.listSources()).toEqual([]);
    await store.close();
    // The driver belongs to the caller: closing the store left it usable.
    await expect(driver.getServerInfo()).resolves.toMatchObject({ address: expect.any(String) });
  });

  it('reports a Neo4j that cannot be reached as StoreUnavailableError, quickly', async () => {
    // A port nothing listens on: free when asked, and nothing binds it after.
    const port = await findFreePort();
    const store = await Neo4jStore.connect(
      { uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password: 'x' },
      { maxTransactionRetryTimeMs: 1_000 },
    );
    try {
      const started = performance.now();
      await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.listActors({ kind: null, search: null, first: 5, after: null })).rejects.toBeInstanceOf(
        StoreUnavailableError,
      );
      expect(performance.now() - started).toBeLessThan(15_000);
    } finally {
      await store.close();
    }
  });

  it('lets other driver errors through unchanged', async () => {
    const error = await runRead(driver, undefined, (tx) => tx.run('RETURN nonsense(')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Neo4jError);
    expect((error as Neo4jError).code).toBe('Neo.ClientError.Statement.SyntaxError');
  });
});
