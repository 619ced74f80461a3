// The rows of cypher/read/search.cypher as search candidates: the same ones the embedded store builds
// (search-candidates.ts), so rankHits answers alike on both stores.
import type { SearchCandidate } from '../rank-hits.ts';
import { searchKindOf, sourceCandidate, subjectCandidates } from '../search-candidates.ts';
import { decodeStoredClaims } from './claim-codec.ts';
import type { ClaimSubjectType } from '../../domain/claims/claim.ts';

export function searchCandidatesOf(rows: ReadonlyArray<Record<string, unknown>>): SearchCandidate[] {
  return rows.flatMap((r): SearchCandidate[] => {
    const id = String(r['id']);
    if (r['type'] === 'Source') return [sourceCandidate({ id, title: String(r['title']), text: String(r['text']) })];
    const searchText = r['searchText'];
    if (typeof searchText === 'string') {
      // The writer stored subjectCandidates' texts one per line, by source id, for the sources in reportedBy; the
      // query sent them only when the counts agree, so line i is source i's candidate.
      const kind = searchKindOf(r['type'] as ClaimSubjectType);
      const texts = searchText.split('\n');
      const sourceIds = (r['sourceIds'] as unknown[]).map(String);
      return kind ? sourceIds.map((sourceId, i) => ({ kind, id, sourceId, text: texts[i]! })) : [];
    }
    const claims = decodeStoredClaims(id, r['claims']);
    const type = claims[0]?.subjectType;
    return type ? subjectCandidates(type, id, claims) : [];
  });
}
