// The response budget's estimate of a response's size (response-size.ts): charged once per resolver, with the
// default-resolved fields under it, it must stay close to the JSON actually sent, whatever the selection's shape
// (unions, fragments, aliases, __typename, nested lists), so the RESPONSE_TOO_LARGE ceiling means what it says.
import { parse, type ExecutionResult } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../server/article/load-articles.ts';
import { createContext } from '../../server/graphql/context.ts';
import { buildSchema } from '../../server/graphql/executable-schema.ts';
import { BUDGET, chargeResolvers, ResponseBudget } from '../../server/graphql/response-budget.ts';
import { MemoryStore } from '../../server/store/memory/memory-store.ts';

const store = new MemoryStore(await loadArticles());
const schema = chargeResolvers(buildSchema());

async function estimateAndActual(query: string) {
  const budget = new ResponseBudget(1e9, Date.now() + 60_000, 60_000);
  // The executor the server runs (create-yoga.ts), so the charges are the ones a request makes.
  const compiled = compileQuery(schema, parse(query));
  if (!isCompiledQuery(compiled)) throw new Error(JSON.stringify(compiled));
  const result = (await compiled.query(
    undefined,
    { ...createContext(store), [BUDGET]: budget },
    {},
  )) as ExecutionResult;
  expect(result.errors).toBeUndefined();
  return { estimate: budget.used, actual: JSON.stringify(result.data).length };
}

const QUERIES: Record<string, string> = {
  'a timeline page: a union, inline fragments, __typename, nested lists': `{ timeline(first: 200) { totalCount
    pageInfo { hasNextPage endCursor } edges { cursor node { __typename
      ... on Event { id title kind date { edtf earliest latest precision label } participants { role actor { id name kind } } }
      ... on Statement { id text statementKind: kind date { label } speaker { id name kind } } } } } }`,
  'named fragments and aliases of one field': `query { a: actors(first: 50) { edges { node { ...A } } }
    b: actors(first: 20) { edges { node { ...A aliases } } } }
    fragment A on Actor { id name kind roles { title } }`,
  'article text under a resolver': `{ sources { id title text } }`,
  'evidence and claims under events': `{ events(first: 30) { edges { node { id
    evidence { quote start end source { title publisher } } sources { id title } disputes { field claims { value } } } } } }`,
  'a network': `{ network { nodes { id name kind } edges { id type date { earliest latest precision } source { id } target { id } } } }`,
};

describe('response size estimate', () => {
  for (const [what, query] of Object.entries(QUERIES))
    it(`is within 15% of the JSON sent: ${what}`, async () => {
      const { estimate, actual } = await estimateAndActual(query);
      expect(actual).toBeGreaterThan(200);
      expect(estimate / actual).toBeGreaterThan(0.85);
      expect(estimate / actual).toBeLessThan(1.15);
    });
});
