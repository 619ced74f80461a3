// The query loader: every query the adapter and writer declare exists, missing ones fail fast by name,
// and minifying keeps quoted text intact.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAllQueries, loadQueries, loadQueryGroup, MissingQueryError } from '../../server/cypher/load-queries.ts';
import { minifyCypher } from '../../server/cypher/minify-cypher.ts';
import { READ_QUERIES } from '../../server/store/neo4j/neo4j-store.ts';
import { Neo4jWriter } from '../../server/store/neo4j/neo4j-writer.ts';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('loading cypher/', () => {
  it('has every query the store and the writer declare, and a schema group', async () => {
    const queries = await loadQueries(READ_QUERIES);
    for (const text of Object.values(queries)) expect(text.length).toBeGreaterThan(0);
    expect((await loadQueryGroup('schema')).length).toBeGreaterThanOrEqual(6);
    // The writer loads its queries when made (no connection is opened until it writes).
    const writer = await Neo4jWriter.connect({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: 'unused' });
    await writer.close();
  });

  it('reads the folder once: a second load gives the same queries without reading the files again', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-cypher-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'read'));
    await writeFile(path.join(dir, 'read', 'one.cypher'), 'RETURN 1');
    const first = await loadAllQueries(dir);
    await writeFile(path.join(dir, 'read', 'one.cypher'), 'RETURN 2');
    expect(await loadAllQueries(dir)).toBe(first);
    expect(first.get('read/one')).toBe('RETURN 1');
  });

  it('names every missing query in one error', async () => {
    const error = await loadQueries(['read/ping', 'read/nope', 'write/nothing']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingQueryError);
    expect((error as Error).message).toMatch(/read\/nope\.cypher, write\/nothing\.cypher/);
    expect((error as MissingQueryError).missing).toEqual(['read/nope', 'write/nothing']);
  });

  it('keys nested files by path, drops comments and a trailing semicolon', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-cypher-'));
    dirs.push(dir);
    await mkdir(path.join(dir, 'read', 'deep'), { recursive: true });
    await writeFile(path.join(dir, 'read', 'deep', 'one.cypher'), '// why this exists\nMATCH (n)\n  RETURN n.id; \n');
    await writeFile(path.join(dir, 'read', 'notes.md'), 'not a query');
    expect(Object.fromEntries(await loadAllQueries(dir))).toEqual({ 'read/deep/one': 'MATCH (n) RETURN n.id' });
  });

  // The bound was 1,200 bytes (one TCP segment) while the driver let Nagle's algorithm meet Neo4j's delayed ACKs
  // (40 ms per multi-segment query); neo4j-driver 6 sets TCP_NODELAY on its sockets, so what is left is a bound
  // on how much Cypher one file asks a reader to follow.
  it('keeps every query short (a few segments at most)', async () => {
    for (const [name, text] of await loadAllQueries()) {
      expect.soft(Buffer.byteLength(text), name).toBeLessThan(2400);
    }
  });
});

describe('minifyCypher', () => {
  it('leaves strings and quoted names alone, including // and /* inside them', () => {
    const q = `MATCH (n {url: 'http://x//y', note: "a /* b */ c"}) // comment\n  /* block\n comment */ RETURN n.\`weird  name\`, 'it\\'s  //' AS s`;
    expect(minifyCypher(q)).toBe(
      `MATCH (n {url: 'http://x//y', note: "a /* b */ c"}) RETURN n.\`weird  name\`, 'it\\'s  //' AS s`,
    );
  });

  it('collapses whitespace to single spaces', () => {
    expect(minifyCypher('\n\tRETURN\n\n   1   AS x\n')).toBe('RETURN 1 AS x');
  });
});
