// The Neo4j writer's imports, followed from the source: the write path shares codecs with the reads
// (property-codecs.ts, claim-codec.ts) but reaches no module of the read side, so changing how the store reads
// cannot change what the seed writes.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const NEO4J = 'server/store/neo4j';
const READ_SIDE = [
  'neo4j-store.ts',
  'cypher-reader.ts',
  'map-records.ts',
  'read-queries.ts',
  'read-params.ts',
  'by-id-reads.ts',
  'timeline-reads.ts',
  'path-reads.ts',
  'neo4j-density.ts',
  'span-reach.ts',
  'lucene-query.ts',
].map((f) => `${NEO4J}/${f}`);

/** Relative module specifiers of static imports and re-exports (type-only ones too) and of dynamic import(). */
const relativeImports = (source: string) =>
  [...source.matchAll(/\b(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) => m[1]!);

/** Every project file `file` reaches through relative imports, itself included. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of relativeImports(readFileSync(path.join(ROOT, file), 'utf8'))) {
    const target = path.relative(ROOT, path.resolve(ROOT, path.dirname(file), spec));
    if (existsSync(path.join(ROOT, target))) reachable(target, seen);
  }
  return seen;
}

describe('the Neo4j write path', () => {
  it('reaches the claims rule and the shared codecs, and no module of the read side', () => {
    const reached = reachable(`${NEO4J}/neo4j-writer.ts`);
    expect(reached).toContain(`${NEO4J}/property-codecs.ts`);
    expect(reached).toContain('server/domain/claims/reconcile-subject.ts');
    for (const f of READ_SIDE) expect(existsSync(path.join(ROOT, f)), f).toBe(true);
    expect([...reached].filter((f) => READ_SIDE.includes(f))).toEqual([]);
  });
});
