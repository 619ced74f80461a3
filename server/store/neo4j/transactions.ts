// How the server reaches Neo4j. Reads: a READ-mode session and a managed read transaction, so a cluster routes
// them to a reader, transient failures are retried, and Neo4j itself refuses any write a read query might attempt.
import neo4j, { type Driver, type ManagedTransaction, type Session, type SessionMode } from 'neo4j-driver';
import { mapDriverError } from './map-errors.ts';

/** One session of `mode` for `use`, closed after it; driver errors come out as the store's errors. */
async function inSession<T>(
  driver: Driver,
  database: string | undefined,
  mode: SessionMode,
  use: (session: Session) => Promise<T>,
): Promise<T> {
  // Every read consumes its whole result into a list, so records come in one batch, not a round trip per 1,000
  // (a network around a hub is ~27k rows at 100k events).
  const session = driver.session({ defaultAccessMode: mode, fetchSize: FETCH_ALL, ...(database ? { database } : {}) });
  try {
    return await use(session);
  } catch (e) {
    throw mapDriverError(e);
  } finally {
    await session.close();
  }
}

/** neo4j-driver's "pull every record in one batch" fetch size. */
const FETCH_ALL = -1;

type Work<T> = (tx: ManagedTransaction) => Promise<T>;

/**
 * A managed read. With `timeoutMs`, Neo4j itself ends the transaction after that long: a request the server has
 * given up on (its deadline passed, the client went away) stops using Neo4j's CPU instead of running to the end.
 */
export function runRead<T>(
  driver: Driver,
  database: string | undefined,
  work: Work<T>,
  timeoutMs?: number,
): Promise<T> {
  const config = timeoutMs === undefined ? undefined : { timeout: timeoutMs };
  return inSession(driver, database, neo4j.session.READ, (s) => s.executeRead(work, config));
}

export function runWrite<T>(driver: Driver, database: string | undefined, work: Work<T>): Promise<T> {
  return inSession(driver, database, neo4j.session.WRITE, (s) => s.executeWrite(work));
}

/**
 * One auto-commit read with no retries, for health checks: they must report an outage at once instead of waiting
 * out the retry budget (their caller, the readiness monitor, retries on its own backoff schedule).
 */
export function runReadOnce(driver: Driver, database: string | undefined, query: string): Promise<void> {
  return inSession(driver, database, neo4j.session.READ, async (s) => {
    await s.run(query);
  });
}
