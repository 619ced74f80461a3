// One cold start of the embedded store, in its own process (as a server start is: nothing memoised, JIT cold):
// prints the timings of reading + validating the documents and of building the MemoryStore, as JSON.
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: measure-load-child.ts CORPUS_DIR');
const t0 = performance.now();
const articles = await loadArticles([dir]);
const t1 = performance.now();
const store = new MemoryStore(articles);
const t2 = performance.now();
// Keep the store reachable until the heap is read.
const heapUsedMb = store ? process.memoryUsage().heapUsed / 2 ** 20 : 0;
process.stdout.write(`${JSON.stringify({ readValidateMs: t1 - t0, buildMs: t2 - t1, heapUsedMb })}\n`);
