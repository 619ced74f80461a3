// Density for the embedded store without a pass over every matching item: the timeline's items kept as sorted day
// numbers per precision, kind and actor, so a window's bucket counts are two binary searches per bucket and lane
// (memory-density.ts walks every item in the window: 40-175 ms at 20k items, linear in the corpus).
//
// Each item has an anchor day (its sortKey: earliest bound, else latest), and items are grouped so that, for a
// window [from, to] and a match mode, whether an item matches depends on its anchor alone, except near one edge:
// - closed items spanning at most S days (tiers: a month, a year, a decade): an anchor in [from, to] overlaps the
//   window and possibly meets it; it lies WITHIN when the anchor is in [from, to - S]. The uncertain edge (anchors
//   up to S days before `from`, or the last S days for WITHIN) is tested item by item with dateMatches;
// - items with one bound open: they OVERLAP when their one bound is in the window, and never lie WITHIN; POSSIBLY
//   matches every earlier-starting one (latest only, anchor >= from) or later-ending one (earliest only, anchor <=
//   to), whose anchors outside the window count in its first or last bucket, as DensityGrid clamps them.
// Closed items longer than the last tier are tested one by one. The answer is memoryDensity's (the tests compare).
import type { TimelineItem } from '../../../core/domain/types.ts';
import { sortKeyOf } from '../../../core/dates/fuzzy-date.ts';
import { addTo, DensityGrid, densityOf, topLanes, type Density, type DensityQuery } from '../density.ts';
import { dateMatches } from '../window.ts';
import { actorsOf, kindOf } from './memory-density.ts';
import { lowerBound } from '../../../core/sorted/lower-bound.ts';
import { TopKeys } from './top-keys.ts';

const DAY_MS = 86_400_000;
/** The longest span of each tier, in days: month precision, year precision, a decade. */
const TIER_SPANS = [31, 400, 4000] as const;

type Keyed = Map<string, Int32Array>;

/** A closed tier's longest span in days, or which bound an open item has. */
type Group = number | 'earliest only' | 'latest only';

/** One group's items as sorted anchor days, overall and per precision, kind and actor. */
interface Tier {
  group: Group;
  items: TimelineItem[];
  days: Int32Array;
  precisions: Keyed;
  kinds: Keyed;
  actors: Keyed;
}

/** How many of the sorted days lie in [lo, hi]. */
const countIn = (days: Int32Array, lo: number, hi: number) =>
  hi < lo ? 0 : lowerBound(days, hi + 1) - lowerBound(days, lo);

function toKeyed(lists: Map<string, number[]>): Keyed {
  return new Map([...lists].map(([k, days]) => [k, Int32Array.from(days)]));
}

export class DensityIndex {
  private readonly tiers: Tier[];
  /** Open items and items longer than the last tier: always tested. */
  private readonly loose: TimelineItem[] = [];
  private readonly dayOf = new Map<string, number>();
  /** Every actor with its sorted days per tier (undefined where none) and its items overall, most items first. */
  private readonly ranked: RankedActor[];

  /** `sorted`: the timeline in (sortKey, id) order, so each tier's days come out sorted. */
  constructor(
    sorted: readonly TimelineItem[],
    private readonly actorName: (id: string) => string | null,
  ) {
    const groups: Group[] = [...TIER_SPANS, 'earliest only', 'latest only'];
    const building = groups.map((group) => ({
      group,
      items: [] as TimelineItem[],
      days: [] as number[],
      precisions: new Map<string, number[]>(),
      kinds: new Map<string, number[]>(),
      actors: new Map<string, number[]>(),
    }));
    const push = (lists: Map<string, number[]>, key: string, day: number) => {
      const list = lists.get(key);
      if (list) list.push(day);
      else lists.set(key, [day]);
    };
    for (const t of sorted) {
      const d = t.date;
      // An undated item never matches a window, and density's window always has both ends.
      if (!d || (d.earliest === null && d.latest === null)) continue;
      const group =
        d.latest === null
          ? 'earliest only'
          : d.earliest === null
            ? 'latest only'
            : this.tierOf(this.day(d.latest) - this.day(d.earliest));
      const tier = building.find((b) => b.group === group);
      if (!tier) {
        this.loose.push(t);
        continue;
      }
      const day = this.day(sortKeyOf(d));
      tier.items.push(t);
      tier.days.push(day);
      push(tier.precisions, d.precision, day);
      push(tier.kinds, kindOf(t), day);
      for (const a of actorsOf(t)) if (actorName(a) !== null) push(tier.actors, a, day);
    }
    this.tiers = building.map((b) => ({
      group: b.group,
      items: b.items,
      days: Int32Array.from(b.days),
      precisions: toKeyed(b.precisions),
      kinds: toKeyed(b.kinds),
      actors: toKeyed(b.actors),
    }));
    const byKey = new Map<string, RankedActor>();
    const actor = (key: string) => {
      let a = byKey.get(key);
      if (!a) byKey.set(key, (a = { key, perTier: new Array(this.tiers.length), items: 0 }));
      return a;
    };
    this.tiers.forEach((tier, i) => {
      for (const [key, days] of tier.actors) {
        const a = actor(key);
        a.perTier[i] = days;
        a.items += days.length;
      }
    });
    for (const t of this.loose) for (const key of actorsOf(t)) if (actorName(key) !== null) actor(key).items++;
    this.ranked = [...byKey.values()].sort((a, b) => b.items - a.items);
  }

  /** A closed item's tier by its span; none (tested item by item) past the last, or when the bounds are reversed. */
  private tierOf(span: number): number | undefined {
    return span < 0 ? undefined : TIER_SPANS.find((max) => span <= max);
  }

  private day(iso: string): number {
    let n = this.dayOf.get(iso);
    if (n === undefined) this.dayOf.set(iso, (n = Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS)));
    return n;
  }

  /** The same answer as memoryDensity over the window's matching items; for queries without actorIds. */
  density(q: DensityQuery): Density {
    const grid = new DensityGrid(q.window, q.buckets);
    // The uncertain items, counted one by one.
    const byPrecision = new Map<string, number[]>();
    const kinds = new Map<string, number[]>();
    const actors = new Map<string, number[]>();
    const tally = (t: TimelineItem) => {
      if (!dateMatches(t.date, q.window, q.match)) return;
      const b = grid.bucketOf(sortKeyOf(t.date));
      addTo(byPrecision, t.date!.precision, b, 1, grid.size);
      if (q.laneBy === 'KIND') addTo(kinds, kindOf(t), b, 1, grid.size);
      else for (const a of actorsOf(t)) if (this.actorName(a) !== null) addTo(actors, a, b, 1, grid.size);
    };
    const cores = this.tiers.map((tier) => {
      const plan = planFor(tier.group, grid, q.match);
      if (plan.edge)
        for (let i = lowerBound(tier.days, plan.edge[0]), end = lowerBound(tier.days, plan.edge[1] + 1); i < end; i++)
          tally(tier.items[i]!);
      return { tier, ...plan };
    });
    for (const t of this.loose) tally(t);

    /** A key's counts per bucket: its core items in each tier plus its uncertain ones. */
    const countsOf = (pick: (tier: Tier) => Int32Array | undefined, uncertain: number[] | undefined) => {
      const counts = uncertain ? [...uncertain] : new Array<number>(grid.size).fill(0);
      for (const core of cores) {
        const days = pick(core.tier);
        if (!days) continue;
        const { lo, hi } = core;
        // One binary search per bucket edge, the edges clamped to [lo, hi + 1]: a bucket's count is the
        // difference of its two edges' positions.
        if (hi >= lo && days.length > 0 && days[0]! <= hi && days[days.length - 1]! >= lo) {
          const at = (b: number) => lowerBound(days, Math.min(Math.max(grid.first + b * grid.width, lo), hi + 1));
          let start = at(0);
          for (let b = 0; b < grid.size; b++) {
            const end = at(b + 1);
            counts[b]! += end - start;
            start = end;
          }
        }
        counts[0]! += belowCount(core, days, grid);
        counts[grid.size - 1]! += aboveCount(core, days, grid);
      }
      return counts;
    };
    const sumOf = (uncertain: number[] | undefined) => (uncertain ? uncertain.reduce((a, b) => a + b, 0) : 0);
    const totalOf = (pick: (tier: Tier) => Int32Array | undefined, uncertain: number[] | undefined) => {
      let total = sumOf(uncertain);
      for (const core of cores) {
        const days = pick(core.tier);
        if (days) total += coreCount(core, days, grid);
      }
      return total;
    };
    /** The keys present (with at least one item in the window), as the tallies of memoryDensity would hold them. */
    const present = (which: 'precisions' | 'kinds', uncertain: Map<string, number[]>) => {
      const keys = new Set(uncertain.keys());
      for (const { tier } of cores) for (const k of tier[which].keys()) keys.add(k);
      const totals = [...keys]
        .map((key) => ({ key, total: totalOf((tier) => tier[which].get(key), uncertain.get(key)) }))
        .filter((k) => k.total > 0)
        .sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return new Map(totals.map(({ key }) => [key, countsOf((tier) => tier[which].get(key), uncertain.get(key))]));
    };

    const precisions = present('precisions', byPrecision);
    const total = [...precisions.values()].reduce((sum, counts) => sum + counts.reduce((a, b) => a + b, 0), 0);
    const lanes =
      q.laneBy === 'KIND'
        ? topLanes(present('kinds', kinds), q.lanes, (key) => key)
        : topLanes(
            this.busiestActors(grid, cores, actors, q.lanes, countsOf),
            q.lanes,
            (key) => this.actorName(key) ?? key,
          );
    return densityOf(grid, precisions, lanes, total);
  }

  /**
   * The `limit` busiest actors' counts. Ranking needs each actor's total in the window (10k actors at 100k events),
   * so actors are visited by their items overall, most first, and the visit stops where even all of an actor's
   * items could not reach the last kept total: for the whole range after about `limit` actors. A total is counted
   * from the actor's days per tier (no search when they all lie in the window); only the kept are counted per bucket.
   */
  private busiestActors(
    grid: DensityGrid,
    cores: readonly Core[],
    uncertain: ReadonlyMap<string, number[]>,
    limit: number,
    countsOf: (pick: (tier: Tier) => Int32Array | undefined, uncertain: number[] | undefined) => number[],
  ): Map<string, number[]> {
    const top = new TopKeys(limit);
    for (const { key, perTier, items } of this.ranked) {
      const last = top.best.length === limit ? top.best[limit - 1]!.total : 0;
      // An actor's window total is at most its items overall: ties may still win on their key.
      if (items < last) break;
      let total = uncertain.get(key)?.reduce((a, b) => a + b, 0) ?? 0;
      for (let i = 0; i < cores.length; i++) {
        const days = perTier[i];
        if (days) total += coreCount(cores[i]!, days, grid);
      }
      top.offer(key, total);
    }
    const pickOf = (key: string) => (tier: Tier) => tier.actors.get(key);
    return new Map(top.best.map(({ key }) => [key, countsOf(pickOf(key), uncertain.get(key))]));
  }
}

/** An actor's sorted days per tier and how many items it has in all (tiers and loose). */
interface RankedActor {
  key: string;
  perTier: (Int32Array | undefined)[];
  items: number;
}

/** A tier's plan for one query. */
interface Core extends Plan {
  tier: Tier;
}

/** Sorted days before the window that count in the first bucket (`below`). */
function belowCount({ below }: Plan, days: Int32Array, grid: DensityGrid): number {
  return below && days.length > 0 && days[0]! < grid.first ? lowerBound(days, grid.first) : 0;
}

/** Sorted days after the window that count in the last bucket (`above`). */
function aboveCount({ above }: Plan, days: Int32Array, grid: DensityGrid): number {
  return above && days.length > 0 && days[days.length - 1]! > grid.last
    ? days.length - lowerBound(days, grid.last + 1)
    : 0;
}

/** How many of a tier's sorted days its plan counts for sure: all of them, without a search, when all lie in [lo, hi]. */
function coreCount(core: Plan, days: Int32Array, grid: DensityGrid): number {
  const n = days.length;
  if (n === 0) return 0;
  const { lo, hi } = core;
  const inside = hi < lo ? 0 : days[0]! >= lo && days[n - 1]! <= hi ? n : countIn(days, lo, hi);
  return inside + belowCount(core, days, grid) + aboveCount(core, days, grid);
}

/**
 * Which anchors of a group match for sure: [lo, hi]; all those before the window (`below`, counted in the first
 * bucket) or after it (`above`, in the last); and the `edge` of anchors to test item by item (see the top).
 */
interface Plan {
  lo: number;
  hi: number;
  below: boolean;
  above: boolean;
  edge: readonly [number, number] | null;
}

function planFor(group: Group, grid: DensityGrid, match: DensityQuery['match']): Plan {
  const { first, last } = grid;
  const inWindow = { lo: first, hi: last, below: false, above: false, edge: null };
  const none = { lo: 1, hi: 0, below: false, above: false, edge: null };
  if (typeof group === 'number')
    return match === 'WITHIN'
      ? { ...inWindow, hi: last - group, edge: [Math.max(first, last - group + 1), last] }
      : { ...inWindow, edge: [first - group, first - 1] };
  if (match === 'WITHIN') return none;
  if (match === 'OVERLAPS') return inWindow;
  return group === 'earliest only' ? { ...inWindow, below: true } : { ...inWindow, above: true };
}
