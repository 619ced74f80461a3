// Embedded density, the per-item pass (memory-density.ts over the window's items) against the per-day index
// (density-index.ts), in interleaved rounds on one store so a busy machine's drift falls on both alike.
//
//   npx tsx bench/experiments/density-embedded.ts --events 20000 [--runs 9] [--corpus DIR]
//
// --corpus: a corpus already written by bench/corpus/generate-corpus.ts (--out DIR), reused instead of generated.
//
// Prints a markdown table: whole range and one year, 200 buckets, by actor and by kind, p50 of each.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadArticles } from '../../server/article/load-articles.ts';
import type { DensityQuery } from '../../server/store/density.ts';
import { DensityIndex } from '../../server/store/memory/density-index.ts';
import { memoryDensity } from '../../server/store/memory/memory-density.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { writeCorpus } from '../corpus/generate-corpus.ts';
import { median, round } from '../stats.ts';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '20000' },
    runs: { type: 'string', default: '9' },
    corpus: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const corpus = values.corpus ?? (await mkdtemp(path.join(tmpdir(), 'kg-density-corpus-')));
  const summary = values.corpus ? null : await writeCorpus(corpus, { events: Number(values.events) });
  const store = new MemoryStore(await loadArticles([corpus]));
  if (!values.corpus) await rm(corpus, { recursive: true, force: true });
  const actorName = (id: string) => store['graph'].actors.get(id)?.name ?? null;
  let t = performance.now();
  const index = new DensityIndex(store['timelineByDate'], actorName);
  const buildMs = performance.now() - t;
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; index built in ${round(buildMs)} ms`,
  );
  console.log('| query | per-item pass p50 | index p50 | items |');
  console.log('|---|---|---|---|');
  // Without the summary: the range of the events' earliest bounds, as the summary gives it.
  const days = store['timelineByDate'].flatMap((t) => (t.itemType === 'Event' && t.date?.earliest) || []).sort();
  const firstDay = summary?.firstDay ?? days[0]!;
  const lastDay = summary?.lastDay ?? days.at(-1)!;
  // A year in the middle of the range (the first year may hold only the few items re-reported early).
  const year = String(Math.round((Number(firstDay.slice(0, 4)) + Number(lastDay.slice(0, 4))) / 2));
  const windows = {
    'whole range': { from: firstDay, to: lastDay },
    [`year ${year}`]: { from: `${year}-01-01`, to: `${year}-12-31` },
  };
  for (const [what, window] of Object.entries(windows))
    for (const laneBy of ['ACTOR', 'KIND'] as const) {
      const q: DensityQuery = { window, match: 'OVERLAPS', actorIds: [], buckets: 200, laneBy, lanes: 20 };
      const pass = () => memoryDensity(store['timelineHits'](q), q, actorName);
      const times = { pass: [] as number[], index: [] as number[] };
      let total = 0;
      for (let i = 0; i <= Number(values.runs); i++) {
        t = performance.now();
        total = pass().total;
        if (i > 0) times.pass.push(performance.now() - t);
        t = performance.now();
        if (index.density(q).total !== total) throw new Error('the index and the pass disagree');
        if (i > 0) times.index.push(performance.now() - t);
      }
      console.log(
        `| ${what}, 200 buckets, by ${laneBy} | ${round(median(times.pass))} ms | ${round(median(times.index))} ms | ${total} |`,
      );
    }
}

await main();
