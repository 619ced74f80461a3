// Shortest paths on a generated corpus (2,000 events, 200 actors, hubs and long chains): Neo4j's
// allShortestPaths and the embedded store's breadth-first search give the same paths in the same order, for
// every pair of a sample, at every maxHops. The contract suite checks the seed article; this checks a graph
// where many equally short paths compete for the limit. And the Cypher is planned as a shortest-path search.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { loadQueries } from '../../server/cypher/load-queries.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { ActorPath } from '../../server/store/store.ts';
import { writeCorpus, type CorpusSummary } from '../../bench/corpus/generate-corpus.ts';
import { noNeo4j, resetGraph, seedArticles, suiteName, testDriver } from './neo4j-test-db.ts';

const pathIds = (paths: ActorPath[]) =>
  paths.map((p) => p.actorIds.flatMap((a, i) => (i === 0 ? [a] : [p.relationships[i - 1]!.id, a])).join(' '));

describe.skipIf(noNeo4j)(suiteName('paths: Neo4j and the embedded store agree on a generated corpus'), () => {
  let dir: string;
  let driver: Driver;
  let neo: Neo4jStore;
  let memory: MemoryStore;
  let summary: CorpusSummary;
  let actors: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'kg-paths-corpus-'));
    summary = await writeCorpus(dir, { events: 2000 });
    const articles = await loadArticles([dir]);
    memory = new MemoryStore(articles);
    driver = testDriver();
    await resetGraph(driver);
    await seedArticles(articles);
    neo = await Neo4jStore.fromDriver(driver);
    const all = await memory.listActors({ kind: null, search: null, first: 10_000, after: null });
    actors = all.items.map((i) => i.node.id);
  }, 120_000);

  afterAll(async () => {
    await neo?.close();
    await driver?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same shortest paths, in the same order, for hubs and a spread of other pairs', async () => {
    const hubs = summary.hubs.map((h) => h.id);
    const pairs: Array<[string, string]> = [[hubs[0]!, hubs.at(-1)!]];
    // A fixed spread over the actor list (by name): no randomness, the same pairs every run.
    for (let i = 0; i < 12; i++)
      pairs.push([actors[(i * 37) % actors.length]!, actors[(i * 53 + 11) % actors.length]!]);
    const lengths: number[] = [];
    const counts: number[] = [];
    for (const [fromId, toId] of pairs) {
      if (fromId === toId) continue;
      for (const maxHops of [1, 2, 3, 4]) {
        const q = { fromId, toId, maxHops, limit: 3 };
        const fromMemory = await memory.paths(q);
        expect({ q, paths: pathIds(await neo.paths(q)) }).toEqual({ q, paths: pathIds(fromMemory) });
        if (maxHops === 4) {
          lengths.push(fromMemory[0]?.relationships.length ?? 0);
          counts.push((await memory.paths({ ...q, limit: 50 })).length);
        }
      }
    }
    // The sample is not trivial: it holds direct ties, longer paths, and paths cut at the limit.
    expect(lengths.some((l) => l === 1)).toBe(true);
    expect(lengths.some((l) => l >= 3)).toBe(true);
    expect(counts.some((n) => n > 3)).toBe(true);
  });

  it("is planned as Neo4j's shortest-path search from two index seeks, with no exhaustive fallback", async () => {
    const names = ['read/paths-1', 'read/paths-2', 'read/paths-3', 'read/paths-4'] as const;
    const queries = await loadQueries(names);
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      for (const name of names) {
        const params = { fromId: 'a', toId: 'b', limit: neo4j.int(3) };
        const { summary: explained } = await session.run(`EXPLAIN ${queries[name]}`, params);
        const operators: string[] = [];
        const walk = (plan: { operatorType: string; children?: unknown[] }) => {
          operators.push(plan.operatorType.replace(/@.*/, ''));
          for (const child of plan.children ?? []) walk(child as typeof plan);
        };
        walk(explained.plan as unknown as { operatorType: string });
        expect({ name, shortest: operators.includes('ShortestPath') }).toEqual({ name, shortest: true });
        expect(operators.filter((o) => o === 'NodeUniqueIndexSeek')).toHaveLength(2);
        // The planner's fallback for predicates it cannot check during the search expands every path.
        expect(operators.filter((o) => o.startsWith('VarLengthExpand'))).toEqual([]);
      }
    } finally {
      await session.close();
    }
  });
});
