// How the server reaches Neo4j. Reads: a READ-mode session and a managed read transaction, so a cluster routes
// them to a reader, transient failures are retried, and Neo4j itself refuses any write a read query might attempt.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { mapDriverError } from './map-errors.ts';

export async function runRead<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    return await session.executeRead(work);
  } catch (e) {
    throw mapDriverError(e);
  } finally {
    await session.close();
  }
}

export async function runWrite<T>(
  driver: Driver,
  database: string | undefined,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE, ...(database ? { database } : {}) });
  try {
    return await session.executeWrite(work);
  } catch (e) {
    throw mapDriverError(e);
  } finally {
    await session.close();
  }
}

/**
 * One auto-commit read with no retries, for health checks: they must report an outage at once instead of waiting
 * out the retry budget (their caller, the readiness monitor, retries on its own backoff schedule).
 */
export async function runReadOnce(driver: Driver, database: string | undefined, query: string): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ, ...(database ? { database } : {}) });
  try {
    await session.run(query);
  } catch (e) {
    throw mapDriverError(e);
  } finally {
    await session.close();
  }
}
