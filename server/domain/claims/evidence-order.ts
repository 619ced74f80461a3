import type { Evidence } from '../../../core/domain/types.ts';

export function compareEvidence(a: Evidence, b: Evidence): number {
  return a.sourceId < b.sourceId ? -1 : a.sourceId > b.sourceId ? 1 : a.start - b.start || a.end - b.end;
}

/** The spans of several lists, sorted by (source, start, end), one per position. */
export function unionEvidence(lists: ReadonlyArray<readonly Evidence[]>): Evidence[] {
  return unionBySource(lists) ?? sortedUnion(lists);
}

function sortedUnion(lists: ReadonlyArray<readonly Evidence[]>): Evidence[] {
  const all = lists.length === 1 ? [...lists[0]!] : lists.flat();
  if (all.length < 2) return all;
  all.sort(compareEvidence);
  return all.filter((e, i) => i === 0 || compareEvidence(all[i - 1]!, e) !== 0);
}

/**
 * The usual case, without sorting every span: each list one source's spans in strictly increasing order, no two
 * lists of the same source (a subject's evidence is one list per source). Then the union is the lists end to end
 * in source order: the same spans in the same order as sortedUnion gives. A hub actor has thousands of spans,
 * and sorting them by a string comparison was 0.7 s of the 100k start-up. Null when the lists are not like that.
 */
function unionBySource(lists: ReadonlyArray<readonly Evidence[]>): Evidence[] | null {
  const bySource: (readonly Evidence[])[] = [];
  for (const list of lists) {
    if (list.length === 0) continue;
    const sourceId = list[0]!.sourceId;
    for (let i = 1; i < list.length; i++) {
      const e = list[i]!;
      if (e.sourceId !== sourceId || compareEvidence(list[i - 1]!, e) >= 0) return null;
    }
    bySource.push(list);
  }
  const sourceOf = (l: readonly Evidence[]) => l[0]!.sourceId;
  bySource.sort((a, b) => (sourceOf(a) < sourceOf(b) ? -1 : sourceOf(a) > sourceOf(b) ? 1 : 0));
  for (let i = 1; i < bySource.length; i++) if (sourceOf(bySource[i - 1]!) === sourceOf(bySource[i]!)) return null;
  return bySource.length === 1 ? [...bySource[0]!] : bySource.flat();
}
