// Claims are stored on their subject node as a list of JSON strings, one per claim (Neo4j properties hold no
// maps): compact, read and written whole whenever the subject changes, and decoded only here.
import type { Claim, ClaimSubjectType } from '../../domain/claims/claim.ts';
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

export function encodeClaim(c: Claim): string {
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
