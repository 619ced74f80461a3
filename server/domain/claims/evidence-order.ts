import type { Evidence } from '../../../core/domain/types.ts';

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end;
}

/** The spans of several lists, sorted by (source, start, end), one per position. */
export function unionEvidence(lists: ReadonlyArray<readonly Evidence[]>): Evidence[] {
  const all = lists.length === 1 ? [...lists[0]!] : lists.flat();
  if (all.length < 2) return all;
  all.sort(compareEvidence);
  return all.filter((e, i) => i === 0 || compareEvidence(all[i - 1]!, e) !== 0);
}
