// The timeline resolver reads item summaries (store.ts TimelineItemSummary) unless the query selects a field only
// whole items hold; and a summary still answers links, statements, quotes and evidence, read through the loaders.
import { expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import type { GraphStore, TimelineQuery } from '../../server/store/store.ts';
import { countingStore } from '../support/counting-store.ts';
import { uncachedApps } from '../support/uncached-apps.ts';
import { gql } from '../support/gql.ts';
import { itemSummary } from '../support/item-summary.ts';

const memory = new MemoryStore(await loadArticles());
const counted = countingStore(memory);
/** A store whose every timeline read answers summaries, as if the resolver had chosen wrongly. */
const summariesOnly: GraphStore = new Proxy(memory, {
  get: (target, prop, receiver) =>
    prop === 'timeline' || prop === 'timelineSummaries'
      ? async (q: TimelineQuery) => {
          const page = await target.timeline(q);
          return { ...page, items: page.items.map((i) => ({ cursor: i.cursor, node: itemSummary(i.node) })) };
        }
      : Reflect.get(target, prop, receiver),
});
const apps = uncachedApps(counted.store, summariesOnly);

const PAGE = `__typename
  ... on Event { id title kind date { edtf earliest latest precision label } participants { role actor { id name } } }
  ... on Statement { id text kind date { edtf label } speaker { id name } }`;
const FULL = `__typename
  ... on Event { id links { type target { id } evidence { quote source { id } } } statements { id } evidence { quote } }
  ... on Statement { id quotes { id } evidence { quote start end source { id } } }`;
const timeline = (fields: string) => `{ timeline(first: 200) { totalCount edges { cursor node { ${fields} } } } }`;

it('reads summaries when the query selects only summary fields, whole items otherwise', async () => {
  counted.reset();
  const lean = await gql(apps[0]!.url, timeline(PAGE));
  expect(lean.errors).toBeUndefined();
  expect(counted.calls.get('timelineSummaries')).toBe(1);
  expect(counted.calls.has('timeline')).toBe(false);
  expect(lean.data!.timeline.edges.length).toBeGreaterThan(10);

  counted.reset();
  const full = await gql(apps[0]!.url, timeline(`${PAGE} ... on Event { evidence { quote } }`));
  expect(full.errors).toBeUndefined();
  expect(counted.calls.get('timeline')).toBe(1);
  expect(counted.calls.has('timelineSummaries')).toBe(false);
});

it('a full-only field counts when a fragment names it', async () => {
  counted.reset();
  const r = await gql(
    apps[0]!.url,
    `{ timeline(first: 5) { edges { node { ...I } } } } fragment I on TimelineItem { id ... on Statement { quotes { id } } }`,
  );
  expect(r.errors).toBeUndefined();
  expect(counted.calls.get('timeline')).toBe(1);
});

it('summaries answer links, statements, quotes and evidence as whole items do', async () => {
  const full = await gql(apps[0]!.url, timeline(FULL));
  const lean = await gql(apps[1]!.url, timeline(FULL));
  expect(full.errors).toBeUndefined();
  expect(lean.errors).toBeUndefined();
  expect(lean.data).toEqual(full.data);
  // The comparison means something: the answer holds each of those lists somewhere.
  const nodes = full.data!.timeline.edges.map((e: { node: Record<string, unknown[]> }) => e.node);
  for (const field of ['links', 'statements', 'quotes', 'evidence'])
    expect(
      nodes.some((n: Record<string, unknown[]>) => (n[field]?.length ?? 0) > 0),
      field,
    ).toBe(true);
});
