// Which driver failures count as "Neo4j is unavailable" (a clean SERVICE_UNAVAILABLE for the client) and which stay
// internal errors (a bug: masked and logged). The messages are the driver's own, as logged in real outages.
import { Neo4jError, error as neo4jErrorCodes } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { isUnavailable, mapDriverError } from '../../server/store/neo4j/map-errors.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';

const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', 'error: general processing exception');

describe('mapDriverError', () => {
  it.each([
    ['a refused connection', neo4jError('connect ECONNREFUSED 127.0.0.1:7687', neo4jErrorCodes.SERVICE_UNAVAILABLE)],
    ['an expired session', neo4jError('Session expired', neo4jErrorCodes.SESSION_EXPIRED)],
    [
      'a database that is not available',
      neo4jError('Database neo4j is unavailable.', 'Neo.TransientError.General.DatabaseUnavailable'),
    ],
    [
      // Logged when a new connection's handshake met a Neo4j that was stopping.
      'a handshake cut off by a stopping server',
      neo4jError(
        'Failed to connect to server. Please ensure that your database is listening on the correct host and port and that you have compatible encryption settings both on Neo4j server and driver. Note that the default encryption setting has changed in Neo4j 4.0. Caused by: write EPIPE',
        neo4jErrorCodes.PROTOCOL_ERROR,
      ),
    ],
    ['a broken pipe', new Error('write EPIPE')],
    ['a pool with every connection stuck', new Error('Connection acquisition timed out in 2000 ms.')],
  ])('maps %s to StoreUnavailableError, keeping the cause', (_what, e) => {
    expect(isUnavailable(e)).toBe(true);
    const mapped = mapDriverError(e);
    expect(mapped).toBeInstanceOf(StoreUnavailableError);
    expect((mapped as Error).cause).toBe(e);
  });

  it.each([
    ['a Cypher syntax error', neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError')],
    ['a constraint violation', neo4jError('already exists', 'Neo.ClientError.Schema.ConstraintValidationFailed')],
    [
      'a write on the read path',
      neo4jError('Writing in read access mode not allowed', 'Neo.ClientError.Statement.AccessMode'),
    ],
    ['a plain bug', new TypeError("Cannot read properties of undefined (reading 'get')")],
  ])('leaves %s unchanged, to be masked as an internal error', (_what, e) => {
    expect(isUnavailable(e)).toBe(false);
    expect(mapDriverError(e)).toBe(e);
  });
});
