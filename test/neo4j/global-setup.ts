/**
 * vitest globalSetup: provides a real Neo4j 5.26 to the tests.
 *
 * - env NEO4J_URI set → provided as-is (nothing is started).
 * - else if java + mvn are available → starts one via startNeo4j() on a free port with a temp data dir
 *   (deleted on teardown) and provides `neo4jUri`.
 * - else provides `neo4jUnavailable` (the reason) so Neo4j tests can skip.
 * - env REQUIRE_NEO4J=1 (CI): failing to start Neo4j throws instead of skipping.
 *
 * In tests: `const uri = inject('neo4jUri')` (see provided.d.ts).
 */
import type { TestProject } from 'vitest/node';
import { neo4jAvailability } from './launcher-build.ts';
import { startNeo4j, type Neo4jServer } from './neo4j-server.ts';
import { findFreePort } from './ports.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const required = process.env['REQUIRE_NEO4J'] === '1';
  const envUri = process.env['NEO4J_URI'];
  if (envUri !== undefined && envUri.trim() !== '') {
    project.provide('neo4jUri', envUri.trim());
    return async () => {};
  }

  const unavailable = (reason: string): (() => Promise<void>) => {
    if (required) throw new Error(`REQUIRE_NEO4J=1 but Neo4j cannot be started: ${reason}`);
    console.warn(`[neo4j] not available, Neo4j-backed tests will be skipped: ${reason}`);
    project.provide('neo4jUnavailable', reason);
    return async () => {};
  };

  const avail = neo4jAvailability();
  if (!avail.ok) return unavailable(avail.reason);

  let server: Neo4jServer;
  const t0 = Date.now();
  try {
    server = await startNeo4j({
      port: await findFreePort(),
      timeoutMs: 240_000,
    });
  } catch (err) {
    return unavailable(err instanceof Error ? err.message : String(err));
  }
  console.log(`[neo4j] ${server.uri} ready in ${String(Date.now() - t0)} ms (pid ${String(server.pid)})`);
  project.provide('neo4jUri', server.uri);
  return async () => {
    await server.stop();
  };
}
