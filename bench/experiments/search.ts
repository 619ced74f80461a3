// Search at scale, this checkout against an older one (--baseline, e.g. `git archive <commit> | tar -x -C DIR` with
// node_modules linked): both stores' search, old and new alternating in one process so a busy machine's drift falls
// on both alike, with the answers compared; and what the embedded search index adds to start-up (CPU time, heap).
//
//   node --expose-gc --max-old-space-size=8000 --import tsx bench/experiments/search.ts \
//     --baseline DIR [--events 100000] [--corpus DIR] [--data-dir DIR] [--runs 5] [--text "drought relief"]
//
// --corpus and --data-dir (a Neo4j store, seeded here once: its seeded.json marker) are kept for the next run.
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { mergeArticles } from '../../server/store/memory/merge-articles.ts';
import { SearchIndex } from '../../server/store/memory/search-index.ts';
import { Neo4jStore } from '../../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { findFreePort, startNeo4j } from '../../test/neo4j/neo4j-server.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { benchDriver, seedBench, useBenchNeo4jSettings } from '../bench-neo4j.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    events: { type: 'string', default: '100000' },
    corpus: { type: 'string' },
    'data-dir': { type: 'string' },
    runs: { type: 'string', default: '5' },
    text: { type: 'string', default: 'drought relief' },
    'skip-neo4j': { type: 'boolean', default: false },
  },
});
if (!values.baseline || !existsSync(path.join(values.baseline, 'server/store/memory/memory-store.ts')))
  throw new Error('--baseline: a checkout of the commit to compare with');
const baseline: string = values.baseline;
const runs = Number(values.runs);
const text = values.text;

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

/** Old and new alternating, `runs` times after one untimed search each; wall and CPU medians, answers compared. */
async function compare(label: string, stores: { old: GraphStore; new: GraphStore }): Promise<void> {
  const answers = { old: '', new: '' };
  for (const [k, s] of Object.entries(stores) as Array<['old' | 'new', GraphStore]>)
    answers[k] = JSON.stringify(await s.search({ text, first: 20 }));
  const times = {
    old: { wall: [] as number[], cpu: [] as number[] },
    new: { wall: [] as number[], cpu: [] as number[] },
  };
  for (let i = 0; i < runs; i++)
    for (const [k, s] of Object.entries(stores) as Array<['old' | 'new', GraphStore]>) {
      const [w, c] = [performance.now(), cpuMs()];
      await s.search({ text, first: 20 });
      times[k].wall.push(performance.now() - w);
      times[k].cpu.push(cpuMs() - c);
    }
  const m = (k: 'old' | 'new', f: 'wall' | 'cpu') => round(median(times[k][f]));
  console.log(
    `| ${label} | ${m('old', 'wall')} ms (CPU ${m('old', 'cpu')}) | ${m('new', 'wall')} ms (CPU ${m('new', 'cpu')}) | ` +
      `${round(m('old', 'wall') / m('new', 'wall'))}x | ${answers.old === answers.new ? 'yes' : 'NO'} | ${load()} |`,
  );
  if (answers.old !== answers.new) throw new Error(`${label}: old and new answers differ`);
}

async function main(): Promise<void> {
  const corpus = values.corpus ?? (await mkdtemp(path.join(tmpdir(), 'kg-search-corpus-')));
  // A corpus directory with documents in it is reused as it is.
  if (!existsSync(corpus) || !readdirSync(corpus).some((f) => f.endsWith('.json'))) {
    await mkdir(corpus, { recursive: true });
    await writeCorpus(corpus, { events: Number(values.events) });
  }
  const articles = await loadArticles([corpus]);
  const old = (await import(path.resolve(baseline, 'server/store/memory/memory-store.ts'))) as {
    MemoryStore: new (a: typeof articles) => GraphStore;
  };

  // What the index adds to start-up: its build on the merged graph, alone, CPU time and heap retained.
  const graph = mergeArticles(articles);
  const before = heapMb();
  const c = cpuMs();
  const index = await SearchIndex.build(graph);
  const buildCpu = cpuMs() - c;
  console.log(
    `search index at ${values.events} events: ${round(buildCpu)} ms CPU to build, ${round(heapMb() - before)} MB ` +
      `heap, ${JSON.stringify(index.size())} (load average ${load()})`,
  );

  const embedded = { old: new old.MemoryStore(articles), new: new MemoryStore(articles) };
  // The old store built its index on the first search: what the first user paid, measured once.
  const [w, c0] = [performance.now(), cpuMs()];
  await embedded.old.search({ text, first: 20 });
  console.log(`old first search (builds its index): ${round(performance.now() - w)} ms, ${round(cpuMs() - c0)} ms CPU`);
  console.log(`\n| search "${text}", ${values.events} events | old | new | old/new | same answers | load average |`);
  console.log('|---|---|---|---|---|---|');
  await compare('embedded', embedded);
  if (values['skip-neo4j']) return;

  const dataDir = values['data-dir'] ?? (await mkdtemp(path.join(tmpdir(), 'kg-search-neo4j-')));
  useBenchNeo4jSettings();
  const server = await startNeo4j({ port: await findFreePort(), dataDir, timeoutMs: 300_000 });
  const driver = benchDriver(server.uri);
  try {
    if (!existsSync(path.join(dataDir, 'seeded.json'))) {
      await seedBench(server.uri, articles);
      await writeFile(path.join(dataDir, 'seeded.json'), JSON.stringify({ events: values.events }));
    }
    const oldNeo = (await import(path.resolve(baseline, 'server/store/neo4j/neo4j-store.ts'))) as {
      Neo4jStore: typeof Neo4jStore;
    };
    const neo = { old: await oldNeo.Neo4jStore.fromDriver(driver), new: await Neo4jStore.fromDriver(driver) };
    await compare('Neo4j', neo);
    const [e, n] = await Promise.all([embedded.new.search({ text, first: 20 }), neo.new.search({ text, first: 20 })]);
    console.log(`\nembedded and Neo4j answer alike: ${JSON.stringify(e) === JSON.stringify(n) ? 'yes' : 'NO'}`);
  } finally {
    await driver.close();
    await server.stop();
  }
}

await main();
