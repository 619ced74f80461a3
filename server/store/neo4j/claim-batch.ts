// What a batch's write transaction reads before it writes: the claims already in the graph of every subject the
// batch touches (or that a re-seeded or removed source supported), and the publication days the rule's tie-break
// needs. On a first seed into an empty graph no claim is read: every claim in the graph is one an earlier batch of the
// run wrote, and the run remembers them (RunMemory). Why: hub actors are named by thousands of sources, and reading
// and decoding their claims again in every batch naming them is work that grows with the square of the corpus
// (docs/benchmarks.md, "Seeding with claims").
import type { ManagedTransaction } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import type { Claim, ClaimSubjectType } from '../../domain/claims/claim.ts';
import type { QueryMap } from '../../cypher/load-queries.ts';
import { readClaims } from './claim-codec.ts';
import { claimWrite, type ClaimWrite } from './claim-rows.ts';

export const CLAIM_QUERIES = [
  'read/claims-by-id',
  'write/subjects-of-sources',
  'write/drop-source-evidence',
  'write/published-dates',
  'write/delete-subjects',
  'write/delete-sources',
  'write/search-texts',
] as const;

export type ClaimQuery = (typeof CLAIM_QUERIES)[number];

/**
 * What this run has committed, when it began on an empty graph: each subject's claims (the graph holds exactly
 * these), the sources and their publication days as written. null when the graph held facts (anything may exist).
 */
export type RunMemory = {
  /** By id, then type (an actor and an event may share an id). */
  subjects: Map<string, Map<ClaimSubjectType, readonly Claim[]>>;
  sources: Set<string>;
  published: Map<string, string>;
} | null;

export const startRunMemory = (graphHoldsFacts: boolean): RunMemory =>
  graphHoldsFacts ? null : { subjects: new Map(), sources: new Set(), published: new Map() };

/** The remembered claims of these ids, every type's together (as read/claims-by-id gives them). */
function remembered(memory: NonNullable<RunMemory>, ids: readonly string[]): Map<string, Claim[]> {
  const out = new Map<string, Claim[]>();
  for (const id of ids) {
    const byType = memory.subjects.get(id);
    if (byType) out.set(id, [...byType.values()].flat());
  }
  return out;
}

const subjectIds = (a: ParsedArticle) => [
  ...a.actors.map((x) => x.id),
  ...a.events.map((x) => x.id),
  ...a.statements.map((x) => x.id),
  ...a.relationships.map((x) => x.id),
];

/**
 * Reads what the batch needs, drops the evidence of sources it re-seeds or removes, and returns its rows. Runs inside
 * the batch's write transaction, so what it reads is what the write replaces.
 */
export async function planClaimWrite(
  tx: ManagedTransaction,
  queries: QueryMap<ClaimQuery>,
  batch: readonly ParsedArticle[],
  removed: readonly string[],
  seen: RunMemory,
): Promise<ClaimWrite> {
  const run = async (q: ClaimQuery, params: Record<string, unknown>) =>
    (await tx.run(queries[q], params)).records.map((r) => r.toObject() as Record<string, unknown>);
  const sourceIds = [...new Set([...batch.map((a) => a.source.id), ...removed])];
  const fresh = [...new Set(batch.flatMap(subjectIds))];
  let affected: string[] = [];
  if (seen === null || sourceIds.some((s) => seen.sources.has(s))) {
    affected = (await run('write/subjects-of-sources', { sourceIds })).map((r) => String(r.id));
    await run('write/drop-source-evidence', { sourceIds });
  }
  const toRead = [...new Set([...fresh, ...affected])];
  const stored = seen === null ? await readStored(run, toRead) : remembered(seen, toRead);
  const published = new Map(batch.map((a) => [a.source.id, a.source.publishedAt] as const));
  const others = [...new Set([...stored.values()].flat().map((c) => c.sourceId))].filter((s) => !published.has(s));
  if (seen !== null) for (const s of others) published.set(s, seen.published.get(s)!);
  else if (others.length > 0)
    for (const r of await run('write/published-dates', { sourceIds: others }))
      published.set(String(r.id), String(r.publishedAt));
  return claimWrite(batch, stored, new Set(sourceIds), published);
}

async function readStored(
  run: (q: 'read/claims-by-id', params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>,
  ids: readonly string[],
): Promise<Map<string, Claim[]>> {
  const claims = await readClaims(run, ids);
  const stored = new Map<string, Claim[]>();
  ids.forEach((id, i) => {
    if (claims[i]!.length > 0) stored.set(id, claims[i]!);
  });
  return stored;
}

/** Records a committed batch: its sources, and the claims it left on each subject it wrote or deleted. */
export function rememberRun(memory: RunMemory, plan: ClaimWrite): void {
  if (memory === null) return;
  for (const s of plan.rows['write/sources']) {
    memory.sources.add(s.id);
    memory.published.set(s.id, s.publishedAt);
  }
  for (const { type, id } of plan.orphans) memory.subjects.get(id)?.delete(type);
  for (const { type, id, claims } of plan.written) {
    let byType = memory.subjects.get(id);
    if (!byType) memory.subjects.set(id, (byType = new Map()));
    byType.set(type, claims);
  }
}
