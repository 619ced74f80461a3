// The URL of a GraphQL GET: the shipped document byte for byte with its variables, so the server's ETag and
// Cache-Control apply (docs/caching.md), and so index.html's preloads (start-requests.ts) are the very requests
// the client then makes.
import type { DensityArgs } from './graphql-client.ts';

export function graphqlGetUrl(endpoint: string, query: string, variables: Record<string, unknown>): string {
  return `${endpoint}?${new URLSearchParams({ query, variables: JSON.stringify(variables) }).toString()}`;
}

/** `timelineDensity`'s variables, in the order the client always sends them (a preload must match byte for byte). */
export function densityVariables(args: DensityArgs): Record<string, unknown> {
  return { ...args, actorIds: args.actorIds ? [...args.actorIds] : null };
}
