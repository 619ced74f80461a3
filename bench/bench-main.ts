// The benchmark itself (run-bench.ts is the entry point): generates corpora, then measures load, seed, reads and
// the client at each size, and writes the figures as JSON (--out) and a markdown table beside it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createDriver } from '../server/store/neo4j/create-driver.ts';
import { Neo4jStore } from '../server/store/neo4j/neo4j-store.ts';
import type { GraphStore } from '../server/store/store.ts';
import { neo4jAvailability } from '../test/neo4j/launcher-build.ts';
import type { Neo4jServer } from '../test/neo4j/neo4j-server.ts';
import { parseBenchArgs, type BenchArgs, type Phase } from './bench-args.ts';
import { BENCH_NEO4J, benchConnection } from './bench-neo4j.ts';
import type { BenchReport, SizeReport } from './bench-report.ts';
import { writeCorpus } from './corpus/generate-corpus.ts';
import { watchMachine, type MachineInfo } from './machine.ts';
import { measureLoad } from './measure-load.ts';
import { measureSeed } from './measure-seed.ts';
import { recordingDriver, type RecordedQuery } from './reads/cypher-replay.ts';
import { measureConditionalGet, type ConditionalFigures } from './reads/measure-conditional.ts';
import { measureReads, type CypherAccess, type ReadOptions, type ScenarioFigures } from './reads/measure-reads.ts';
import { readScenarios, type ReadScenario } from './reads/read-scenarios.ts';
import { renderMarkdown } from './render-markdown.ts';
import { planSize } from './size-plan.ts';
import { round } from './stats.ts';
import { checkTargets } from './targets.ts';
import { VARIANTS } from './variants/tcp-nodelay.ts';

const log = (s: string) => process.stderr.write(`${s}\n`);

/** The windows and search the read scenarios use: the middle of the default ten-year corpus. */
const MONTH = { from: '2020-06-01', to: '2020-06-30' };
const YEAR = { from: '2020-01-01', to: '2020-12-31' };
/** Connections for the conditional-GET figure: issue 16's target is set at 50. */
const CONDITIONAL_CONNECTIONS = 50;
const SEARCH_TEXT = 'drought relief';

async function neo4jVersion(driver: Driver): Promise<string> {
  const { records } = await driver.executeQuery('CALL dbms.components() YIELD versions RETURN versions[0] AS v');
  return String(records[0]?.get('v') ?? 'unknown');
}

function cypherAccess(driver: Driver): CypherAccess {
  return {
    driver,
    async record(read) {
      const log: RecordedQuery[] = [];
      const store = await Neo4jStore.fromDriver(recordingDriver(driver, log));
      await read(store);
      return log;
    },
  };
}

/** Every phase that failed in this run: the figures of the others are still written, then the run exits 1. */
const failures: string[] = [];

/** Runs one phase; a failure is noted and the run goes on, so one broken read never loses an hour of figures. */
async function attempt(notes: string[], what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    notes.push(`${what} failed: ${message}`);
    failures.push(`${what}: ${message}`);
    log(`  ${what} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

/** Each read scenario as a phase of its own: one refused read (a network past the response budget) loses no other. */
async function eachScenario(
  notes: string[],
  what: string,
  scenarios: readonly ReadScenario[],
  measure: (s: ReadScenario) => Promise<ScenarioFigures[]>,
): Promise<ScenarioFigures[]> {
  const out: ScenarioFigures[] = [];
  for (const s of scenarios)
    await attempt(notes, `${what}, ${s.name}`, async () => void out.push(...(await measure(s))));
  return out;
}

async function runSize(
  events: number,
  asked: Phase[],
  args: BenchArgs,
  report: { neo4j: BenchReport['neo4j'] },
  progress: (size: SizeReport) => Promise<void>,
): Promise<SizeReport> {
  const dir = await mkdtemp(path.join(tmpdir(), `kg-bench-${events}-`));
  const plan = planSize(events, { phasesFor: () => asked, stores: args.stores, embeddedMax: args.embeddedMax });
  const phases = plan.phases;
  const notes: string[] = [...plan.skipped];
  let server: Neo4jServer | null = null;
  try {
    log(`\n== ${events} events: ${phases.join(', ')}${plan.embedded ? '' : ' (Neo4j only)'}`);
    for (const n of plan.skipped) log(`  ${n}`);
    const t0 = performance.now();
    const summary = await writeCorpus(dir, { events, seed: args.seed });
    const size: SizeReport = {
      events,
      phases,
      corpus: { ...summary, generateMs: round(performance.now() - t0) },
      notes,
    };
    log(
      `  corpus: ${summary.articles} articles, ${summary.actors} actors, ${summary.statements} statements in ${size.corpus.generateMs} ms`,
    );

    // The client phase builds its own stores, sized by timeline items and actors rather than events.
    const needsMemory = plan.embedded && phases.some((p) => p === 'load' || p === 'reads');
    const loaded = needsMemory ? await measureLoad(dir, phases.includes('load') ? args.runs : 0, log) : null;
    if (loaded?.result) size.load = loaded.result;
    await progress(size);

    const clientOnNeo4j = phases.includes('client') && !plan.embedded;
    const needsNeo4j =
      phases.includes('seed') || (phases.includes('reads') && plan.stores.includes('neo4j')) || clientOnNeo4j;
    const avail = needsNeo4j ? neo4jAvailability() : { ok: true as const };
    if (!avail.ok) {
      if (process.env['REQUIRE_NEO4J'] === '1')
        throw new Error(`REQUIRE_NEO4J=1 but Neo4j cannot run: ${avail.reason}`);
      notes.push(`Neo4j phases skipped: ${avail.reason}`);
    } else if (needsNeo4j) {
      const seedRuns = phases.includes('seed') ? args.seedRuns : 1;
      // Past the embedded limit validation is timed here, warm: a cold start would build the embedded store too.
      const seeded = await measureSeed(dir, events, seedRuns, log, { coldValidate: plan.embedded });
      server = seeded.server;
      if (phases.includes('seed')) size.seed = seeded.result;
      if (!plan.embedded) notes.push('seed validation timed in the bench process (warm), not in a cold process');
      await progress(size);
    }

    if (phases.includes('reads')) {
      const options: ReadOptions = {
        runs: args.runs,
        durationS: args.durationS,
        singleDurationS: args.singleDurationS,
        warmupS: args.warmupS,
        connections: args.connections,
      };
      const all = readScenarios({
        hubId: summary.hubs[0]!.id,
        month: MONTH,
        year: YEAR,
        // Whole years around the corpus: its first and last dates may be known only to the month or year.
        range: { from: `${summary.firstDay.slice(0, 4)}-01-01`, to: `${summary.lastDay.slice(0, 4)}-12-31` },
        searchText: SEARCH_TEXT,
      });
      const unknown = (args.scenarios ?? []).filter((n) => !all.some((x) => x.name === n));
      if (unknown.length > 0) throw new Error(`unknown --scenarios ${unknown.join(', ')}`);
      const scenarios = args.scenarios ? all.filter((x) => args.scenarios!.includes(x.name)) : all;
      if (args.scenarios) notes.push(`reads: only ${scenarios.map((x) => x.name).join(', ')} (--scenarios)`);
      const conditional: { memory?: ConditionalFigures; neo4j?: ConditionalFigures } = {};
      size.reads = { options, conditional };
      const reads = size.reads;
      const conditionalOptions = { ...options, connections: CONDITIONAL_CONNECTIONS };
      if (loaded && plan.stores.includes('memory')) {
        log('  reads, embedded store:');
        reads.memory = await eachScenario(notes, 'embedded reads', scenarios, (s) =>
          measureReads(loaded.store, [s], options, log),
        );
        await attempt(notes, 'embedded conditional GET', async () => {
          conditional.memory = await measureConditionalGet(loaded.store, conditionalOptions, log);
        });
      }
      await progress(size);
      if (server && plan.stores.includes('neo4j')) {
        const driver = createDriver(benchConnection(server.uri));
        try {
          report.neo4j ??= {
            version: await neo4jVersion(driver),
            heap: process.env['NEO4J_TEST_HEAP'] ?? BENCH_NEO4J.heap,
            pagecacheMb: Number(process.env['NEO4J_TEST_PAGECACHE_MB'] ?? BENCH_NEO4J.pagecacheMb),
            jit: process.env['NEO4J_TEST_JIT'] ?? BENCH_NEO4J.jit,
            jvm: process.env['NEO4J_TEST_JVM'] ?? BENCH_NEO4J.jvm,
          };
          const store: GraphStore = await Neo4jStore.fromDriver(driver);
          log('  reads, Neo4j:');
          reads.neo4j = await eachScenario(notes, 'Neo4j reads', scenarios, (s) =>
            measureReads(store, [s], options, log, cypherAccess(driver)),
          );
          await attempt(notes, 'Neo4j conditional GET', async () => {
            conditional.neo4j = await measureConditionalGet(store, conditionalOptions, log);
          });
        } finally {
          await driver.close();
        }
        await progress(size);
      }
    }

    if (phases.includes('client') && (plan.embedded || server)) {
      const { measureClient } = await import('./client/measure-client.ts');
      const neo4jUri = clientOnNeo4j ? server?.uri : undefined;
      const driver = neo4jUri ? createDriver(benchConnection(neo4jUri)) : null;
      try {
        const served = driver ? { store: await Neo4jStore.fromDriver(driver), label: 'Neo4j' } : undefined;
        await attempt(notes, 'client', async () => {
          size.client = await measureClient({ smoke: args.smoke, runs: args.clientRuns, served }, log);
        });
      } finally {
        await driver?.close();
      }
    }
    return size;
  } finally {
    if (server) await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  for (const v of args.variants) {
    const apply = VARIANTS[v];
    if (!apply) throw new Error(`unknown --variant ${v}; known: ${Object.keys(VARIANTS).join(', ')}`);
    apply();
  }
  const machine = watchMachine();
  const startedAt = new Date().toISOString();
  const shared: { neo4j: BenchReport['neo4j'] } = { neo4j: null };
  const sizes: SizeReport[] = [];
  const mdFile = args.out.replace(/\.json$/, '') + '.md';
  await mkdir(path.dirname(path.resolve(args.out)), { recursive: true });
  /** Writes the report so far: after every phase (a crash keeps what was measured) and at the end. */
  const write = async (machineInfo: MachineInfo, current: SizeReport | null): Promise<string> => {
    const partial = {
      tool: 'kg-timeline bench' as const,
      startedAt,
      finishedAt: new Date().toISOString(),
      command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      variants: args.variants,
      machine: machineInfo,
      neo4j: shared.neo4j,
      sizes: current ? [...sizes, current] : sizes,
    };
    const report: BenchReport = { ...partial, targets: checkTargets(partial) };
    const markdown = renderMarkdown(report);
    await writeFile(args.out, `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(mdFile, markdown);
    return markdown;
  };
  for (const events of args.events) {
    const phases = args.phasesFor(events);
    if (phases.length > 0)
      sizes.push(
        await runSize(events, phases, args, shared, (current) => write(machine.peek(), current).then(() => undefined)),
      );
  }
  const markdown = await write(machine.stop(), null);
  log(`\nwrote ${args.out} and ${mdFile}`);
  process.stdout.write(markdown);
  // A phase that broke is a failed run (CI runs the smoke size), even though the other figures were kept.
  if (failures.length > 0) {
    log(`\n${failures.length} phase(s) failed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
