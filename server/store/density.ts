// Timeline density: how many items fall in each bucket of a window, per lane. The bucket grid and the way rows
// become lanes live here, once, so both adapters answer the same shape from their own aggregates.
import type { Precision } from '../../core/domain/types.ts';
import type { DateMatch } from './store.ts';
import { DAY_MS } from '../../core/timeline/date-extent.ts';

/** Lanes by the actors involved (participants, speakers) or by the item's kind (TimelineItem.kind). */
export type DensityLaneBy = 'ACTOR' | 'KIND';

export const MAX_DENSITY_BUCKETS = 1000;
export const MAX_DENSITY_LANES = 100;

export interface DensityQuery {
  /** Both ends known: the grid is cut from them. */
  window: { from: string; to: string };
  match: DateMatch;
  /** Items these actors take part in or say; empty means all (as for timeline). */
  actorIds: string[];
  /** The most buckets wanted, 1..MAX_DENSITY_BUCKETS; the grid may hold fewer (whole days each). */
  buckets: number;
  laneBy: DensityLaneBy;
  /** The most lanes answered, 1..MAX_DENSITY_LANES: the busiest, then by key. */
  lanes: number;
}

/** An inclusive span of ISO days. */
export interface DensityBucket {
  start: string;
  end: string;
}

export interface DensityLane {
  key: string;
  label: string;
  /** One count per bucket. */
  counts: number[];
}

/**
 * Each matching item is counted once, in the bucket holding its anchor day: its sortKey (earliest bound, else
 * latest) moved into the window when it lies outside (a long or open item that reaches in). So `counts` sums to
 * `total`. A month- or year-precision item thus sits on its first day; `precisions` says how many of each bucket's
 * items are known only that coarsely, so a view can draw them apart rather than as a spike on the 1st.
 */
export interface Density {
  buckets: DensityBucket[];
  /** Items per bucket (each once). */
  counts: number[];
  /** Per actor or kind; an item with two actors counts in both lanes. */
  lanes: DensityLane[];
  /** Per precision present ('day', 'month', 'year', 'open'): the bucket counts split by how finely dates are known. */
  precisions: DensityLane[];
  total: number;
}

const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Equal buckets of whole days covering the window; the last may be shorter. */
export class DensityGrid {
  readonly first: number;
  readonly last: number;
  /** Days per bucket. */
  readonly width: number;
  readonly size: number;

  constructor(window: { from: string; to: string }, buckets: number) {
    this.first = dayNumber(window.from);
    this.last = dayNumber(window.to);
    const days = this.last - this.first + 1;
    this.width = Math.ceil(days / Math.max(1, buckets));
    this.size = Math.ceil(days / this.width);
  }

  buckets(): DensityBucket[] {
    return Array.from({ length: this.size }, (_, i) => {
      const start = this.first + i * this.width;
      return { start: isoOf(start), end: isoOf(Math.min(start + this.width - 1, this.last)) };
    });
  }

  /** Items share days (a few thousand distinct keys for 100k items): parse each day once. */
  private readonly known = new Map<string, number>();

  /** The bucket of an item's anchor day (its sortKey, clamped into the window). */
  bucketOf(sortKey: string): number {
    let bucket = this.known.get(sortKey);
    if (bucket === undefined) {
      const day = Math.min(this.last, Math.max(this.first, dayNumber(sortKey)));
      this.known.set(sortKey, (bucket = Math.floor((day - this.first) / this.width)));
    }
    return bucket;
  }
}

/** Adds `count` to one bucket of a keyed lane, making the lane on first use. */
export function addTo(lanes: Map<string, number[]>, key: string, bucket: number, count: number, size: number): void {
  let counts = lanes.get(key);
  if (!counts) lanes.set(key, (counts = new Array<number>(size).fill(0)));
  counts[bucket]! += count;
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The busiest `limit` lanes, ties by key, labelled. */
export function topLanes(
  lanes: ReadonlyMap<string, number[]>,
  limit: number,
  labelOf: (key: string) => string,
): DensityLane[] {
  return [...lanes]
    .map(([key, counts]) => ({ key, counts, total: sum(counts) }))
    .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(({ key, counts }) => ({ key, label: labelOf(key), counts }));
}

const PRECISION_ORDER: readonly Precision[] = ['day', 'month', 'year', 'open'];
const PRECISION_LABEL: Record<Precision, string> = {
  day: 'known to the day',
  month: 'known to the month',
  year: 'known to the year',
  open: 'open-ended',
};

/** The precision layers present, finest first. */
export function precisionLayers(byPrecision: ReadonlyMap<string, number[]>): DensityLane[] {
  return PRECISION_ORDER.flatMap((p) => {
    const counts = byPrecision.get(p);
    return counts ? [{ key: p, label: PRECISION_LABEL[p], counts }] : [];
  });
}

/** Per-bucket totals from the precision layers (every item has exactly one precision). */
export function bucketTotals(layers: readonly DensityLane[], size: number): number[] {
  const totals = new Array<number>(size).fill(0);
  for (const l of layers) l.counts.forEach((c, i) => (totals[i]! += c));
  return totals;
}

/** The answer from a store's tallies: per-precision layers, whose sum per bucket is the bucket's count, and lanes. */
export function densityOf(
  grid: DensityGrid,
  byPrecision: ReadonlyMap<string, number[]>,
  lanes: DensityLane[],
  total: number,
): Density {
  const precisions = precisionLayers(byPrecision);
  return { buckets: grid.buckets(), counts: bucketTotals(precisions, grid.size), lanes, precisions, total };
}
