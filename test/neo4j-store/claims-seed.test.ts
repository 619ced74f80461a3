// Seeding is incremental and order-free on real Neo4j: the seed article and two other reports of the same events
// (test/fixtures/claims) give one graph in any order, one at a time or all at once; re-seeding a changed document
// leaves nothing of its old version; removing a source leaves the graph the other sources alone give.
import { execFile } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { permutations } from '../claims/permutations.ts';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { broadAnswer } from '../claims/broad-query.ts';
import { tempDir, writeDocument, type JsonObject } from './article-fixtures.ts';
import {
  fingerprint,
  noNeo4j,
  resetGraph,
  seedArticles,
  suiteName,
  testConnection,
  testDriver,
} from './neo4j-test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLAIMS_DIR = path.resolve(import.meta.dirname, '../fixtures/claims');
const BEAST = 'daily-beast-2025-05-04';

describe.skipIf(noNeo4j)(suiteName('claims on Neo4j: incremental, order-free seeding'), () => {
  let driver: Driver;
  let articles: ParsedArticle[];
  const dirs: string[] = [];

  const seedEach = async (list: readonly ParsedArticle[]) => {
    for (const a of list) await seedArticles([a]);
  };

  beforeAll(async () => {
    driver = testDriver();
    articles = await loadArticles([DEFAULT_ARTICLES_DIR, CLAIMS_DIR]);
    expect(articles).toHaveLength(3);
  });
  afterAll(async () => {
    await driver.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  beforeEach(() => resetGraph(driver));

  it('A then B, B then A (every order of three) and all at once give the same graph and the same answers', async () => {
    await seedArticles(articles);
    const together = await fingerprint(driver);
    expect(together.counts.nodes['Disputed']).toBeGreaterThan(0);
    // The embedded store's answer to a broad query (claims and disputes included) is the one to give, byte for byte.
    const expected = await broadAnswer(new MemoryStore(articles));
    const store = await Neo4jStore.fromDriver(driver);
    expect(await broadAnswer(store)).toBe(expected);
    for (const order of permutations(articles)) {
      await resetGraph(driver);
      await seedEach(order);
      const name = order.map((a) => a.source.id).join(' then ');
      expect(await fingerprint(driver), name).toEqual(together);
      expect(await broadAnswer(store), name).toBe(expected);
    }
  }, 180_000);

  it('re-seeding a changed document replaces its claims and evidence, with nothing of the old version left', async () => {
    const doc = JSON.parse(await readFile(path.join(CLAIMS_DIR, `${BEAST}.json`), 'utf8')) as JsonObject & {
      events: JsonObject[];
      statements: JsonObject[];
      source: JsonObject;
    };
    const text = await readFile(path.join(CLAIMS_DIR, `${BEAST}.txt`), 'utf8');
    // The new version dates the speech a day earlier, drops a statement and a citation, and keeps the rest.
    doc.events.find((e) => e['id'] === 'sheinbaum-eastern-mexico-speech-on-sovereignty')!['date'] = '2025-05-02';
    doc.statements = doc.statements.filter((s) => s['id'] !== 'claudia-sheinbaum-sovereignty-is-loved-and-defended');
    doc.source['citations'] = [];
    const dir = await tempDir('reseed');
    dirs.push(dir);
    const file = await writeDocument(dir, BEAST, doc, text);
    const [changed] = await loadArticles([file]);
    const others = articles.filter((a) => a.source.id !== BEAST);

    await seedEach([...others, changed!]);
    const fresh = await fingerprint(driver);

    await resetGraph(driver);
    await seedEach(articles);
    await seedArticles([changed!]);
    expect(await fingerprint(driver)).toEqual(fresh);

    const store = await Neo4jStore.fromDriver(driver);
    const [speech] = await store.getEvents(['sheinbaum-eastern-mexico-speech-on-sovereignty']);
    const dates = (await store.getClaims([speech!.id]))[0]!.filter((c) => c.field === 'date');
    expect(dates.map((c) => `${c.sourceId} ${c.value}`)).toEqual([
      'thin-line-news-2025-05-05 ../2025-05-05',
      `${BEAST} 2025-05-02`,
      'newsweek-2025-05-03 2025-05-03',
    ]);
    expect(speech!.disputedFields).toEqual(['date']);
    expect((await store.getStatements(['claudia-sheinbaum-sovereignty-is-loved-and-defended']))[0]).toBeNull();
  }, 120_000);

  it('removing a source leaves the graph the other sources give, subjects only it supported gone', async () => {
    const others = articles.filter((a) => a.source.id !== BEAST);
    await seedEach(others);
    const without = await fingerprint(driver);
    await resetGraph(driver);
    await seedArticles(articles);
    const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'seed/seed.ts', '--remove', BEAST], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: 'not-checked' },
    });
    const { stdout } = await run;
    expect(stdout).toContain(`Removed ${BEAST}`);
    expect(await fingerprint(driver)).toEqual(without);
    // A source the graph does not hold is an error, and nothing changes.
    const typo = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'seed/seed.ts', '--remove', 'no-such-source'],
      {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: 'not-checked' },
      },
    ).then(
      () => null,
      (e: { code: number; stderr: string }) => e,
    );
    expect(typo?.code).toBe(1);
    expect(typo?.stderr).toContain('no source "no-such-source" in the graph');
    expect(await fingerprint(driver)).toEqual(without);
  }, 120_000);
});
