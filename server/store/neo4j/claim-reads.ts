// Reads of claims and disputes for the Neo4j store: claims are JSON on their subject (claim-codec.ts).
import { compareClaims, type Claim, type Dispute } from '../../domain/claims/claim.ts';
import { decodeClaim } from './claim-codec.ts';

type Rows = (query: 'read/claims-by-id', params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

/** A node's `claims` property, decoded and sorted. */
export function decodeStoredClaims(id: string, stored: unknown): Claim[] {
  if (!Array.isArray(stored)) throw new Error(`unexpected claims on ${id} in the graph`);
  return stored.map((json) => decodeClaim(id, String(json))).sort(compareClaims);
}

/** Each id's claims, in input order; [] for an unknown id. */
export async function readClaims(rows: Rows, ids: readonly string[]): Promise<Claim[][]> {
  if (ids.length === 0) return [];
  const found = await rows('read/claims-by-id', { ids: [...new Set(ids)] });
  // An id two types share comes back once per type: both subjects' claims are the id's.
  const byId = new Map<string, Claim[]>();
  for (const r of found) {
    const id = String(r.id);
    byId.set(id, [...(byId.get(id) ?? []), ...decodeStoredClaims(id, r.claims)].sort(compareClaims));
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** One row of read/dispute-page as a Dispute. */
export function toDispute(row: Record<string, unknown>): Dispute {
  const id = String(row.id);
  const field = String(row.field);
  const claims = decodeStoredClaims(id, row.claims).filter((c) => c.field === field);
  const subjectType = claims[0]?.subjectType;
  if (!subjectType) throw new Error(`disputed field ${field} of ${id} has no claims in the graph`);
  return { subjectType, subjectId: id, field, claims };
}
