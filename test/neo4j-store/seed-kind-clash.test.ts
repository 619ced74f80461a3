// Incremental seeding on a real Neo4j: a document declaring an id with another kind than a source already in the
// graph is refused before anything is written, in either order; re-seeding a source with a changed kind is not a
// clash (its old claims are replaced); `--dry-run` with credentials reports the same refusal.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { InvalidArticlesError, seedNeo4j } from '../../seed/seed.ts';
import {
  obj,
  secondArticle,
  SECOND_TEXT,
  SEED_DOC,
  seedDocument,
  tempDirs,
  writeDocument,
} from './article-fixtures.ts';
import { fingerprint, noNeo4j, resetGraph, suiteName, testConnection, testDriver } from './neo4j-test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED_ID = 'thin-line-news-2025-05-05';
const SECOND_ID = 'second-look-2025-05-07';

/** The refusal, or a failure naming what happened instead. */
async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => new Error('seeded without complaint'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidArticlesError);
  return (error as Error).message;
}

describe.skipIf(noNeo4j)(suiteName('seeding refuses a kind that clashes with the graph'), () => {
  let driver: Driver;
  const { make: dir, removeAll } = tempDirs();
  /** The second article, declaring `mexico` (a COUNTRY in the seed) as a GROUP. */
  const groupMexico = async () => {
    const doc = secondArticle();
    obj(doc, 'actors[2]')['kind'] = 'GROUP';
    return writeDocument(await dir('group'), 'second', doc, SECOND_TEXT);
  };
  const seedPath = `actors[3].kind`;

  beforeAll(async () => {
    driver = testDriver();
    // The fixtures' positions, checked once so the expected paths below stay honest.
    expect(obj(await seedDocument(), 'actors[3]')['id']).toBe('mexico');
    expect(obj(secondArticle(), 'actors[2]')['id']).toBe('mexico');
  });
  afterAll(async () => {
    await driver.close();
    await removeAll();
  });
  beforeEach(() => resetGraph(driver));

  it('seed A, then B giving one of its actors another kind: refused, naming both, nothing written', async () => {
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]);
    const before = await fingerprint(driver);
    const file = await groupMexico();
    const message = await refusal(seedNeo4j(testConnection(), [file]));
    expect(message).toContain(`${file}: invalid article document`);
    expect(message).toContain(
      `actors[2].kind: id "mexico" is declared as GROUP here but as COUNTRY by source "${SEED_ID}" (Mexico rejects U.S. military assistance amid rising cartel violence, Thin Line News), already in the graph`,
    );
    expect(message).toContain('nothing was written');
    expect(await fingerprint(driver)).toEqual(before);
  });

  it('seed B, then A: the same refusal the other way round', async () => {
    await seedNeo4j(testConnection(), [await groupMexico()]);
    const before = await fingerprint(driver);
    const message = await refusal(seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]));
    expect(message).toContain(`${SEED_DOC}: invalid article document`);
    expect(message).toContain(
      `${seedPath}: id "mexico" is declared as COUNTRY here but as GROUP by source "${SECOND_ID}" (Second look at Mexico's refusal, Test Fixture Wire), already in the graph`,
    );
    expect(await fingerprint(driver)).toEqual(before);
  });

  it('an id the graph holds as an actor cannot come back as a statement', async () => {
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]);
    const before = await fingerprint(driver);
    const doc = secondArticle();
    obj(doc, 'statements[0]')['id'] = 'nayib-bukele';
    const file = await writeDocument(await dir('statement'), 'second', doc, SECOND_TEXT);
    const message = await refusal(seedNeo4j(testConnection(), [file]));
    expect(message).toContain(
      `statements[0]: id "nayib-bukele" is declared as statement here but as PERSON by source "${SEED_ID}"`,
    );
    expect(await fingerprint(driver)).toEqual(before);
  });

  it('re-seeding A with a changed kind is allowed: its old claim is replaced', async () => {
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]);
    const changed = await seedDocument();
    obj(changed, 'actors[3]')['kind'] = 'GROUP';
    await seedNeo4j(testConnection(), [await writeDocument(await dir('changed'), SEED_ID, changed)]);
    const store = await Neo4jStore.fromDriver(driver);
    const [mexico] = await store.getActors(['mexico']);
    expect(mexico!.kind).toBe('GROUP');
    expect((await store.getClaims(['mexico']))[0]!.filter((c) => c.field === 'kind').map((c) => c.value)).toEqual([
      'GROUP',
    ]);
    // ... and now B, which agrees with the changed A, seeds too.
    await seedNeo4j(testConnection(), [await groupMexico()]);
    expect((await store.getClaims(['mexico']))[0]!.filter((c) => c.field === 'kind').map((c) => c.sourceId)).toEqual([
      SECOND_ID,
      SEED_ID,
    ]);
  });

  it('--dry-run with credentials reports the clash with the graph; without a clash it says it compared', async () => {
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR]);
    const before = await fingerprint(driver);
    const run = async (file: string) => {
      // ARTICLES names the run's only document, so seed/articles is not in the run (the graph holds it).
      const env = { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: 'not-checked', ARTICLES: file };
      return promisify(execFile)(process.execPath, ['--import', 'tsx', 'seed/seed.ts', '--dry-run'], {
        cwd: ROOT,
        env,
      }).then(
        (r) => ({ code: 0, ...r }),
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
    };
    const clash = await run(await groupMexico());
    expect(clash.code).toBe(1);
    expect(clash.stderr).toContain(`id "mexico" is declared as GROUP here but as COUNTRY by source "${SEED_ID}"`);
    const fine = await run(await writeDocument(await dir('fine'), 'second', secondArticle(), SECOND_TEXT));
    expect(fine.stderr).toBe('');
    expect(fine.code).toBe(0);
    expect(fine.stdout).toContain(`No id in them has another kind in the graph at ${testConnection().uri}.`);
    expect(await fingerprint(driver)).toEqual(before);
  });
});
