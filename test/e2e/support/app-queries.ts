// What the browser tests ask the app's API and read off its pages: the data a view should show, to compare with
// what it draws. Each takes the app's URL, so a test with several apps asks the right one.
import type { Frame, Page } from 'playwright-core';
import { gql } from '../../support/gql.ts';
import { INPUT_LIMITS } from '../../../server/input/input-limits.ts';

export interface ApiItem {
  __typename: 'Event' | 'Statement';
  id: string;
  date: { earliest: string | null; latest: string | null; precision: string; label: string };
}

/** The data of a GraphQL answer; its errors, if any, fail the test. */
export async function api<T>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql<T>(url, query, variables);
  if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
  return r.data;
}

/** Every timeline item (of these actors), with its date: what the timeline view draws one mark for. */
export async function apiTimelineItems(url: string, actorIds?: string[]): Promise<ApiItem[]> {
  const data = await api<{ timeline: { edges: Array<{ node: ApiItem }> } }>(
    url,
    `query($ids: [ID!], $first: Int!) { timeline(first: $first, actorIds: $ids) { edges { node { __typename
      ... on Event { id date { ...D } } ... on Statement { id date { ...D } } } } } }
    fragment D on FuzzyDate { earliest latest precision label }`,
    // `first` goes in a variable: the cost limit multiplies by a literal `first`.
    { ids: actorIds ?? null, first: INPUT_LIMITS.maxPageSize },
  );
  return data.timeline.edges.map((e) => e.node);
}

/** The id of the first actor a search finds. */
export async function actorId(url: string, search: string): Promise<string> {
  const data = await api<{ actors: { edges: Array<{ node: { id: string } }> } }>(
    url,
    `query($s: String) { actors(search: $s) { edges { node { id } } } }`,
    { s: search },
  );
  const id = data.actors.edges[0]?.node.id;
  if (!id) throw new Error(`no actor matching ${search}`);
  return id;
}

/** The sorted data-id of everything matching `selector`, on a page or inside an embed's frame. */
export const dataIds = (page: Page | Frame, selector: string) =>
  page.$$eval(selector, (els) => els.map((e) => e.getAttribute('data-id') ?? '').sort());
