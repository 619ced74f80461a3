// The seed against a real Neo4j: idempotent, all-or-nothing on invalid documents, and merging a second article.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import { InvalidArticlesError, seedNeo4j } from '../../seed/seed.ts';
import {
  at,
  obj,
  secondArticle,
  SECOND_TEXT,
  seedDocument,
  tempDir,
  writeDocument,
  type JsonObject,
} from './article-fixtures.ts';
import { fingerprint, noNeo4j, resetGraph, suiteName, testConnection, testDriver } from './neo4j-test-db.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const evidenceKeys = (list: ReadonlyArray<{ sourceId: string; start: number; end: number }>) =>
  list.map((e) => `${e.sourceId}:${e.start}:${e.end}`);

describe.skipIf(noNeo4j)(suiteName('seeding Neo4j'), () => {
  let driver: Driver;
  const dirs: string[] = [];
  const dir = async (prefix: string) => {
    const d = await tempDir(prefix);
    dirs.push(d);
    return d;
  };

  beforeAll(() => {
    driver = testDriver();
  });
  afterAll(async () => {
    await driver.close();
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });
  beforeEach(async () => {
    await resetGraph(driver);
    await seedNeo4j(testConnection());
  });

  it('writes the seed article and a second run changes nothing', async () => {
    const first = await fingerprint(driver);
    expect(first.counts.nodes).toMatchObject({ Source: 1, Actor: 11, Event: 10, Statement: 9, Relationship: 13 });
    expect(first.counts.relationships['SUPPORTED_BY']).toBeGreaterThan(40);
    const report = await seedNeo4j(testConnection());
    expect(report.articles).toBe(1);
    expect(report.counts).toEqual(first.counts);
    expect(await fingerprint(driver)).toEqual(first);
  });

  describe('rejects an invalid document naming file and field, and writes nothing', () => {
    const cases: Array<{ name: string; field: string; reason: RegExp; mutate: (doc: JsonObject) => void }> = [
      {
        name: 'a date that is not a calendar day',
        field: 'events[1].date',
        reason: /2025-13-45 is not a calendar day: there is no month 13/,
        mutate: (d) => void (obj(d, 'events[1]')['date'] = '2025-13-45'),
      },
      {
        name: 'a span whose quote does not match the text',
        field: 'actors[0].evidence[1].quote',
        reason: /does not match the text/,
        mutate: (d) => void (obj(d, 'actors[0].evidence[1]')['quote'] = 'Sheinbaum privately confirmed her rejection'),
      },
      {
        name: 'a reference to an unknown actor',
        field: 'events[0].participants[1].actor',
        reason: /unknown actor "nobody-at-all"/,
        mutate: (d) => void (obj(d, 'events[0].participants[1]')['actor'] = 'nobody-at-all'),
      },
      {
        name: 'a missing field',
        field: 'statements[2].speaker',
        reason: /expected string|required/i,
        mutate: (d) => void delete obj(d, 'statements[2]')['speaker'],
      },
    ];

    for (const c of cases) {
      it(c.name, async () => {
        const before = await fingerprint(driver);
        const doc = await seedDocument();
        c.mutate(doc);
        // A new source id, so that writing any of it would show in the fingerprint.
        obj(doc, 'source')['id'] = 'mutated-copy';
        const file = await writeDocument(await dir('bad'), 'mutated-copy', doc);
        const error = await seedNeo4j(testConnection(), [file]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InvalidArticlesError);
        const message = (error as Error).message;
        expect(message).toContain(file);
        expect(message).toContain(c.field);
        expect(message).toMatch(c.reason);
        expect(await fingerprint(driver)).toEqual(before);
      });
    }

    it('validates every document before writing any: a valid first file is not written either', async () => {
      const before = await fingerprint(driver);
      const d = await dir('mixed');
      const good = await seedDocument();
      obj(good, 'source')['id'] = 'a-valid-copy';
      obj(good, 'actors[0]')['aliases'] = ['Only In The Valid Copy'];
      await writeDocument(d, 'a-valid-copy', good);
      const bad = await seedDocument();
      obj(bad, 'source')['id'] = 'b-invalid-copy';
      obj(bad, 'relationships[0]')['target'] = 'no-such-actor';
      const badFile = await writeDocument(d, 'b-invalid-copy', bad);
      const error = await seedNeo4j(testConnection(), [d]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidArticlesError);
      expect((error as InvalidArticlesError).errors.map((e) => e.file)).toEqual([badFile]);
      expect((error as Error).message).toContain('relationships[0].target');
      expect(await fingerprint(driver)).toEqual(before);
    });

    it('the CLI exits 1 with the message on stderr', async () => {
      const before = await fingerprint(driver);
      const doc = await seedDocument();
      delete obj(doc, 'events[2]')['title'];
      const file = await writeDocument(await dir('cli'), 'no-title', doc);
      const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'seed/seed.ts', file], {
        cwd: ROOT,
        env: { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: 'not-checked' },
      });
      const failure = await run.then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      expect(failure?.code).toBe(1);
      expect(failure?.stderr).toContain(file);
      expect(failure?.stderr).toContain('events[2].title');
      expect(await fingerprint(driver)).toEqual(before);
    });
  });

  it('the CLI draws its progress line (--progress, as on a terminal) and ends with a summary', async () => {
    const file = await writeDocument(await dir('progress'), 'second', secondArticle(), SECOND_TEXT);
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'seed/seed.ts', '--progress', file],
      { cwd: ROOT, env: { ...process.env, NEO4J_URI: testConnection().uri, NEO4J_PASSWORD: 'not-checked' } },
    );
    expect(stderr).toMatch(/\rWriting 2\/2 articles \(100%\), [\d.]+ articles\/s, done/);
    expect(stdout).toMatch(/^Seeded 2 article\(s\) into bolt:\/\/\S+ in [\d.]+ s \([\d.]+ articles\/s\):/);
    expect(stdout).toMatch(/nodes: .*Actor \d+/);
  });

  it('a second article reusing ids adds its evidence to the same nodes, without duplicates', async () => {
    const before = await fingerprint(driver);
    const file = await writeDocument(await dir('second'), 'second', secondArticle(), SECOND_TEXT);
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR, file]);
    const after = await fingerprint(driver);
    // Only the new source and statement are new nodes; everything else merged into existing ones. (Disputed is a
    // label on nodes whose sources disagree, checked below; the density count table grows with the statement, and
    // test/neo4j-store/density-counts.test.ts checks it.)
    const withoutCounts = (counts: Record<string, number>) =>
      Object.fromEntries(Object.entries(counts).filter(([label]) => !label.startsWith('Density')));
    const { Disputed: disputed, ...nodes } = withoutCounts(after.counts.nodes);
    expect(nodes).toEqual({
      ...withoutCounts(before.counts.nodes),
      Source: 2,
      Statement: (before.counts.nodes['Statement'] ?? 0) + 1,
      TimelineItem: (before.counts.nodes['TimelineItem'] ?? 0) + 1, // the same statement, on the timeline
      Evidence: (before.counts.nodes['Evidence'] ?? 0) + 10, // the second article's ten distinct spans
    });

    const store = await Neo4jStore.fromDriver(driver);
    const [sheinbaum, trump] = await store.getActors(['claudia-sheinbaum', 'donald-trump']);
    expect(new Set(sheinbaum!.evidence.map((e) => e.sourceId))).toEqual(
      new Set(['thin-line-news-2025-05-05', 'second-look-2025-05-07']),
    );
    expect(evidenceKeys(sheinbaum!.evidence)).toEqual([...new Set(evidenceKeys(sheinbaum!.evidence))]);
    // Aliases: the union of both articles', in one order whatever the load order.
    expect(sheinbaum!.aliases).toEqual(
      [...(at(await seedDocument(), 'actors[0].aliases') as string[]), 'Dr. Sheinbaum'].sort(),
    );
    // Roles come from the seed only; the second article declares none and does not erase them.
    expect(sheinbaum!.roles).toEqual([{ title: 'President of Mexico', ofActorId: 'mexico' }]);
    expect(trump!.evidence.filter((e) => e.sourceId === 'second-look-2025-05-07')).toHaveLength(1);

    const [conference] = await store.getEvents(['sheinbaum-national-palace-press-conference-on-us-troops']);
    // Each source's title is kept; the earlier publication's is shown (docs/claims.md), whatever the load order.
    expect(conference!.title).toBe(
      "Sheinbaum's morning press conference at the National Palace defending her rejection",
    );
    expect(
      (await store.getClaims([conference!.id]))[0]!.filter((c) => c.field === 'title').map((c) => c.value),
    ).toEqual([
      'Press conference at the National Palace',
      "Sheinbaum's morning press conference at the National Palace defending her rejection",
    ]);
    const disputes = await store.listDisputes({ first: 100, after: null });
    expect(new Set(disputes.items.map((d) => d.node.subjectId)).size).toBe(disputed ?? 0);
    expect(conference!.participants).toEqual([
      { actorId: 'claudia-sheinbaum', role: 'speaker' },
      { actorId: 'donald-trump', role: 'subject' },
      { actorId: 'mexico', role: 'subject' },
    ]);
    expect(conference!.statementIds).toEqual([
      'claudia-sheinbaum-our-answer-has-not-changed',
      'claudia-sheinbaum-sovereignty-is-not-for-sale',
    ]);
    expect(conference!.links).toHaveLength(1);
    expect(new Set(conference!.links[0]!.evidence.map((e) => e.sourceId)).size).toBe(2);
    expect(conference!.evidence.map((e) => e.sourceId)).toEqual([
      'second-look-2025-05-07',
      'thin-line-news-2025-05-05',
    ]);

    const [seedSource] = await store.getSources(['thin-line-news-2025-05-05']);
    const [second] = await store.getSources(['second-look-2025-05-07']);
    expect(seedSource!.citations.map((c) => c.actorId)).toEqual(['usa-herald']);
    expect(second!.citations.map((c) => c.actorId)).toEqual(['usa-herald']);
    expect(second!.text).toBe(SECOND_TEXT);

    // Loading both again changes nothing.
    await seedNeo4j(testConnection(), [DEFAULT_ARTICLES_DIR, file]);
    expect(await fingerprint(driver)).toEqual(after);
  });
});
