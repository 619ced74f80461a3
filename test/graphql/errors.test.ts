// Internal errors are masked (and logged); a store outage is a SERVICE_UNAVAILABLE the client can act on.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { StoreUnavailableError } from '../../server/store/store-errors.ts';
import { startApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

function failingStore(error: Error) {
  const store = new MemoryStore([]);
  store.listActors = async () => {
    throw error;
  };
  return store;
}

describe('error masking', () => {
  it('masks an internal error and logs it', async () => {
    const lines: string[] = [];
    const logger = pino(
      { level: 'error' },
      new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }),
    );
    const app = await startApp({
      store: failingStore(new Error('secret connection string bolt://user:pw@db')),
      logger,
    });
    try {
      const r = await gql(app.url, `{ actors { totalCount } }`);
      expect(r.errors![0]!.message).toBe('Unexpected error.');
      expect(JSON.stringify(r)).not.toContain('secret');
      expect(lines.join('')).toContain('secret connection string');
    } finally {
      await app.close();
    }
  });

  it('reports an unavailable store as SERVICE_UNAVAILABLE', async () => {
    const app = await startApp({ store: failingStore(new StoreUnavailableError('neo4j down')) });
    try {
      const r = await gql(app.url, `{ actors { totalCount } }`);
      expect(r.errors![0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(r.errors![0]!.message).not.toContain('neo4j down');
    } finally {
      await app.close();
    }
  });
});
