// One cold start of the embedded store, in its own process (as a server start is: nothing memoised, JIT cold):
// prints the timings of reading + validating the documents and of building the MemoryStore, as JSON.
import { loadArticles } from '../server/article/load-articles.ts';
import { MemoryStore } from '../server/store/memory/memory-store.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: measure-load-child.ts CORPUS_DIR');
// CPU time (all of the process's threads, GC included) beside wall time: on a shared machine the wall time
// says as much about the neighbours as about the load.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const [t0, c0] = [performance.now(), cpuMs()];
let articles: Awaited<ReturnType<typeof loadArticles>> | null = await loadArticles([dir]);
const [t1, c1] = [performance.now(), cpuMs()];
const store = new MemoryStore(articles);
const [t2, c2] = [performance.now(), cpuMs()];
const heapUsedMb = process.memoryUsage().heapUsed / 2 ** 20;
// The most the process has held (KB on Linux): what a machine must have for this start-up, garbage included.
const maxRssMb = process.resourceUsage().maxRSS / 2 ** 10;
// What a running server keeps: the parsed documents are garbage once the store is built, so drop them and
// collect (the parent starts this process with --expose-gc) before reading the heap again.
articles = null;
globalThis.gc?.();
// Keep the store reachable until the heap is read.
const storeHeapMb = store ? process.memoryUsage().heapUsed / 2 ** 20 : 0;
const times = {
  readValidateMs: t1 - t0,
  buildMs: t2 - t1,
  heapUsedMb,
  storeHeapMb,
  maxRssMb,
  readValidateCpuMs: c1 - c0,
  buildCpuMs: c2 - c1,
};
process.stdout.write(`${JSON.stringify(times)}\n`);
