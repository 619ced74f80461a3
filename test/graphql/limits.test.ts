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

  it('cost counts a page size from a variable, a default or a literal, and nested lists multiply', async () => {
    const heavy = `edges { node { ... on Event { participants { actor { evidence { source { text } } } } } } }`;
    const viaVariable = await gql(app.url, `query ($n: Int) { timeline(first: $n) { ${heavy} } }`, { n: 500 });
    const viaVariableDefault = await gql(app.url, `query ($n: Int = 500) { timeline(first: $n) { ${heavy} } }`);
    const viaFieldDefault = await gql(app.url, `{ timeline { ${heavy} } }`);
    const viaLiteral = await gql(app.url, `{ timeline(first: 1) { ${heavy} } }`);
    for (const r of [viaVariable, viaVariableDefault, viaFieldDefault, viaLiteral]) {
      expect(r.data ?? null).toBeNull();
      expect(r.errors).toHaveLength(1);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
      expect(r.errors?.[0]?.message).not.toMatch(/syntax error/i);
    }
    // Cost follows the page size: the same selection without the article text fits for a small page only.
    const light = `edges { node { ... on Event { participants { actor { evidence { quote } } } } } }`;
    const page = (n: number) => gql(app.url, `query ($n: Int) { timeline(first: $n) { ${light} } }`, { n });
    expect((await page(10)).errors).toBeUndefined();
    expect((await page(500)).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('fifteen aliases of a default-sized page with no variables are refused by cost, not run', async () => {
    const copy = (i: number) =>
      `t${i}: timeline { edges { node { ... on Statement { evidence { source { text } } } } } }`;
    const r = await gql(app.url, `{ ${Array.from({ length: LIMITS.maxAliases }, (_, i) => copy(i)).join(' ')} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('the article text is one dear field: fine at the top level, refused under every item of a page', async () => {
    expect((await gql(app.url, `{ sources { id text } }`)).errors).toBeUndefined();
    const r = await gql(
      app.url,
      `{ timeline(first: 100) { edges { node { ... on Statement { evidence { source { text } } } } } } }`,
    );
    expect(r.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('a first past its cap is BAD_USER_INPUT naming `first`, whether literal or a variable', async () => {
    for (const r of [
      await gql(app.url, `{ timeline(first: 100000) { totalCount } }`),
      await gql(app.url, `query ($n: Int) { timeline(first: $n) { edges { cursor } } }`, { n: 1e9 }),
      await gql(app.url, `query ($n: Int) { search(text: "x", first: $n) { id } }`, { n: 101 }),
    ]) {
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
  });

  it('every document limit refusal carries QUERY_TOO_COMPLEX and no "Syntax Error"', async () => {
    const aliases = `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: actor(id: "mexico") { id }`).join(' ')} }`;
    const tokens = `{ network(actorIds: [${Array.from({ length: LIMITS.maxTokens }, () => '"x"').join(',')}]) { nodes { id } } }`;
    const directives = `{ actor(id: "mexico") { id ${Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ')} } }`;
    const cases: Array<[string, string]> = [
      ['depth', queryOfDepth(LIMITS.maxDepth + 1)],
      ['aliases', aliases],
      ['tokens', tokens],
      ['directives', directives],
    ];
    for (const [limit, query] of cases) {
      const r = await gql(app.url, query);
      expect(r.errors?.[0]?.extensions, limit).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
      expect(r.errors?.[0]?.message, limit).not.toMatch(/syntax error/i);
    }
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
