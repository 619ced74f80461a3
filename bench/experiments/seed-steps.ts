// Where the Neo4j seed's time goes: writes a corpus into a fresh bench Neo4j as `npm run seed` does, timing every
// statement of every batch by name (the writer's `instrument` hook), and with --profile also summing Neo4j's db hits
// per statement (each statement PROFILEd: db hits do not depend on the machine's load, times do). "batch JS" is a
// batch's wall time less its statements': the writer's reading of claims, reconciliation and row building, and the
// commit.
//
//   npx tsx bench/experiments/seed-steps.ts --corpus DIR [--profile] [--batch-size 50]
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadAllValid } from '../../seed/seed.ts';
import { Neo4jWriter } from '../../server/store/neo4j/neo4j-writer.ts';
import { benchConnection, startBenchNeo4j } from '../bench-neo4j.ts';
import { round } from '../stats.ts';

interface PlanNode {
  dbHits: number;
  children: PlanNode[];
}

const dbHits = (p: PlanNode | false | undefined): number =>
  p ? p.dbHits + p.children.reduce((sum, c) => sum + dbHits(c), 0) : 0;

interface StepTotal {
  runs: number;
  ms: number;
  dbHits: number;
}

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'batch-size': { type: 'string' },
  },
});
if (!values.corpus) throw new Error('--corpus DIR: a corpus written by bench/corpus/generate-corpus.ts');

const totals = new Map<string, StepTotal>();
const add = (name: string, ms: number, hits: number) => {
  const t = totals.get(name) ?? { runs: 0, ms: 0, dbHits: 0 };
  totals.set(name, { runs: t.runs + 1, ms: t.ms + ms, dbHits: t.dbHits + hits });
};

function instrument(tx: ManagedTransaction, queries: Readonly<Record<string, string>>): ManagedTransaction {
  const names = new Map(Object.entries(queries).map(([name, text]) => [text, name]));
  const run = async (text: string, params?: Record<string, unknown>) => {
    const started = performance.now();
    const result = await tx.run(values.profile ? `PROFILE ${text}` : text, params);
    add(names.get(text) ?? 'other', performance.now() - started, dbHits(result.summary.profile as PlanNode | false));
    return result;
  };
  return Object.assign(Object.create(tx) as ManagedTransaction, { run });
}

const { articles } = await loadAllValid([values.corpus]);
const server = await startBenchNeo4j();
const load: number[] = [loadavg()[0]!];
try {
  const writer = await Neo4jWriter.connect(benchConnection(server.uri), { maxTransactionRetryTimeMs: 60_000 });
  let last = performance.now();
  const started = last;
  try {
    await writer.write(articles, {
      ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
      instrument,
      onProgress: () => {
        const now = performance.now();
        add('batch', now - last, 0);
        last = now;
      },
    });
    const writeMs = performance.now() - started;
    load.push(loadavg()[0]!);
    const batch = totals.get('batch')!;
    const statementsMs = [...totals].filter(([n]) => n !== 'batch').reduce((s, [, t]) => s + t.ms, 0);
    console.log(
      `${articles.length} articles, write ${round(writeMs)} ms (batches ${round(batch.ms)} ms, ${batch.runs} of them),` +
        ` load average ${load.map((l) => l.toFixed(1)).join(' -> ')}${values.profile ? ', PROFILEd' : ''}`,
    );
    console.log('| statement | runs | ms | db hits |\n|---|---|---|---|');
    for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
      if (name !== 'batch') console.log(`| ${name} | ${t.runs} | ${round(t.ms)} | ${t.dbHits} |`);
    console.log(`| batch JS and commits | ${batch.runs} | ${round(batch.ms - statementsMs)} | |`);
    console.log(JSON.stringify(await writer.counts()));
  } finally {
    await writer.close();
  }
} finally {
  await server.stop();
}
