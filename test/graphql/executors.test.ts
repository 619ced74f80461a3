// A document runs on graphql-js until it has run COMPILE_AFTER times, then on graphql-jit (compiled-execution.ts):
// clients must not see which. The same request, sent past the switch, gets byte-for-byte the same answer: data in
// the selection's order, errors first with their locations, paths and codes, the same HTTP status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { COMPILE_AFTER } from '../../server/graphql/compiled-execution.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';
import { TIMELINE_QUERY } from '../../client/src/api/queries.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';

let app: RunningApp;
/** The same articles with nothing altered: answers with data only. */
let plain: RunningApp;
beforeAll(async () => {
  plain = await startApp({ store: new MemoryStore(await loadArticles()), answerCacheBytes: 0 });
  const store = new MemoryStore(await loadArticles());
  // Statements' speakers resolve to null: a non-null field the executor itself must report, masked.
  // A page reads its actors as links or summaries (page-actors.ts), the loader as summaries: both alike.
  const summaries = store.getActorSummaries.bind(store);
  store.getActorSummaries = async (ids) => (await summaries(ids)).map((a) => (a?.kind === 'PERSON' ? null : a));
  const links = store.getActorLinks.bind(store);
  store.getActorLinks = async (ids) => (await links(ids)).map((a) => (a?.kind === 'PERSON' ? null : a));
  // No answer cache: it would answer the repeats with the first answer's bytes, and no repeat would reach graphql-jit.
  app = await startApp({ store, answerCacheBytes: 0 });
});
afterAll(async () => {
  await app.close();
  await plain.close();
});

async function answers(body: unknown, on: RunningApp = app): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i <= COMPILE_AFTER + 1; i++) {
    const res = await fetch(`${on.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify(body),
    });
    out.push(`${res.status} ${await res.text()}`);
  }
  return out;
}

const CASES: Record<string, unknown> = {
  'a page of a union, with aliases and fragments': {
    query: `query($n: Int) { later: timeline(first: $n) { totalCount edges { cursor node { __typename ...E
      ... on Statement { id said: text kind date { label } } } } } }
      fragment E on Event { id title date { edtf precision } participants { role actor { id name } } }`,
    variables: { n: 5 },
  },
  'a non-null field resolved to null, masked at its path': {
    query: `{ statements(first: 3) { edges { node { id speaker { name } } } } }`,
  },
  'a variable that does not coerce': {
    query: 'query($f: Int) { timeline(first: $f) { totalCount } }',
    variables: { f: 'x' },
  },
  'a coded refusal from a resolver': { query: '{ actors(first: -1) { totalCount } }' },
};

describe('graphql-js and graphql-jit answer alike', () => {
  for (const [what, body] of Object.entries(CASES))
    it(what, async () => {
      const all = await answers(body);
      for (const a of all.slice(1)) expect(a).toBe(all[0]);
    });

  it("the client's timeline page: a union's inline fragments sharing fields, in the selection's order", async () => {
    const all = await answers({ query: TIMELINE_QUERY, variables: { first: 50, count: true } }, plain);
    expect(all[0]).toContain('"disputes"');
    for (const a of all.slice(1)) expect(a).toBe(all[0]);
  });

  it('errors carry their locations under either executor', async () => {
    const all = await answers(CASES['a non-null field resolved to null, masked at its path']);
    for (const a of all) {
      expect(a).toMatch(/"locations":\[\{"line":1,"column":\d+\}\]/);
      expect(a).toContain('"code":"INTERNAL_SERVER_ERROR"');
      expect(a.indexOf('"errors"')).toBeLessThan(a.indexOf('"data"'));
    }
  });
});
