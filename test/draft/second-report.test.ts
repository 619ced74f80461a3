// A reviewed draft of a second report of the same events loads next to the seed article, its actors and the
// events both report sharing the seed's ids, so its evidence lands on the existing nodes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { draftArticle } from '../../seed/draft/draft-article.ts';
import { loadGraphIndex } from '../../seed/draft/graph-index.ts';
import { DEFAULT_ARTICLES_DIR, loadArticles } from '../../server/article/load-articles.ts';
import { mergeArticles } from '../../server/store/memory/merge-articles.ts';

const REPORTS = path.resolve(import.meta.dirname, '../fixtures/reports');
const ID = 'daily-beast-2025-05-04';

it('loads next to the seed article, sharing actors by id', async () => {
  const [seed, report] = await loadArticles([DEFAULT_ARTICLES_DIR, REPORTS]);
  expect(report!.source.id).toBe(ID);
  const seedActors = new Map(seed!.actors.map((a) => [a.id, a]));
  const shared = report!.actors.filter((a) => seedActors.has(a.id));
  expect(shared.map((a) => a.id).sort()).toEqual([
    'claudia-sheinbaum',
    'donald-trump',
    'mexican-drug-cartels',
    'mexico',
    'united-states',
  ]);
  for (const a of shared) expect([a.name, a.kind]).toEqual([seedActors.get(a.id)!.name, seedActors.get(a.id)!.kind]);
  const seedEvents = new Set(seed!.events.map((e) => e.id));
  expect(
    report!.events
      .filter((e) => seedEvents.has(e.id))
      .map((e) => e.id)
      .sort(),
  ).toEqual([
    'sheinbaum-eastern-mexico-speech-on-sovereignty',
    'sheinbaum-rejection-us-troops-in-mexico',
    'trump-proposal-us-troops-in-mexico',
    'us-military-presence-southern-border-increase',
  ]);
});

it('adds its evidence to the existing nodes when merged into one graph', async () => {
  const graph = mergeArticles(await loadArticles([DEFAULT_ARTICLES_DIR, REPORTS]));
  const sources = (spans: ReadonlyArray<{ sourceId: string }>) => new Set(spans.map((s) => s.sourceId));
  expect(sources(graph.actors.get('claudia-sheinbaum')!.evidence)).toEqual(new Set(['thin-line-news-2025-05-05', ID]));
  expect(sources(graph.events.get('trump-proposal-us-troops-in-mexico')!.evidence)).toEqual(
    new Set(['thin-line-news-2025-05-05', ID]),
  );
});

it('is drafted with its actors already linked to the graph', async () => {
  const text = readFileSync(path.join(REPORTS, `${ID}.txt`), 'utf8');
  const source = { id: ID, title: 't', publisher: 'p', published: '2025-05-04', textFile: `${ID}.txt` };
  const draft = draftArticle(text, source, await loadGraphIndex([DEFAULT_ARTICLES_DIR]));
  const ids = draft.actors.map((a) => a.id);
  expect(ids).toEqual(
    expect.arrayContaining(['claudia-sheinbaum', 'donald-trump', 'mexico', 'united-states', 'mexican-drug-cartels']),
  );
  expect(draft.actors.find((a) => a.id === 'donald-trump')?.review?.reason).toMatch(
    /same name as "donald-trump" in the graph/,
  );
});
