// What the client asks about claims and disputes (server/graphql/schema/claims.graphql: Claim, Dispute).
import type { FuzzyDate } from '../domain/types.ts';
import type { ApiEvidence, ApiSource } from './api-types.ts';

/** One source's claim, as the evidence panel shows it. */
export interface ApiClaim {
  field: string;
  /** The EDTF string for a date, an id for a reference (event, speaker, quotedIn), the text otherwise. */
  value: string;
  date: FuzzyDate | null;
  source: ApiSource;
  evidence: ApiEvidence[];
}

export interface ApiDispute {
  field: string;
  claims: ApiClaim[];
}

/**
 * A disputed field of a timeline item, as the timeline query asks for it: enough to mark the item and, for a
 * date, to draw each source's range.
 */
export interface DisputeField {
  field: string;
  claims: Array<{ date: FuzzyDate | null; source: { id: string; publisher: string } }>;
}
