// The bounds request arguments are checked against, whichever transport carried them. GraphQL's own limits (document
// size, cost, response budget) build on these in graphql/limits.ts.
export const INPUT_LIMITS = {
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
  /** Most ids in one id list (`actorIds`, `sourceIds`, `kinds`). */
  maxIds: 100,
  /** Longest id. */
  maxIdLength: 200,
  /**
   * Longest `after`: a cursor is base64url of [sort key, id, scope] (store/cursor.ts), well under this with a
   * 200-character id; anything longer was not issued by us and is refused before it reaches a store.
   */
  maxCursorLength: 1024,
} as const;
