// Values provided by test/neo4j/global-setup.ts via project.provide(); read them with inject().
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** bolt://127.0.0.1:<port> of the Neo4j 5.26 started for this run (or env NEO4J_URI). Auth disabled. */
    neo4jUri: string;
    /** Set instead of neo4jUri when Neo4j could not be started (java/maven missing); the reason. */
    neo4jUnavailable: string;
  }
}
