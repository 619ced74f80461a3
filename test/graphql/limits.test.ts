// Abusive documents are refused by GraphQL Armor; each limit is tested at and just past its value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../server/graphql/limits.ts';
import { startApp, type RunningApp } from '../support/start-app.ts';
import { gql } from '../support/gql.ts';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => app.close());

/** A query whose deepest selection is exactly `depth` fields deep, following statement.quotedIn. */
function queryOfDepth(depth: number): string {
  // statement(1) -> quotedIn ... -> id
  let inner = 'id';
  for (let d = 0; d < depth - 2; d++) inner = `quotedIn { ${inner} }`;
  return `{ statement(id: "donald-trump-how-can-we-help-you-fight-drug-trafficking") { ${inner} } }`;
}

const rejected = (r: Awaited<ReturnType<typeof gql>>, what: RegExp) => {
  expect(r.errors?.[0]?.message).toMatch(what);
};

describe('query limits', () => {
  it(`depth: ${LIMITS.maxDepth} is fine, one more is refused`, async () => {
    expect((await gql(app.url, queryOfDepth(LIMITS.maxDepth))).errors).toBeUndefined();
    rejected(await gql(app.url, queryOfDepth(LIMITS.maxDepth + 1)), /depth/i);
  });

  it(`aliases: ${LIMITS.maxAliases} are fine, one more is refused`, async () => {
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `a${i}: actor(id: "mexico") { id }`).join(' ')} }`;
    expect((await gql(app.url, aliases(LIMITS.maxAliases))).errors).toBeUndefined();
    rejected(await gql(app.url, aliases(LIMITS.maxAliases + 1)), /alias/i);
  });

  it('cost: a page size that multiplies nested work past the budget is refused', async () => {
    // Ten aliased copies of a nested page: cost grows with the literal `first` times the work per item.
    const copy = (first: number, i: number) => `t${i}: timeline(first: ${first}) { edges { node { ... on Event {
        id title participants { role actor { id name kind aliases roles { title }
          evidence { quote start end source { id title publisher publishedAt url text } } } } } } } }`;
    const q = (first: number) => `{ ${Array.from({ length: 10 }, (_, i) => copy(first, i)).join(' ')} }`;
    // Find the largest literal page the cost limit admits, then show one more item tips it over.
    let lo = 1;
    let hi = 500;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if ((await gql(app.url, q(mid))).errors) hi = mid - 1;
      else lo = mid;
    }
    expect(lo).toBeLessThan(500);
    expect((await gql(app.url, q(lo))).errors).toBeUndefined();
    rejected(await gql(app.url, q(lo + 1)), /cost/i);
  });

  it(`tokens: a document past ${LIMITS.maxTokens} tokens is refused`, async () => {
    // A document of a dozen fixed tokens plus one per id in a list argument.
    const doc = (ids: number) =>
      `{ network(actorIds: [${Array.from({ length: ids }, () => '"x"').join(',')}]) { nodes { id } } }`;
    const tokenError = async (ids: number) => /token/i.test((await gql(app.url, doc(ids))).errors?.[0]?.message ?? '');
    let lo = 1;
    let hi = LIMITS.maxTokens;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (await tokenError(mid)) hi = mid - 1;
      else lo = mid;
    }
    // The largest admitted document is within the fixed part of the limit, and one more token is refused.
    expect(lo).toBeGreaterThan(LIMITS.maxTokens - 20);
    expect(await tokenError(lo)).toBe(false);
    expect(await tokenError(lo + 1)).toBe(true);
  });

  it('does not suggest field names to a prober', async () => {
    const r = await gql(app.url, `{ actorz { id } }`);
    expect(r.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});
