// What "a short item" is, for both stores: an item whose known bounds are further apart than SHORT_SPAN_DAYS is
// "long", and an OVERLAPS window can reach it from before its sortKey range, so the stores read long items apart
// (store/memory/date-index.ts, store/neo4j/span-reach.ts).

/**
 * Neo4j stores the answer as a :LongSpan label, so a graph must be seeded again after this changes
 * (cypher/README.md).
 */
export const SHORT_SPAN_DAYS = 62;
