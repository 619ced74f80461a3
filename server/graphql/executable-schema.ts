import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Query } from './resolvers/query.ts';
import { typeResolvers } from './resolvers/types.ts';
import { ExportsQuery } from './resolvers/exports.ts';
import { DensityQueryResolvers } from './resolvers/density.ts';

/**
 * The SDL files of schema/, one concept each, in the order they are merged (the printed schema keeps it).
 * exports (issue 4) and density (issue 16) add their fields with `extend type Query`.
 */
const sdlFiles = ['query', 'claims', 'values', 'nodes', 'network', 'connections', 'exports', 'density'];

export const typeDefs = sdlFiles.map((name) =>
  readFileSync(new URL(`./schema/${name}.graphql`, import.meta.url), 'utf8'),
);

export function buildSchema() {
  return makeExecutableSchema({
    typeDefs,
    resolvers: { Query: { ...Query, ...ExportsQuery, ...DensityQueryResolvers }, ...typeResolvers },
  });
}
