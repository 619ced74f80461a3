// Claims are stored on their subject node as a list of JSON strings, one per claim (Neo4j properties hold no
// maps): compact, read and written whole whenever the subject changes, and decoded only here (by the store's reads
// and by the writer, which reconciles a batch with the claims already stored).
import { compareClaims, type Claim, type ClaimSubjectType, type Dispute } from '../../domain/claims/claim.ts';
import { CLAIM_FIELDS } from '../../domain/claims/claim-fields.ts';
import { parseFuzzyDate } from '../../../core/dates/fuzzy-date.ts';

interface StoredClaim {
  t: ClaimSubjectType;
  f: string;
  v: string;
  s: string;
  /** Evidence spans as [start, end, quote]. */
  e: Array<[number, number, string]>;
}

/**
 * Encodings already made: a first seed rewrites a subject's whole list whenever a batch adds to it, and the claims of
 * earlier batches are the same objects (claim-batch.ts remembers them), so each is encoded once.
 */
const encoded = new WeakMap<Claim, string>();

export function encodeClaim(c: Claim): string {
  let json = encoded.get(c);
  if (json === undefined) encoded.set(c, (json = encodeNew(c)));
  return json;
}

/** A claim's encoding, not remembered: a bulk first seed encodes each claim once (a WeakMap of millions costs more). */
export function encodeNew(c: Claim): string {
  const stored: StoredClaim = {
    t: c.subjectType,
    f: c.field,
    v: c.value,
    s: c.sourceId,
    e: c.evidence.map((e) => [e.start, e.end, e.quote]),
  };
  return JSON.stringify(stored);
}

const TYPES = Object.keys(CLAIM_FIELDS) as ClaimSubjectType[];

export function decodeClaim(subjectId: string, json: string): Claim {
  const c = JSON.parse(json) as StoredClaim;
  if (!TYPES.includes(c.t) || typeof c.f !== 'string' || typeof c.v !== 'string' || !Array.isArray(c.e))
    throw new Error(`unexpected claim on ${subjectId} in the graph: ${json}`);
  return {
    subjectType: c.t,
    subjectId,
    field: c.f,
    value: c.v,
    date: CLAIM_FIELDS[c.t][c.f] === 'date' ? parseFuzzyDate(c.v) : null,
    sourceId: c.s,
    evidence: c.e.map(([start, end, quote]) => ({ sourceId: c.s, start, end, quote })),
  };
}

/** A node's `claims` property, decoded and sorted. */
export function decodeStoredClaims(id: string, stored: unknown): Claim[] {
  if (!Array.isArray(stored)) throw new Error(`unexpected claims on ${id} in the graph`);
  return stored.map((json) => decodeClaim(id, String(json))).sort(compareClaims);
}

type Rows = (query: 'read/claims-by-id', params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

/** Each id's claims, in input order; [] for an unknown id. The store's reads and the writer's plan both ask. */
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
