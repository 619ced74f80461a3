// A read the server has given up on must not keep Neo4j busy: runRead's timeout makes Neo4j itself end the
// transaction (the server sets it to NEO4J_TIMEOUT_MS), and the caller gets StoreUnavailableError, which clients
// see as SERVICE_UNAVAILABLE like any other deadline.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRead } from '../../server/store/neo4j/transactions.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import { noNeo4j, suiteName, testDriver } from './neo4j-test-db.ts';

// Test-only Cypher (no request data in it): counts far enough to take minutes, so only the timeout can end it.
const ENDLESS = 'UNWIND range(1, 10000000000) AS n WITH n WHERE n % 7 = 3 RETURN count(n) AS c';

async function runningEndless(driver: Driver): Promise<number> {
  const rows = await runRead(driver, undefined, (tx) =>
    tx.run('SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery'),
  );
  return rows.records.filter((r) => String(r.get('currentQuery')).includes('range(1, 10000000000)')).length;
}

describe.skipIf(noNeo4j)(suiteName('read transaction timeout'), () => {
  let driver: Driver;
  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('ends a read that runs past its timeout, in Neo4j, as StoreUnavailableError', async () => {
    const started = Date.now();
    const read = runRead(driver, undefined, (tx) => tx.run(ENDLESS), 500);
    await expect(read).rejects.toBeInstanceOf(StoreUnavailableError);
    // Ended by Neo4j, not by a slow finish: the query alone would run for minutes.
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(await runningEndless(driver)).toBe(0);
  });

  it('leaves a read within its timeout alone', async () => {
    const result = await runRead(driver, undefined, (tx) => tx.run('RETURN 1 AS one'), 5_000);
    expect(result.records[0]!.get('one').toNumber()).toBe(1);
  });
});
