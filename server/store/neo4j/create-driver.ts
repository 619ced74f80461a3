// The one place a Neo4j driver is configured; created on demand, never at import time.
import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '../../config.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  /** The database to use; the server's default when omitted. */
  database?: string;
}

/** The connection the configuration names, to `uri` (the server reads NEO4J_URI as "use Neo4j"; the seed defaults it). */
export function connectionOf(
  config: Pick<Config, 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_DATABASE'>,
  uri: string,
): Neo4jConnection {
  return {
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    ...(config.NEO4J_DATABASE ? { database: config.NEO4J_DATABASE } : {}),
  };
}

export interface DriverOptions {
  /**
   * How long executeRead/executeWrite keep retrying transient failures. Kept short so a request (or a health
   * check) against a Neo4j that is down fails in seconds with StoreUnavailableError instead of hanging.
   */
  maxTransactionRetryTimeMs?: number;
  connectionTimeoutMs?: number;
}

// After an outage the pool holds no dead connections for long: the driver checks a connection is open before it
// hands it out, and with neo4j:// a connection failure makes it forget the server and purge its idle connections
// (neo4j-driver-bolt-connection, connection-provider-routing.js). No liveness check (connectionLivenessCheckTimeout)
// is set: a killed or restarted Neo4j closes its sockets, which is what those checks see; one that vanishes without
// closing them (a network partition) is left to the request deadline and the readiness monitor's pings.
export function createDriver(connection: Neo4jConnection, options: DriverOptions = {}): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
    maxTransactionRetryTime: options.maxTransactionRetryTimeMs ?? 5_000,
    connectionTimeout: options.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
    userAgent: 'kg-timeline',
  });
}
