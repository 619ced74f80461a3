// What a batch's write transaction reads before it writes: the claims already in the graph of every subject the
// batch touches (or that a re-seeded or removed source supported), and the publication days the rule's tie-break
// needs. On a first seed into an empty graph only subjects an earlier batch wrote are read.
import type { ManagedTransaction } from 'neo4j-driver';
import type { ParsedArticle } from '../../article/parsed-article.ts';
import type { Claim } from '../../domain/claims/claim.ts';
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

/** What this run has written, when it began on an empty graph; null when the graph held facts (anything may exist). */
export type SeenInRun = { subjects: Set<string>; sources: Set<string> } | null;

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
  seen: SeenInRun,
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
  const toRead = [...new Set([...(seen === null ? fresh : fresh.filter((id) => seen.subjects.has(id))), ...affected])];
  const claims = await readClaims(run, toRead);
  const stored = new Map<string, Claim[]>();
  toRead.forEach((id, i) => {
    if (claims[i]!.length > 0) stored.set(id, claims[i]!);
  });
  const published = new Map(batch.map((a) => [a.source.id, a.source.publishedAt] as const));
  const others = [...new Set([...stored.values()].flat().map((c) => c.sourceId))].filter((s) => !published.has(s));
  if (others.length > 0)
    for (const r of await run('write/published-dates', { sourceIds: others }))
      published.set(String(r.id), String(r.publishedAt));
  return claimWrite(batch, stored, new Set(sourceIds), published);
}

/** Records a committed batch, so later batches of the run read what it wrote. */
export function rememberSeen(seen: SeenInRun, batch: readonly ParsedArticle[]): void {
  if (seen === null) return;
  for (const a of batch) {
    seen.sources.add(a.source.id);
    for (const id of subjectIds(a)) seen.subjects.add(id);
  }
}
