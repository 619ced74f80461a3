// The tie-break for a field whose sources give different values: most sources, then the earliest publication,
// then the smallest source id. It looks only at the claims, never at the order they were loaded in.
import { MAX_DAY } from '../../../core/dates/day-range.ts';
import type { Claim, PublicationDates } from './claim.ts';

/**
 * The value the rule shows among `claims` (non-empty, of one field, sorted by value then source as compareClaims
 * sorts them): the first claim of the winning value. Sorted claims hold each value in one run, sources ascending,
 * so a run is read once, with no per-value map (this runs for every field of ~180k subjects at 100k events).
 */
export function pickValue(claims: readonly Claim[], published: PublicationDates): Claim {
  let best: Candidate | null = null;
  for (let i = 0; i < claims.length;) {
    const first = claims[i]!;
    const cand: Candidate = { claim: first, sources: 0, firstPublished: '', firstSourceId: first.sourceId };
    let lastSource: string | null = null;
    for (; i < claims.length && claims[i]!.value === first.value; i++) {
      const { sourceId } = claims[i]!;
      if (sourceId === lastSource) continue;
      lastSource = sourceId;
      cand.sources++;
      const at = published.get(sourceId) ?? MAX_DAY;
      if (cand.firstPublished === '' || at < cand.firstPublished) cand.firstPublished = at;
    }
    if (!best || better(cand, best)) best = cand;
  }
  return best!.claim;
}

interface Candidate {
  claim: Claim;
  /** Distinct sources giving the value. */
  sources: number;
  firstPublished: string;
  /** The smallest: the run's first, as sources are sorted within a value. */
  firstSourceId: string;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.sources !== b.sources) return a.sources > b.sources;
  if (a.firstPublished !== b.firstPublished) return a.firstPublished < b.firstPublished;
  if (a.firstSourceId !== b.firstSourceId) return a.firstSourceId < b.firstSourceId;
  return a.claim.value < b.claim.value;
}
