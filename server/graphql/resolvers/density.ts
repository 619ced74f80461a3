// timelineDensity: arguments read by input/read-density.ts, then the store is asked once.
import type { GraphQLContext } from '../context.ts';
import { readDensityQuery } from '../../input/read-density.ts';
import { graphqlArgs } from '../user-input.ts';

export const DensityQueryResolvers = {
  timelineDensity: (_: unknown, a: Record<string, unknown>, { store }: GraphQLContext) =>
    store.timelineDensity(graphqlArgs(() => readDensityQuery(a))),
};
