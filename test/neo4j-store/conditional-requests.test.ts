// Cacheable reads on Neo4j: 304 with the same ETag (no store read but the version) until a seed commits more
// articles, then 200 with a new ETag: the writer bumps (:GraphVersion) in the same transaction as the facts.
import { describe, expect, it } from 'vitest';
import { expectCacheCycle } from '../support/cache-cycle.ts';
import { countedNeo4jApp } from './counted-app.ts';
import { noNeo4j, suiteName } from './neo4j-test-db.ts';

describe.skipIf(noNeo4j)(suiteName('conditional requests on Neo4j'), () => {
  const app = countedNeo4jApp('conditional');

  it('304 with the same ETag until a seed commits, then 200 with a new one', async () => {
    const version = await app.store().graphVersion();
    expect(version).not.toBe('unversioned');
    await expectCacheCycle(() => ({ url: app.url(), reads: app.reads }), app.seedSecond);
    expect(await app.store().graphVersion()).not.toBe(version);
  });
});
