import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { startNeo4j, type Neo4jServer } from './neo4j-server.ts';
import { findFreePort } from './ports.ts';

const uri = inject('neo4jUri');
const unavailable = inject('neo4jUnavailable');

async function query(boltUri: string, cypher: string, params: Record<string, unknown> = {}) {
  // The test server has auth disabled; any basic-auth credentials are accepted.
  const driver = neo4j.driver(boltUri, neo4j.auth.basic('neo4j', 'not-checked'));
  try {
    return (await driver.executeQuery(cypher, params)).records;
  } finally {
    await driver.close();
  }
}

describe.skipIf(!uri)(`Neo4j test server${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  it('answers RETURN 1 and is Neo4j 5.26', async () => {
    const one = await query(uri, 'RETURN 1 AS x');
    expect(one[0]?.get('x')).toEqual(neo4j.int(1));

    const components = await query(
      uri,
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
    );
    const versions = components[0]?.get('versions') as string[] | undefined;
    expect(components[0]?.get('name')).toBe('Neo4j Kernel');
    expect(versions?.[0]).toMatch(/^5\.26/);
  });

  it(
    'a second instance keeps its data across stop + restart on the same port and dir',
    { timeout: 180_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'kg-neo4j-restart-'));
      const port = await findFreePort();
      let server: Neo4jServer | undefined;
      try {
        server = await startNeo4j({ port, dataDir });
        expect(server.uri).toBe(`bolt://127.0.0.1:${String(port)}`);
        expect(server.uri).not.toBe(uri);
        const marker = `restart-${String(Date.now())}`;
        await query(server.uri, 'CREATE (:RestartProbe {marker: $marker})', {
          marker,
        });

        // graceful stop, then start again on the same port + dir
        await server.stop();
        await expect(query(server.uri, 'RETURN 1')).rejects.toThrow();
        server = await startNeo4j({ port, dataDir });
        expect(server.uri).toBe(`bolt://127.0.0.1:${String(port)}`);
        const after = await query(server.uri, 'MATCH (p:RestartProbe {marker: $marker}) RETURN count(p) AS c', {
          marker,
        });
        expect(after[0]?.get('c')).toEqual(neo4j.int(1));
      } finally {
        await server?.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
