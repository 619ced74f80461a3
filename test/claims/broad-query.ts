// One GraphQL request that reads nearly everything a client can see, claims and disputes included: its answer,
// serialised, is compared byte for byte between load orders and stores.
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';
import { createContext } from '../../server/graphql/context.ts';
import { buildSchema } from '../../server/graphql/executable-schema.ts';
import type { GraphStore } from '../../server/store/store.ts';

const EVIDENCE = 'evidence { quote start end source { id } }';
const SUBJECT = `claims { ...Claim } disputes { field claims { ...Claim } } sources { id }`;

export const BROAD_QUERY = `
fragment Claim on Claim { field value date { edtf earliest latest precision label } source { id publishedAt } ${EVIDENCE} }
{
  timeline(first: 500) {
    totalCount
    edges { cursor node {
      __typename
      ... on Event { id title eventKind: kind description location date { edtf label precision } participants { role actor { id name } }
        links { type target { id } ${EVIDENCE} } statements { id } ${EVIDENCE} ${SUBJECT} }
      ... on Statement { id text kind speaker { id name kind aliases roles { title of { id } } ${SUBJECT} } date { edtf label }
        event { id } quotedIn { id } quotes { id } ${EVIDENCE} ${SUBJECT} }
    } }
  }
  disputes(first: 100) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { field claims { ...Claim }
    subject { __typename ... on Event { id } ... on Statement { id } ... on Actor { id } ... on Relationship { id } } } } }
  network(depth: 1) { nodes { id name ${SUBJECT} } edges { id type date { edtf } source { id } target { id } ${SUBJECT} } }
  daily: timeline(sourceIds: ["daily-beast-2025-05-04"]) { totalCount edges { node { __typename ... on Event { id } ... on Statement { id } } } }
  search(text: "sovereignty") { kind id snippet score }
  sources { id title publishedAt citations { actor { id } ${EVIDENCE} } }
}`;

// The schema is built by @graphql-tools, which loads graphql's CommonJS build; executing with the ES module build
// would be "another realm". The answer is the executor's own, without the HTTP limits (this query is far past them).
const { graphql } = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

export async function broadAnswer(store: GraphStore): Promise<string> {
  const result = await graphql({ schema: buildSchema(), source: BROAD_QUERY, contextValue: createContext(store) });
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return JSON.stringify(result.data);
}
