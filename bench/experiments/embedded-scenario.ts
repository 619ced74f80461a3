// A generated corpus loaded into the embedded store, and one of the benchmark's read scenarios on it: what the
// GraphQL experiments (graphql-overhead.ts, graphql-ab.ts) time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { readScenarios, type ReadScenario } from '../reads/read-scenarios.ts';

export async function embeddedScenario(
  events: number,
  name: string,
): Promise<{ store: MemoryStore; scenario: ReadScenario }> {
  const corpus = await mkdtemp(path.join(tmpdir(), 'kg-gql-corpus-'));
  const summary = await writeCorpus(corpus, { events });
  const store = new MemoryStore(await loadArticles([corpus]));
  await rm(corpus, { recursive: true, force: true });
  const year = summary.firstDay.slice(0, 4);
  const scenario = readScenarios({
    hubId: summary.hubs[0]!.id,
    month: { from: `${year}-01-01`, to: `${year}-01-31` },
    year: { from: `${year}-01-01`, to: `${year}-12-31` },
    range: { from: `${year}-01-01`, to: `${summary.lastDay.slice(0, 4)}-12-31` },
    searchText: 'x',
  }).find((s) => s.name === name);
  if (!scenario) throw new Error(`no read scenario named ${name}`);
  return { store, scenario };
}
