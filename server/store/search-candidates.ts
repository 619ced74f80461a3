// What search matches, for both stores: one candidate per subject and source (that source's names, titles,
// descriptions or wording of a statement, then its evidence quotes for the subject), and each source's title and
// text. Matching every source's words, not only the shown ones, means a merge never makes an earlier hit disappear.
import type { Claim, ClaimSubjectType } from '../domain/claims/claim.ts';
import type { SearchHitKind, Source } from '../../core/domain/types.ts';
import type { SearchCandidate } from './rank-hits.ts';

const SEARCHED: Partial<Record<ClaimSubjectType, { kind: SearchHitKind; fields: readonly string[] }>> = {
  Actor: { kind: 'ACTOR', fields: ['name', 'aliases'] },
  Event: { kind: 'EVENT', fields: ['title', 'description', 'location'] },
  Statement: { kind: 'STATEMENT', fields: ['text'] },
};

/** The kind of hit a subject type's candidates make; null for a type search does not match (relationships). */
export function searchKindOf(type: ClaimSubjectType): SearchHitKind | null {
  return SEARCHED[type]?.kind ?? null;
}

/** A candidate before its text is joined: the pieces it is made of, each matched as words of its own. */
export interface CandidateParts extends Omit<SearchCandidate, 'text'> {
  parts: readonly string[];
  /** How many of `parts` are values; the rest are evidence quotes (or a source's title, then its text). */
  values: number;
}

/** A subject's candidates as parts, one per source, by source id; none for a relationship. */
export function subjectCandidateParts(type: ClaimSubjectType, id: string, claims: readonly Claim[]): CandidateParts[] {
  const searched = SEARCHED[type];
  if (!searched) return [];
  const bySource = new Map<string, { values: string[]; quotes: Set<string> }>();
  for (const c of claims) {
    let entry = bySource.get(c.sourceId);
    if (!entry) bySource.set(c.sourceId, (entry = { values: [], quotes: new Set() }));
    if (searched.fields.includes(c.field)) entry.values.push(c.value);
    if (c.field !== 'links') for (const e of c.evidence) entry.quotes.add(e.quote);
  }
  return [...bySource.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([sourceId, { values, quotes }]) => ({
      kind: searched.kind,
      id,
      sourceId,
      parts: [...values, ...quotes],
      values: values.length,
    }));
}

/**
 * The text a candidate is matched on and shown from. Every separator starts and ends with a space, so the text's
 * words are the union of its parts' words (the embedded index tokenises parts once each and relies on this).
 */
export function candidateText(c: CandidateParts): string {
  if (c.kind === 'SOURCE') return `${c.parts[0]} — ${c.parts[1]}`;
  return `${c.parts.slice(0, c.values).join(' · ')} — ${c.parts.slice(c.values).join(' … ')}`;
}

const withText = (c: CandidateParts): SearchCandidate => ({
  kind: c.kind,
  id: c.id,
  sourceId: c.sourceId,
  text: candidateText(c),
});

/** A subject's candidates, one per source, by source id; none for a relationship. `claims` are sorted (compareClaims). */
export function subjectCandidates(type: ClaimSubjectType, id: string, claims: readonly Claim[]): SearchCandidate[] {
  return subjectCandidateParts(type, id, claims).map(withText);
}

export function sourceCandidateParts(source: Pick<Source, 'id' | 'title' | 'text'>): CandidateParts {
  return { kind: 'SOURCE', id: source.id, sourceId: source.id, parts: [source.title, source.text], values: 1 };
}

export function sourceCandidate(source: Pick<Source, 'id' | 'title' | 'text'>): SearchCandidate {
  return withText(sourceCandidateParts(source));
}
