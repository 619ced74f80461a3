// The schema around a bulk write: uniqueness constraints before it (every write query MERGEs or MATCHes by id
// through them), every other index after it. Why: Neo4j maintains an index on every commit, and the fulltext one
// (Lucene) cost about a third of the write time when it was kept up row by row; building it once over the loaded
// graph is cheaper. The read indexes are not needed while writing.

export interface SchemaStatement {
  name: string;
  text: string;
}

export interface SchemaPhases {
  before: SchemaStatement[];
  after: SchemaStatement[];
}

const isConstraint = (q: SchemaStatement) => /^CREATE\s+CONSTRAINT\b/i.test(q.text);

/** cypher/schema split into what a write needs first (constraints) and what can wait until after it. */
export function schemaPhases(schema: readonly SchemaStatement[]): SchemaPhases {
  return { before: schema.filter(isConstraint), after: schema.filter((q) => !isConstraint(q)) };
}
