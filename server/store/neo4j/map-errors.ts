// Driver failures -> store errors, in one place: "cannot reach Neo4j" becomes StoreUnavailableError, the rest
// (query bugs, constraint violations) propagate unchanged as internal errors.
import { Neo4jError, error as neo4jErrorCodes } from 'neo4j-driver';
import { StoreUnavailableError } from '../store-errors.ts';

const UNAVAILABLE_CODES = new Set<string>([
  neo4jErrorCodes.SERVICE_UNAVAILABLE,
  neo4jErrorCodes.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Cluster.NotALeader',
  // The read's own timeout (runRead's timeoutMs) ended it: the store did not answer in time, as at the deadline.
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

// "Connection acquisition timed out": every pooled connection is busy waiting on a Neo4j that does not answer
// (stalled, or still starting), so that is an outage too, not a bug. "Failed to connect to server" / EPIPE: a new
// connection whose handshake met a Neo4j that was shutting down (the driver reports it as a ProtocolError, not as
// SERVICE_UNAVAILABLE; seen under load while Neo4j stopped, test/ops/neo4j-faults.test.ts).
const CONNECTION_FAILURES =
  /ECONNREFUSED|ECONNRESET|EPIPE|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|Connection was closed|Failed to connect to server|Could not perform discovery|Connection acquisition timed out/;

export function isUnavailable(e: unknown): boolean {
  if (e instanceof Neo4jError && UNAVAILABLE_CODES.has(e.code)) return true;
  return e instanceof Error && CONNECTION_FAILURES.test(e.message);
}

/** The error a store method should throw for a driver failure. */
export function mapDriverError(e: unknown): unknown {
  if (e instanceof StoreUnavailableError) return e;
  if (isUnavailable(e))
    return new StoreUnavailableError(`the graph store is unavailable: ${(e as Error).message}`, { cause: e });
  return e;
}
