// Every read query the Neo4j store runs, loaded once when the store is made (a missing file fails then).
import { DENSITY_QUERIES } from './neo4j-density.ts';
import { TIMELINE_QUERIES } from './timeline-reads.ts';

/** One paths query per maxHops (see cypher/read/paths-1.cypher): a variable-length bound must be a literal. */
export const PATH_QUERIES = ['read/paths-1', 'read/paths-2', 'read/paths-3', 'read/paths-4'] as const;

export const READ_QUERIES = [
  'read/ping',
  'read/seed-in-progress',
  'read/graph-version',
  'read/claims-by-id',
  'read/dispute-page',
  'read/dispute-count',
  'read/actors-by-id',
  'read/actor-summaries-by-id',
  'read/actor-links-by-id',
  'read/actor-evidence-by-id',
  'read/events-by-id',
  'read/statements-by-id',
  'read/event-summaries-by-id',
  'read/statement-summaries-by-id',
  'read/sources-by-id',
  'read/source-ids',
  'read/source-page',
  'read/source-count',
  'read/actor-page',
  'read/actor-count',
  'read/event-page',
  'read/event-count',
  'read/statement-page',
  'read/statement-count',
  ...TIMELINE_QUERIES,
  ...DENSITY_QUERIES,
  'read/network-seeds',
  'read/network-neighbours',
  'read/network-edges',
  'read/network-walk',
  'read/search',
  'admin/search-index-state',
  'read/relationships-by-id',
  'read/actor-relationship-page',
  'read/actor-relationship-count',
  ...PATH_QUERIES,
] as const;

export type ReadQuery = (typeof READ_QUERIES)[number];
