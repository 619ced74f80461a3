// Start-up cost of the embedded store: reading and validating the documents (loadArticles, as the server
// does at start), then building the MemoryStore from them, each timed separately, each run a fresh process.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { loadArticles } from '../server/article/load-articles.ts';
import { MemoryStore } from '../server/store/memory/memory-store.ts';
import { SERVER_NODE_FLAGS } from '../server/node-flags.ts';
import { median, round } from './stats.ts';

const CHILD = fileURLToPath(new URL('./measure-load-child.ts', import.meta.url));

export interface LoadResult {
  runs: number;
  readValidateMs: number[];
  buildMs: number[];
  medianReadValidateMs: number;
  medianBuildMs: number;
  medianTotalMs: number;
  /** Heap after the build, with the store and the parsed documents alive. */
  heapUsedMb: number;
  /** Heap a running server keeps: the store alone, after the documents are dropped and a full GC. */
  storeHeapMb: number;
}

export interface ChildTimes {
  readValidateMs: number;
  buildMs: number;
  heapUsedMb: number;
  storeHeapMb: number;
  /** Peak resident set of the start-up process. */
  maxRssMb: number;
  /** CPU time of the same steps (all threads), for comparing runs on a busy machine. */
  readValidateCpuMs: number;
  buildCpuMs: number;
}

export async function coldStart(corpusDir: string): Promise<ChildTimes> {
  // Started with the server's V8 flags: what is timed is the store's start-up as the product starts it.
  const argv = [...SERVER_NODE_FLAGS, '--expose-gc', '--import', 'tsx', CHILD, corpusDir];
  const { stdout } = await promisify(execFile)(process.execPath, argv, { maxBuffer: 2 ** 20 });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ChildTimes;
}

/** Times `runs` cold starts; the store the reads use is then built once more here, untimed. */
export async function measureLoad(
  corpusDir: string,
  runs: number,
  log: (s: string) => void,
): Promise<{ result: LoadResult | null; store: MemoryStore }> {
  const times: ChildTimes[] = [];
  for (let run = 0; run < runs; run++) {
    const t = await coldStart(corpusDir);
    times.push(t);
    log(
      `  load run ${run + 1}/${runs}: read+validate ${round(t.readValidateMs)} ms (CPU ${round(t.readValidateCpuMs)} ms), ` +
        `build ${round(t.buildMs)} ms (CPU ${round(t.buildCpuMs)} ms), peak RSS ${round(t.maxRssMb)} MB`,
    );
  }
  const store = new MemoryStore(await loadArticles([corpusDir]));
  if (times.length === 0) return { result: null, store };
  const rv = median(times.map((t) => t.readValidateMs));
  const b = median(times.map((t) => t.buildMs));
  return {
    store,
    result: {
      runs,
      readValidateMs: times.map((t) => round(t.readValidateMs)),
      buildMs: times.map((t) => round(t.buildMs)),
      medianReadValidateMs: round(rv),
      medianBuildMs: round(b),
      medianTotalMs: round(rv + b),
      heapUsedMb: round(median(times.map((t) => t.heapUsedMb))),
      storeHeapMb: round(median(times.map((t) => t.storeHeapMb))),
    },
  };
}
