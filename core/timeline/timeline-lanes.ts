// Which lane each entry goes in (by its first actor, or by kind) and the order lanes are stacked in.
import type { ActorKind } from '../domain/types.ts';
import { humanizeKind } from '../palette/palette.ts';
import type { LaneBy, TimelineEntry } from './timeline-entry.ts';

export interface LaneSpec {
  key: string;
  label: string;
  /** The actor's kind, for actor lanes (the view draws its legend glyph). */
  actorKind: ActorKind | null;
}

export const NO_ACTOR_LANE = '__none';
export const OTHER_ACTORS_LANE = '__other';

function laneOf(entry: TimelineEntry, laneBy: LaneBy): LaneSpec {
  if (laneBy === 'kind') {
    return entry.kind === 'statement'
      ? { key: 'statement', label: 'Statements', actorKind: null }
      : { key: entry.kind, label: humanizeKind(entry.kind), actorKind: null };
  }
  const actor = entry.actors[0];
  return actor
    ? { key: actor.id, label: actor.name, actorKind: actor.kind }
    : { key: NO_ACTOR_LANE, label: 'No actor named', actorKind: null };
}

/**
 * The same order as `localeCompare(b, 'en')`, which builds a collator on every call: sorting the lanes of a
 * few thousand actors took most of a progress redraw. Built on first use, not when the bundle is evaluated: the
 * browser's first collator loads ICU data (tens of ms), which kept the app's first requests waiting.
 */
let collator: Intl.Collator | null = null;
const byLabel = (a: string, b: string): number => (collator ??= new Intl.Collator('en')).compare(a, b);

/**
 * Lanes for all entries (not only those in view, so lanes keep their order while zooming): the busiest
 * first, then by name; statements last in kind mode. Beyond `maxLanes` the quietest actors share one lane.
 */
export function assignLanes(
  entries: readonly TimelineEntry[],
  laneBy: LaneBy,
  maxLanes: number,
): { lanes: LaneSpec[]; laneKeys: string[] } {
  const specs = new Map<string, LaneSpec>();
  const counts = new Map<string, number>();
  // Per entry, by position: a map by id cost a string-keyed insert and lookup per entry on every progress redraw.
  const laneKeys = new Array<string>(entries.length);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    // The key without building a spec for every entry: lanes are few, entries up to 100k.
    const key = laneBy === 'kind' ? entry.kind : (entry.actors[0]?.id ?? NO_ACTOR_LANE);
    const count = counts.get(key);
    if (count === undefined) {
      const spec = laneOf(entry, laneBy);
      specs.set(spec.key, spec);
      counts.set(key, 1);
    } else {
      counts.set(key, count + 1);
    }
    laneKeys[i] = key;
  }
  const rank = (spec: LaneSpec) => (spec.key === 'statement' || spec.key === NO_ACTOR_LANE ? 1 : 0);
  const ordered = [...specs.values()].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (counts.get(b.key) ?? 0) - (counts.get(a.key) ?? 0) ||
      byLabel(a.label, b.label) ||
      (a.key < b.key ? -1 : 1),
  );
  if (laneBy === 'kind' || ordered.length <= maxLanes) return { lanes: ordered, laneKeys };
  const kept = ordered.slice(0, maxLanes - 1);
  const keptKeys = new Set(kept.map((l) => l.key));
  for (let i = 0; i < laneKeys.length; i++) if (!keptKeys.has(laneKeys[i]!)) laneKeys[i] = OTHER_ACTORS_LANE;
  return { lanes: [...kept, { key: OTHER_ACTORS_LANE, label: 'Other actors', actorKind: null }], laneKeys };
}
