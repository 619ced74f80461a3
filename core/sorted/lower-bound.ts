// Binary search over numbers sorted ascending, shared by the client's timeline index and the embedded store's
// density index (both keep packed typed arrays, so a comparator-based bisector would cost a call per step).

/** First position in `sorted` whose value is >= v (sorted.length when none is). */
export function lowerBound(sorted: ArrayLike<number>, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
