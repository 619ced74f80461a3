// A hash of every answer the embedded store gives for a corpus: each node and its claims by id, every dispute, the
// whole timeline, event and statement lists, actors by name, the full network, every actor's relationships, a
// few paths, searches and density reads. Run it before and after a change to the store's build: equal hashes say
// the change altered no answer. Objects are hashed with sorted keys, so building one in another key order is no change.
//
//   npx tsx bench/experiments/store-answers-hash.ts CORPUS_DIR
import { createHash } from 'node:crypto';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { Page } from '../../server/store/store.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: store-answers-hash.ts CORPUS_DIR');

const stable = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(stable);
  if (v instanceof Map) return [...v].map(stable);
  if (v !== null && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, stable((v as Record<string, unknown>)[k])]),
    );
  return v;
};

const parts = new Map<string, ReturnType<typeof createHash>>();
const add = (part: string, v: unknown) => {
  let h = parts.get(part);
  if (!h) parts.set(part, (h = createHash('sha256')));
  // A list element by element: all claims at 100k events are past V8's longest string as one JSON text.
  for (const item of Array.isArray(v) ? v : [v]) h.update(`${JSON.stringify(stable(item))}\n`);
  h.update('\n');
};

/** Every page of a paged read, 500 at a time. */
async function allPages<T>(read: (after: string | null) => Promise<Page<T>>): Promise<Page<T>['items']> {
  const out: Page<T>['items'] = [];
  for (let after: string | null = null; ;) {
    const page = await read(after);
    out.push(...page.items);
    if (!page.hasNextPage || page.items.length === 0) return out;
    after = page.items.at(-1)!.cursor;
  }
}

const store = new MemoryStore(await loadArticles([dir]));
const window = { from: null, to: null };
const timeline = await allPages((after) =>
  store.timeline({ first: 500, after, window, match: 'OVERLAPS', actorIds: [] }),
);
add('timeline', timeline);
const events = await allPages((after) =>
  store.listEvents({ first: 500, after, window, match: 'OVERLAPS', actorIds: [], kinds: [] }),
);
const statements = await allPages((after) => store.listStatements({ first: 500, after, speakerId: null }));
const actors = await allPages((after) => store.listActors({ first: 500, after, kind: null, search: null }));
add('events', events);
add('statements', statements);
add('actors', actors);
add('sources', await store.listSources());
add('disputes', await allPages((after) => store.listDisputes({ first: 500, after })));
const network = await store.network({ actorIds: [], depth: 1, window: null, match: 'OVERLAPS' });
add('network', network);

const actorIds = actors.map((a) => a.node.id);
const itemIds = [...events, ...statements].map((t) => t.node.id);
const relationshipIds = network.edges.map((r) => r.id);
const allIds = [...actorIds, ...itemIds, ...relationshipIds];
add('getActors', await store.getActors(actorIds));
add('getEvents', await store.getEvents(itemIds));
add('getStatements', await store.getStatements(itemIds));
add('getRelationships', await store.getRelationships(relationshipIds));
add('getClaims', await store.getClaims(allIds));
add('getActorSummaries', await store.getActorSummaries(actorIds));
add('getActorEvidence', await store.getActorEvidence(actorIds));
for (const actorId of actorIds)
  add('listRelationships', await allPages((after) => store.listRelationships({ first: 500, after, actorId })));

// Reads filtered by actor, source and window, from a few actors spread over the list.
const some = actorIds.filter((_, i) => i % Math.max(1, Math.floor(actorIds.length / 8)) === 0).slice(0, 8);
const sourceIds = (await store.listSources()).slice(0, 3).map((s) => s.id);
const month = { from: '2019-03-01', to: '2019-03-31' };
for (const match of ['OVERLAPS', 'POSSIBLY', 'WITHIN'] as const) {
  add('timelineMonth', await store.timeline({ first: 500, after: null, window: month, match, actorIds: [] }));
  add('timelineActors', await store.timeline({ first: 500, after: null, window, match, actorIds: some }));
  add(
    'timelineSources',
    await store.timeline({ first: 500, after: null, window: month, match, actorIds: [], sourceIds }),
  );
  add(
    'density',
    await store.timelineDensity({
      window: { from: '2015-01-01', to: '2024-12-31' },
      match,
      actorIds: [],
      buckets: 200,
      laneBy: 'KIND',
      lanes: 20,
    }),
  );
  add(
    'densityActors',
    await store.timelineDensity({
      window: { from: '2015-01-01', to: '2024-12-31' },
      match,
      actorIds: some,
      buckets: 200,
      laneBy: 'ACTOR',
      lanes: 20,
    }),
  );
}
add('networkSeeded', await store.network({ actorIds: some.slice(0, 2), depth: 2, window: null, match: 'OVERLAPS' }));
for (let i = 0; i + 1 < some.length; i++)
  add('paths', await store.paths({ fromId: some[i]!, toId: some[i + 1]!, maxHops: 4, limit: 10 }));
for (const text of ['minister', 'talks', 'agreement', 'said']) add('search', await store.search({ text, first: 50 }));
for (const kind of ['PERSON', 'ORGANIZATION', 'COUNTRY'] as const)
  add('actorsByKind', await store.listActors({ first: 500, after: null, kind, search: null }));
add('actorsSearch', await store.listActors({ first: 500, after: null, kind: null, search: 'an' }));

const all = createHash('sha256');
for (const [part, h] of [...parts].sort()) {
  const digest = h.digest('hex');
  all.update(digest);
  process.stdout.write(`${part} ${digest.slice(0, 16)}\n`);
}
process.stdout.write(`all ${all.digest('hex')}\n`);
