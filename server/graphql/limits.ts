// Every limit the API enforces, in one place, so docs, tests and the armor plugin agree: the argument bounds every
// transport checks (input/input-limits.ts) and GraphQL's own, on documents, cost and responses.
import { INPUT_LIMITS } from '../input/input-limits.ts';

export const LIMITS = {
  ...INPUT_LIMITS,
  /** Query document limits (GraphQL Armor). */
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 2000,
  maxDirectives: 20,
  /** Estimated cost of one operation (query-cost.ts), with variables and defaults counted. */
  maxCost: 1_000_000,
  /** Estimated size of a response (response-budget.ts): past it the request ends with RESPONSE_TOO_LARGE. */
  // 8 MB: a 500-item timeline page with its disputes is under 1 MB; on the 20k-event claims corpus a 16 MB answer
  // took the process past the 200 MB growth the amplification test allows (test/security/amplification.test.ts).
  maxResponseBytes: 8 * 1024 * 1024,
  /**
   * Most sources the unpaged `sources` list answers with; past it, TOO_MANY_RESULTS and `sourcesConnection` pages.
   * 1,000 rows of id, title, publisher and date are ~150 KB; at a million events the list was 69,833 (4.4 MB).
   */
  maxSourcesList: 1000,
  /** Wall-clock time one GraphQL request may take before it ends with DEADLINE_EXCEEDED. */
  requestDeadlineMs: 15_000,
} as const;

/** What query-cost.ts charges. A unit is one resolved field, about 20 bytes of JSON. */
export const COST = {
  /** Fields dearer than one unit: an article's full text is kilobytes, so it is paid for as such. */
  fieldWeights: { 'Source.text': 2000 } as Record<string, number>,
  /** Fields paged by `first`: the value asked for (a variable, a literal or the default), at most the cap. */
  pagedFields: {
    'Query.actors': LIMITS.maxPageSize,
    'Query.events': LIMITS.maxPageSize,
    'Query.statements': LIMITS.maxPageSize,
    'Query.timeline': LIMITS.maxPageSize,
    'Query.search': LIMITS.maxSearchResults,
    'Query.paths': 50,
    'Actor.events': LIMITS.maxPageSize,
    'Actor.statements': LIMITS.maxPageSize,
    'Actor.relationships': LIMITS.maxPageSize,
    'Query.disputes': LIMITS.maxPageSize,
    'Query.sourcesConnection': LIMITS.maxPageSize,
  } as Record<string, number>,
  /**
   * Lists with no `first`: what one is assumed to hold. A connection's `edges` is its page, already counted by
   * `first`. Hub actors are cited in hundreds of articles, whole networks and TimelineJS documents are large.
   */
  listEstimates: {
    'ActorConnection.edges': 1,
    'EventConnection.edges': 1,
    'StatementConnection.edges': 1,
    'TimelineConnection.edges': 1,
    'RelationshipConnection.edges': 1,
    'Actor.evidence': 100,
    'Event.participants': 20,
    'Event.statements': 20,
    'Network.nodes': 10_000,
    'Network.edges': 20_000,
    'Query.sources': 200,
    'SourceConnection.edges': 1,
    'TimelineJSDocument.events': 20_000,
    // Claims (docs/claims.md): a subject has at most six disputable fields, and a fact is typically reported by two
    // to five outlets, each citing a span or two. The response budget still ends an answer that outgrows these.
    'Actor.disputes': 6,
    'Event.disputes': 6,
    'Statement.disputes': 6,
    'Relationship.disputes': 6,
    'Dispute.claims': 5,
    'Claim.evidence': 3,
    'Actor.claims': 30,
    'Event.claims': 30,
    'Statement.claims': 30,
    'Relationship.claims': 30,
    'Actor.sources': 5,
    'Event.sources': 5,
    'Statement.sources': 5,
    'Relationship.sources': 5,
    'SearchHit.sources': 5,
  } as Record<string, number>,
  /** A seeded network: actors assumed reached per seed, to the power of its depth (capped at the whole graph). */
  networkNodesPerSeedHop: 100,
  /** Any other list (aliases, roles, evidence of one fact, links). */
  defaultListSize: 10,
} as const;
