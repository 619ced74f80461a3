// The network resolver reads the lean network (store.ts NetworkLinks) unless the query selects a field only full
// summaries hold; and a lean actor or relationship still answers those fields, read through the loaders.
import { expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore } from '../../server/store/store.ts';
import { countingStore } from '../support/counting-store.ts';
import { uncachedApps } from '../support/uncached-apps.ts';
import { gql } from '../support/gql.ts';

const memory = new MemoryStore(await loadArticles());
const counted = countingStore(memory);
/** A store whose full network read answers lean, as if the resolver had chosen wrongly. */
const leanOnly: GraphStore = new Proxy(memory, {
  get: (target, prop, receiver) =>
    prop === 'network' ? target.networkLinks.bind(target) : Reflect.get(target, prop, receiver),
});
const apps = uncachedApps(counted.store, leanOnly);

const LINKS = `nodes { id name kind } edges { id type date { edtf earliest latest precision label } source { id name }
  target { id kind } }`;
const FULL = `nodes { id name kind aliases roles { title } sources { id } disputes { field } }
  edges { id type sources { id } disputes { field } source { id aliases } target { id roles { title } } }`;
const network = (fields: string, depth = 2) => `{ network(actorIds: ["mexico"], depth: ${depth}) { ${fields} } }`;

it('reads the lean network when the query selects only link fields, the full one otherwise', async () => {
  counted.reset();
  const lean = await gql(apps[0]!.url, network(LINKS));
  expect(lean.errors).toBeUndefined();
  expect(Object.fromEntries(counted.calls)).toEqual({ networkLinks: 1 });

  counted.reset();
  const both = await gql(apps[0]!.url, `${network(`${LINKS} more: nodes { aliases }`)}`);
  expect(both.errors).toBeUndefined();
  expect(Object.fromEntries(counted.calls)).toEqual({ network: 1 });
  const { more, ...rest } = both.data!.network;
  expect(rest).toEqual(lean.data!.network);
  expect(lean.data!.network.nodes.length).toBeGreaterThan(5);
  expect(more.length).toBe(lean.data!.network.nodes.length);
});

it('a full-only field counts when a fragment names it', async () => {
  counted.reset();
  const r = await gql(
    apps[0]!.url,
    `{ network(actorIds: ["mexico"], depth: 1) { edges { ...E } } }
     fragment E on Relationship { id source { ... on Actor { roles { title } } } }`,
  );
  expect(r.errors).toBeUndefined();
  expect(Object.fromEntries(counted.calls)).toEqual({ network: 1 });
});

it('lean actors and relationships answer aliases, roles, sources and disputes as full ones do', async () => {
  const full = await gql(apps[0]!.url, network(FULL, 1));
  const lean = await gql(apps[1]!.url, network(FULL, 1));
  expect(full.errors).toBeUndefined();
  expect(lean.errors).toBeUndefined();
  expect(lean.data).toEqual(full.data);
  // The comparison means something: the answer holds aliases, roles, sources and disputes.
  const nodes = full.data!.network.nodes as Array<{ aliases: string[]; roles: unknown[]; sources: unknown[] }>;
  expect(nodes.some((n) => n.aliases.length > 0)).toBe(true);
  expect(nodes.some((n) => n.roles.length > 0)).toBe(true);
  expect(nodes.every((n) => n.sources.length > 0)).toBe(true);
  const edges = full.data!.network.edges as Array<{ sources: unknown[] }>;
  expect(edges.every((e) => e.sources.length > 0)).toBe(true);
});
