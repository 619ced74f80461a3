// A page's actors (participants, speakers) are read as links (id, name, kind) unless the query selects, anywhere
// under the list, a field only actor summaries hold; the answer is the same either way.
import { expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { countingStore } from '../support/counting-store.ts';
import { uncachedApps } from '../support/uncached-apps.ts';
import { gql } from '../support/gql.ts';

const counted = countingStore(new MemoryStore(await loadArticles()));
const apps = uncachedApps(counted.store);

const NODE = `__typename
  ... on Event { id participants { role actor { id name kind } } }
  ... on Statement { id speaker { id name kind } }`;
const timeline = (extra = '') => `{ timeline(first: 200) { edges { node { ${NODE} ${extra} } } } }`;

it('reads actor links for a page that shows names, summaries when it shows more', async () => {
  counted.reset();
  const lean = await gql(apps[0]!.url, timeline());
  expect(lean.errors).toBeUndefined();
  expect(counted.calls.get('getActorLinks')).toBe(1);
  expect(counted.calls.has('getActorSummaries')).toBe(false);

  counted.reset();
  const full = await gql(apps[0]!.url, timeline('... on Statement { more: speaker { aliases roles { title } } }'));
  expect(full.errors).toBeUndefined();
  expect(counted.calls.get('getActorSummaries')).toBe(1);
  expect(counted.calls.has('getActorLinks')).toBe(false);

  // Same names either way, and the page names many actors.
  const strip = (edges: Array<{ node: Record<string, unknown> }>) =>
    edges.map(({ node: { more: _more, ...rest } }) => rest);
  expect(strip(full.data!.timeline.edges)).toEqual(lean.data!.timeline.edges.map((e: { node: object }) => e.node));
  const speakers = lean.data!.timeline.edges.flatMap((e: { node: { speaker?: { name: string } } }) =>
    e.node.speaker ? [e.node.speaker.name] : [],
  );
  expect(new Set(speakers).size).toBeGreaterThan(3);
});

it('links still answer sources and disputes, read through the loaders', async () => {
  counted.reset();
  const q = `{ events(first: 20) { edges { node { participants { actor { id sources { id } disputes { field } } } } } } }`;
  const r = await gql(apps[0]!.url, q);
  expect(r.errors).toBeUndefined();
  // sources and disputes are summary-only fields: the page reads summaries, not links, and no per-actor call follows.
  expect(counted.calls.get('getActorSummaries')).toBe(1);
  expect(counted.calls.has('getActorLinks')).toBe(false);
  const actors = r.data!.events.edges.flatMap(
    (e: { node: { participants: Array<{ actor: { sources: unknown[] } }> } }) =>
      e.node.participants.map((p) => p.actor),
  );
  expect(actors.some((a: { sources: unknown[] }) => a.sources.length > 0)).toBe(true);
});
