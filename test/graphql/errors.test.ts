// Internal errors are masked (and logged); a store outage is a SERVICE_UNAVAILABLE the client can act on.
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { loadArticles } from '../../server/article/load-articles.ts';
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

  // Executor-independent: these hold whichever executor yoga runs (graphql-js' or a compiled one).
  it('masks a null the store gave for a non-null field as an internal error, at its path', async () => {
    const store = new MemoryStore(await loadArticles());
    // A page reads its actors as links or summaries (page-actors.ts), the loader as summaries: all of them null.
    store.getActorSummaries = async (ids) => ids.map(() => null);
    store.getActorLinks = async (ids) => ids.map(() => null);
    const app = await startApp({ store });
    try {
      const r = await gql(app.url, `{ statements(first: 1) { edges { node { speaker { name } } } } }`);
      expect(r.data).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({
        message: 'Unexpected error.',
        path: ['statements', 'edges', 0, 'node', 'speaker'],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
    } finally {
      await app.close();
    }
  });

  it('answers variables that do not coerce with 400 and no data', async () => {
    const app = await startApp();
    try {
      const res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($f: Int) { timeline(first: $f) { totalCount } }', variables: { f: 'x' } }),
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { data?: unknown; errors: Array<{ message: string }> };
      expect(body.data).toBeUndefined();
      expect(body.errors[0]!.message).toContain('Variable "$f" got invalid value "x"');
    } finally {
      await app.close();
    }
  });
});
