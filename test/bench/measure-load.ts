// Start-up cost of the embedded store: reading and validating the documents (loadArticles, as the server
// does at start), then building the MemoryStore from them, each timed separately.
import { loadArticles } from '../../server/article/load-articles.ts';
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { median, round } from './stats.ts';

export interface LoadResult {
  runs: number;
  readValidateMs: number[];
  buildMs: number[];
  medianReadValidateMs: number;
  medianBuildMs: number;
  medianTotalMs: number;
  /** Heap after the build, with the store and the parsed documents alive. */
  heapUsedMb: number;
}

export async function measureLoad(
  corpusDir: string,
  runs: number,
  log: (s: string) => void,
): Promise<{ result: LoadResult; store: MemoryStore; articles: ParsedArticle[] }> {
  const readValidateMs: number[] = [];
  const buildMs: number[] = [];
  let store: MemoryStore | null = null;
  let articles: ParsedArticle[] = [];
  for (let run = 0; run < runs; run++) {
    store = null;
    articles = [];
    const t0 = performance.now();
    articles = await loadArticles([corpusDir]);
    const t1 = performance.now();
    store = new MemoryStore(articles);
    const t2 = performance.now();
    readValidateMs.push(t1 - t0);
    buildMs.push(t2 - t1);
    log(`  load run ${run + 1}/${runs}: read+validate ${round(t1 - t0)} ms, build ${round(t2 - t1)} ms`);
  }
  const rv = median(readValidateMs);
  const b = median(buildMs);
  return {
    store: store!,
    articles,
    result: {
      runs,
      readValidateMs: readValidateMs.map(round),
      buildMs: buildMs.map(round),
      medianReadValidateMs: round(rv),
      medianBuildMs: round(b),
      medianTotalMs: round(rv + b),
      heapUsedMb: round(process.memoryUsage().heapUsed / 2 ** 20),
    },
  };
}
