// The busiest few keys out of many (density lanes: 20 actors out of 10k at 100k events, 100k at 1M), chosen by
// inserting into a short sorted list instead of sorting every key: a key that does not beat the last kept costs
// one comparison.

export interface Ranked {
  key: string;
  total: number;
}

/** Whether `a` ranks before `b`: the larger total, ties by key (the order topLanes in density.ts uses). */
const before = (a: Ranked, b: Ranked) => a.total > b.total || (a.total === b.total && a.key < b.key);

/** Keeps the `limit` best keys offered, best first; keys with a total of 0 are never kept. */
export class TopKeys {
  readonly best: Ranked[] = [];

  constructor(private readonly limit: number) {}

  offer(key: string, total: number): void {
    if (total <= 0 || this.limit <= 0) return;
    const r = { key, total };
    const kept = this.best;
    if (kept.length === this.limit && !before(r, kept[kept.length - 1]!)) return;
    let i = kept.length;
    while (i > 0 && before(r, kept[i - 1]!)) i--;
    kept.splice(i, 0, r);
    if (kept.length > this.limit) kept.pop();
  }
}
