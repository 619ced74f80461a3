// Where the Neo4j seed's time goes: writes a corpus into a fresh bench Neo4j as `npm run seed` does, timing every
// statement of every batch by name (the writer's `instrument` hook), and with --profile also summing Neo4j's db hits
// per statement (each statement PROFILEd: db hits do not depend on the machine's load, times do). "batch JS" is a
// batch's wall time less its statements': the writer's reading of claims, reconciliation and row building, and the
// commit.
//
// With --first-seed batches, a first seed goes batch by batch instead of in bulk (bulk-seed.ts); --chunk-rows sets the
// bulk pass's rows per statement. Also prints the seeder's peak heap (sampled every 100 ms).
//
//   npx tsx bench/experiments/seed-steps.ts --corpus DIR [--profile] [--batch-size 50] [--first-seed bulk|batches]
//     [--chunk-rows 5000]
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { loadAllValid } from '../../seed/seed.ts';
import { Neo4jWriter } from '../../server/store/neo4j/neo4j-writer.ts';
import { benchConnection, startBenchNeo4j } from '../bench-neo4j.ts';
import { round } from '../stats.ts';
import { cpuByGroup, threadCpu } from './jvm-thread-cpu.ts';

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
    'first-seed': { type: 'string', default: 'bulk' },
    'chunk-rows': { type: 'string' },
  },
});
const firstSeed = values['first-seed'];
if (firstSeed !== 'bulk' && firstSeed !== 'batches') throw new Error('--first-seed: bulk or batches');
if (!values.corpus) throw new Error('--corpus DIR: a corpus written by bench/corpus/generate-corpus.ts');

const totals = new Map<string, StepTotal>();
const add = (name: string, ms: number, hits: number) => {
  const t = totals.get(name) ?? { runs: 0, ms: 0, dbHits: 0 };
  totals.set(name, { runs: t.runs + 1, ms: t.ms + ms, dbHits: t.dbHits + hits });
};

/** When the last statement (or batch) ended: the gap to the next one is the writer's work, or the commit. */
let lastEnd = performance.now();

function instrument(tx: ManagedTransaction, queries: Readonly<Record<string, string>>): ManagedTransaction {
  const names = new Map(Object.entries(queries).map(([name, text]) => [text, name]));
  const run = async (text: string, params?: Record<string, unknown>) => {
    const started = performance.now();
    const name = names.get(text) ?? 'other';
    add(`JS before ${name}`, started - lastEnd, 0);
    const result = await tx.run(values.profile ? `PROFILE ${text}` : text, params);
    lastEnd = performance.now();
    add(name, lastEnd - started, dbHits(result.summary.profile as PlanNode | false));
    return result;
  };
  return Object.assign(Object.create(tx) as ManagedTransaction, { run });
}

/**
 * CPU seconds a process has used (user + system, all threads): on a loaded machine wall time mostly measures the
 * wait for a core, CPU time much less so.
 */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const { articles } = await loadAllValid([values.corpus]);
const server = await startBenchNeo4j();
const load: number[] = [loadavg()[0]!];
try {
  const writer = await Neo4jWriter.connect(benchConnection(server.uri), { maxTransactionRetryTimeMs: 60_000 });
  const cpuAtStart = [cpuSeconds(process.pid), cpuSeconds(server.pid)];
  const threadsAtStart = threadCpu(server.pid);
  let last = performance.now();
  const started = last;
  lastEnd = last;
  let peakHeap = 0;
  let peakRss = 0;
  const sampler = setInterval(() => {
    const { heapUsed, rss } = process.memoryUsage();
    peakHeap = Math.max(peakHeap, heapUsed);
    peakRss = Math.max(peakRss, rss);
  }, 100);
  try {
    // A failed write still reports what it cost (the seeder's CPU and memory up to the failure).
    let failed = '';
    await writer
      .write(articles, {
        firstSeed,
        ...(values['chunk-rows'] ? { bulkChunkRows: Number(values['chunk-rows']) } : {}),
        ...(values['batch-size'] ? { batchSize: Number(values['batch-size']) } : {}),
        instrument,
        onProgress: () => {
          const now = performance.now();
          add('batch', now - last, 0);
          add('commit', now - lastEnd, 0);
          last = lastEnd = now;
        },
      })
      .catch((e: unknown) => {
        const cause = (e as { cause?: { code?: string } }).cause;
        failed = `, FAILED: ${cause?.code ?? String(e)}`;
      });
    const writeMs = performance.now() - started;
    const [seederCpu, neo4jCpu] = [cpuSeconds(process.pid), cpuSeconds(server.pid)].map((c, i) => c - cpuAtStart[i]!);
    load.push(loadavg()[0]!);
    const batch = totals.get('batch') ?? { ms: 0, runs: 0 };
    console.log(
      `${articles.length} articles, write ${round(writeMs)} ms (batches ${round(batch.ms)} ms, ${batch.runs} of them),` +
        ` load average ${load.map((l) => l.toFixed(1)).join(' -> ')}${values.profile ? ', PROFILEd' : ''}${failed}`,
    );
    console.log(
      `CPU during the write: seeder ${seederCpu!.toFixed(1)} s, Neo4j ${neo4jCpu!.toFixed(1)} s; first seed ${firstSeed},` +
        ` seeder peak heap ${Math.round(peakHeap / 2 ** 20)} MB, peak RSS ${Math.round(peakRss / 2 ** 20)} MB`,
    );
    console.log(`Neo4j CPU by thread: ${JSON.stringify(cpuByGroup(threadsAtStart, threadCpu(server.pid)))}`);
    console.log('| statement | runs | ms | db hits |\n|---|---|---|---|');
    for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms))
      if (name !== 'batch' && t.ms >= 1) console.log(`| ${name} | ${t.runs} | ${round(t.ms)} | ${t.dbHits} |`);
    console.log(JSON.stringify(await writer.counts()));
  } finally {
    clearInterval(sampler);
    await writer.close();
  }
} finally {
  await server.stop();
}
