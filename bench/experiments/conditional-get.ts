// The conditional-GET figure alone, at one corpus size on the embedded store, without the rest of the read phase:
//   npx tsx bench/experiments/conditional-get.ts [--events 100000]
// The 304 path reads only the graph version (docs/caching.md), so the store behind it does not change the figure.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { measureConditionalGet } from '../reads/measure-conditional.ts';

const { values } = parseArgs({ options: { events: { type: 'string', default: '100000' } } });
const dir = mkdtempSync(path.join(tmpdir(), 'kg-conditional-'));
try {
  await writeCorpus(dir, { events: Number(values.events) });
  const store = new MemoryStore(await loadArticles([dir]));
  const log = (s: string) => process.stdout.write(`${s}\n`);
  const figures = await measureConditionalGet(store, { runs: 3, durationS: 10, warmupS: 2, connections: 50 }, log);
  log(JSON.stringify(figures));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
