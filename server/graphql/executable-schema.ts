import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Query } from './resolvers/query.ts';
import { typeResolvers } from './resolvers/types.ts';
import { ExportsQuery } from './resolvers/exports.ts';
import { DensityQueryResolvers } from './resolvers/density.ts';

export const typeDefs = readFileSync(new URL('./schema.graphql', import.meta.url), 'utf8');
/** Issue 4's export fields, kept in their own file: `extend type Query`. */
export const exportsTypeDefs = readFileSync(new URL('./exports.graphql', import.meta.url), 'utf8');

/** Issue 16's timelineDensity, also `extend type Query`. */
export const densityTypeDefs = readFileSync(new URL('./density.graphql', import.meta.url), 'utf8');

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs: [typeDefs, exportsTypeDefs, densityTypeDefs],
    resolvers: { Query: { ...Query, ...ExportsQuery, ...DensityQueryResolvers }, ...typeResolvers },
  });
}
