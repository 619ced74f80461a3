// Day bounds both stores agree on, in one place: an open window end reads as the lowest or highest ISO day, and
// what "a short item" is decides which items a window's sortKey range may miss (store/memory/date-index.ts,
// store/neo4j/span-reach.ts).

/** The lowest ISO day: an open window start. */
export const MIN_DAY = '0000-01-01';
/** The highest ISO day: an open window end. */
export const MAX_DAY = '9999-12-31';

/**
 * An item whose known bounds are further apart than this is "long": an OVERLAPS window can reach it from before its
 * sortKey range. Neo4j stores the answer as a :LongSpan label, so a graph must be seeded again after this changes
 * (cypher/README.md).
 */
export const SHORT_SPAN_DAYS = 62;
