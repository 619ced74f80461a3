// Greedy first-fit packing of horizontal extents into rows, so marks and labels in a lane never overlap.

export interface Extent {
  start: number;
  end: number;
}

/**
 * Assigns each extent (in the given order, which should be by start) the first row whose last
 * extent ends at least `gap` before it starts. Returns the row of each extent and the row count.
 */
export function packRows(extents: readonly Extent[], gap: number): { rows: number[]; count: number } {
  const rowEnds: number[] = [];
  const rows = extents.map((e) => {
    let row = rowEnds.findIndex((end) => end + gap <= e.start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(e.end);
    } else {
      rowEnds[row] = e.end;
    }
    return row;
  });
  return { rows, count: rowEnds.length };
}
