import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Query } from './resolvers/query.ts';
import { typeResolvers } from './resolvers/types.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');

export function buildSchema() {
  return makeExecutableSchema({ typeDefs, resolvers: { Query, ...typeResolvers } });
}
