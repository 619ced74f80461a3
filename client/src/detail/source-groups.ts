// Evidence grouped by the source it comes from, and a disputed field's claims grouped by what they say:
// the evidence panel reads "who says what" from these. Pure, so the grouping rules are unit-tested.
import type { ApiClaim, ApiDispute, ApiEvidence, ApiSource } from '../../../core/api/api-types.ts';

export interface SourceGroup {
  source: ApiSource;
  spans: ApiEvidence[];
}

/**
 * Spans by source, sources in the order given (the API lists an item's sources by publication date), any
 * other source after them in order of first appearance; spans keep their order within a source.
 */
export function groupBySource(spans: readonly ApiEvidence[], order: readonly ApiSource[] = []): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const s of order) groups.set(s.id, { source: s, spans: [] });
  for (const span of spans) {
    const group = groups.get(span.source.id);
    if (group) group.spans.push(span);
    else groups.set(span.source.id, { source: span.source, spans: [span] });
  }
  return [...groups.values()].filter((g) => g.spans.length > 0);
}

/** One side of a dispute: a value and every source that claims it. */
export interface ClaimSide {
  value: string;
  label: string;
  sources: ApiSource[];
  claims: ApiClaim[];
}

/** The claims of a dispute by value (sources agreeing share a side), in the order the claims come. */
export function claimSides(dispute: ApiDispute, labelOf: (claim: ApiClaim) => string): ClaimSide[] {
  const sides = new Map<string, ClaimSide>();
  for (const claim of dispute.claims) {
    const side = sides.get(claim.value);
    if (side) {
      side.claims.push(claim);
      if (!side.sources.some((s) => s.id === claim.source.id)) side.sources.push(claim.source);
    } else
      sides.set(claim.value, { value: claim.value, label: labelOf(claim), sources: [claim.source], claims: [claim] });
  }
  return [...sides.values()];
}

/** "Thin Line News: National Palace press conference · The Daily Beast, Newsweek: speech, 3 May 2025". */
export function sidesSummary(sides: readonly ClaimSide[]): string {
  return sides.map((s) => `${[...new Set(s.sources.map((x) => x.publisher))].join(', ')}: ${s.label}`).join(' · ');
}
