// No N+1: the number of store calls a request makes does not depend on how many items it returns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { countingStore } from '../support/counting-store.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

const counted = countingStore(new MemoryStore(await loadArticles()));
let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ store: counted.store });
});
afterAll(() => app.close());

const TIMELINE = `query($first: Int) { timeline(first: $first) { edges { node {
  ... on Event { id participants { role actor { id name roles { of { name } } } } statements { id speaker { name } }
                 links { type target { title } } evidence { quote source { title } context { quote } } }
  ... on Statement { id speaker { name } event { title participants { actor { name } } } quotes { speaker { name } }
                     quotedIn { speaker { name } } evidence { quote source { publisher } } } } } } }`;

async function callsFor(first: number): Promise<{ total: number; items: number; byMethod: Record<string, number> }> {
  counted.reset();
  const r = await gql(app.url, TIMELINE, { first });
  expect(r.errors).toBeUndefined();
  const byMethod = Object.fromEntries(counted.calls);
  return {
    total: [...counted.calls.values()].reduce((a, b) => a + b, 0),
    items: r.data!.timeline.edges.length,
    byMethod,
  };
}

it('store calls stay flat as the page grows', async () => {
  const small = await callsFor(8);
  const large = await callsFor(50);
  expect(large.items).toBeGreaterThan(small.items * 2);
  // One list call plus at most one batched lookup per kind per nesting level: N+1 would be 50+.
  for (const [method, count] of Object.entries(large.byMethod)) expect(count, method).toBeLessThanOrEqual(3);
  expect(large.total).toBeLessThanOrEqual(12);
  expect(large.total).toBeLessThanOrEqual(small.total + 2);
});

it('a batch lookup is one call for many ids', async () => {
  counted.reset();
  const r = await gql(app.url, `{ events(first: 50) { edges { node { participants { actor { name } } } } } }`);
  expect(r.errors).toBeUndefined();
  const participants = r.data!.events.edges.flatMap((e: any) => e.node.participants);
  expect(new Set(participants.map((p: any) => p.actor.name)).size).toBeGreaterThan(5);
  expect(counted.calls.get('getActorLinks')).toBe(1);
});

it("a network's edge ends come from its own nodes, with no further lookup", async () => {
  counted.reset();
  const r = await gql(app.url, `{ network { edges { source { name } target { name } } } }`);
  expect(r.errors).toBeUndefined();
  expect(r.data!.network.edges.length).toBeGreaterThan(5);
  expect(r.data!.network.edges.every((e: any) => e.source.name && e.target.name)).toBe(true);
  expect(Object.fromEntries(counted.calls)).toEqual({ networkLinks: 1 });
});

/** Actor lookups of any shape (whole actors, summaries, evidence). */
const actorCalls = () => [...counted.calls].filter(([m]) => m.startsWith('getActor')).reduce((n, [, c]) => n + c, 0);

it("a page's participants and speakers are fetched in one call, and only when selected", async () => {
  counted.reset();
  const bare = await gql(app.url, `{ timeline(first: 50) { edges { node { ... on Event { id } } } } }`);
  expect(bare.errors).toBeUndefined();
  expect(actorCalls()).toBe(0);

  counted.reset();
  const r = await gql(
    app.url,
    `{ timeline(first: 50) { edges { node { ...Item } } } }
     fragment Item on TimelineItem { ... on Event { participants { actor { id } } } ... on Statement { speaker { id } } }`,
  );
  expect(r.errors).toBeUndefined();
  const nodes = r.data!.timeline.edges.map((e: any) => e.node);
  const ids = nodes.flatMap((n: any) => (n.speaker ? [n.speaker.id] : n.participants.map((p: any) => p.actor.id)));
  expect(new Set(ids).size).toBeGreaterThan(5);
  expect(actorCalls()).toBe(1);
});

it("a network's actor evidence, when asked for, is one batched read for all its actors", async () => {
  counted.reset();
  // Seeded: every actor's every span of a whole network is past the cost limit (query-cost.ts).
  const r = await gql(app.url, `{ network(actorIds: ["mexico"], depth: 1) { nodes { id evidence { quote } } } }`);
  expect(r.errors).toBeUndefined();
  const nodes = r.data!.network.nodes as Array<{ id: string; evidence: Array<{ quote: string }> }>;
  expect(nodes.length).toBeGreaterThan(5);
  expect(nodes.every((n) => n.evidence.length > 0)).toBe(true);
  expect(Object.fromEntries(counted.calls)).toEqual({ networkLinks: 1, getActorEvidence: 1 });
});

it("a network's relationship evidence, when asked for, is one batched read of its relationships", async () => {
  counted.reset();
  const r = await gql(
    app.url,
    `{ network(actorIds: ["mexico"], depth: 1) { edges { id evidence { quote source { id } } } } }`,
  );
  expect(r.errors).toBeUndefined();
  // One read of the relationships for their evidence, one of the sources the spans cite.
  expect(Object.fromEntries(counted.calls)).toEqual({ networkLinks: 1, getRelationships: 1, getSources: 1 });
  const edges = r.data!.network.edges as Array<{ id: string; evidence: Array<{ quote: string }> }>;
  expect(edges.length).toBeGreaterThan(3);
  // The same spans as the relationship itself answers.
  const full = await counted.store.getRelationships(edges.map((e) => e.id));
  expect(edges.map((e) => e.evidence.map((ev) => ev.quote))).toEqual(
    full.map((f) => f!.evidence.map((ev) => ev.quote)),
  );
  expect(edges.every((e) => e.evidence.length > 0)).toBe(true);
});
