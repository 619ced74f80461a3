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

/** A subject's candidates, one per source, by source id; none for a relationship. `claims` are sorted (compareClaims). */
export function subjectCandidates(type: ClaimSubjectType, id: string, claims: readonly Claim[]): SearchCandidate[] {
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
      text: `${values.join(' · ')} — ${[...quotes].join(' … ')}`,
    }));
}

export function sourceCandidate(source: Pick<Source, 'id' | 'title' | 'text'>): SearchCandidate {
  return { kind: 'SOURCE', id: source.id, sourceId: source.id, text: `${source.title} — ${source.text}` };
}
