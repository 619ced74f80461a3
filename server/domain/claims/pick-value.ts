// The tie-break for a field whose sources give different values: most sources, then the earliest publication,
// then the smallest source id. It looks only at the claims, never at the order they were loaded in.
import type { Claim, PublicationDates } from './claim.ts';

interface Candidate {
  value: string;
  sources: Set<string>;
  firstPublished: string;
  firstSourceId: string;
}

/** The value the rule shows among `claims` (non-empty). */
export function pickValue(claims: readonly Claim[], published: PublicationDates): Claim {
  const byValue = new Map<string, Candidate>();
  for (const c of claims) {
    const at = published.get(c.sourceId) ?? '9999-12-31';
    const cand = byValue.get(c.value);
    if (!cand) {
      byValue.set(c.value, {
        value: c.value,
        sources: new Set([c.sourceId]),
        firstPublished: at,
        firstSourceId: c.sourceId,
      });
      continue;
    }
    cand.sources.add(c.sourceId);
    if (at < cand.firstPublished) cand.firstPublished = at;
    if (c.sourceId < cand.firstSourceId) cand.firstSourceId = c.sourceId;
  }
  let best: Candidate | null = null;
  for (const cand of byValue.values()) if (!best || better(cand, best)) best = cand;
  return claims.find((c) => c.value === best!.value)!;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.sources.size !== b.sources.size) return a.sources.size > b.sources.size;
  if (a.firstPublished !== b.firstPublished) return a.firstPublished < b.firstPublished;
  if (a.firstSourceId !== b.firstSourceId) return a.firstSourceId < b.firstSourceId;
  return a.value < b.value;
}
