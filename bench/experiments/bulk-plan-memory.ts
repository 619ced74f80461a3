// What a bulk first seed (server/store/neo4j/bulk-seed.ts) keeps in the seeder's heap: the parsed articles (which
// the seed holds anyway: it validates all before writing), which articles list each subject (subject-listings.ts)
// and the source rows, and a chunk of subject rows at a time (the evidence rows too are made a chunk at a time).
// Live heap after a full GC at each step, and the seeder's own work (claims, reconciliation, rows) without Neo4j.
//
//   node --expose-gc --import tsx bench/experiments/bulk-plan-memory.ts --corpus DIR [--chunk-rows 5000]
import { parseArgs } from 'node:util';
import { loadAllValid } from '../../seed/seed.ts';
import { claimsOf, listSubjects } from '../../server/domain/claims/subject-listings.ts';
import { BULK_CHUNK_ROWS } from '../../server/store/neo4j/bulk-seed.ts';
import { freshSubjectRows } from '../../server/store/neo4j/claim-rows.ts';
import { evidenceRowsOf, sourceNodeRows } from '../../server/store/neo4j/source-rows.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, 'chunk-rows': { type: 'string' } } });
if (!values.corpus) throw new Error('--corpus DIR');
const size = Number(values['chunk-rows'] ?? BULK_CHUNK_ROWS);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const liveMb = () => {
  gc();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};

const { articles } = await loadAllValid([values.corpus]);
const parsed = liveMb();
const started = performance.now();
const published = new Map(articles.map((a) => [a.source.id, a.source.publishedAt] as const));
const subjects = [...listSubjects(articles).values()].flat();
const sources = sourceNodeRows(articles);
const held = liveMb();
let evidence = 0;
for (const _ of evidenceRowsOf(articles)) evidence++;
let chunkPeak = 0;
let rows = 0;
for (let i = 0; i < subjects.length; i += size) {
  const chunk = freshSubjectRows(
    subjects.slice(i, i + size).map((s) => ({ type: s.type, id: s.id, claims: claimsOf(s) })),
    published,
  );
  rows += Object.values(chunk.rows).reduce((n, list) => n + list.length, 0);
  if (i === 0) chunkPeak = liveMb() - held;
}
const workMs = performance.now() - started - 0;
console.log(
  `${sources['write/sources'].length} sources, ${subjects.length} subjects, ${rows} subject rows, ${evidence}` +
    ` evidence rows: heap ${parsed} MB parsed, ${held} MB with listings and source rows, +${chunkPeak} MB for a` +
    ` chunk of ${size} subjects' rows; claims, reconciliation and rows ${Math.round(workMs)} ms (2 GCs included)`,
);
