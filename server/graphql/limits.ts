// Every limit the API enforces, in one place, so docs, tests and the armor plugin agree.
export const LIMITS = {
  /** Largest `first` on any list. */
  maxPageSize: 500,
  /** Largest `first` on search. */
  maxSearchResults: 100,
  /** Deepest `network(depth:)`. */
  maxNetworkDepth: 3,
  /** Longest `search(text:)`. */
  maxSearchLength: 200,
  /** Largest Evidence.context radius. */
  maxContextRadius: 2000,
  /** Query document limits (GraphQL Armor). */
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 250_000,
  maxTokens: 2000,
  maxDirectives: 20,
} as const;
