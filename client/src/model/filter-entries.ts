// The filters (text, actor kind, event kind, focused actor, date window) as pure functions over entries
// and the network, so the chart, the list and the tests agree on what is "in".
import type { ActorKind } from '../../../core/domain/types.ts';
import { extentOf, overlapsWindow, windowToDomain } from '../../../core/timeline/date-extent.ts';
import type { TimelineEntry } from '../../../core/timeline/timeline-entry.ts';

export interface EntryFilter {
  text: string;
  actorKinds: readonly ActorKind[];
  eventKinds: readonly string[];
  actor: string | null;
  from: string | null;
  to: string | null;
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function searchWords(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

/** Case- and accent-insensitive; every word must appear in the title, kind, date or an actor's name. */
export function matchesText(entry: TimelineEntry, text: string): boolean {
  return matchesWords(entry, searchWords(text));
}

function matchesWords(entry: TimelineEntry, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fold(
    [entry.title, entry.kind, entry.date.label, ...entry.actors.map((a) => a.name)].join(' \u0000 '),
  );
  return words.every((w) => haystack.includes(w));
}

export function filterEntries(entries: readonly TimelineEntry[], f: EntryFilter): TimelineEntry[] {
  const [from, to] = windowToDomain(f.from ?? '0001-01-01', f.to ?? '9999-12-30');
  // The words once, not once per entry.
  const words = searchWords(f.text);
  return entries.filter(
    (e) =>
      (f.actor === null || e.actors.some((a) => a.id === f.actor)) &&
      (f.eventKinds.length === 0 || f.eventKinds.includes(e.kind)) &&
      (f.actorKinds.length === 0 || e.actors.some((a) => f.actorKinds.includes(a.kind))) &&
      ((f.from === null && f.to === null) || overlapsWindow(extentOf(e.date), from, to)) &&
      matchesWords(e, words),
  );
}

/** Every kind present, events' kinds sorted, statements last. */
export function entryKinds(entries: readonly TimelineEntry[]): string[] {
  const kinds = [...new Set(entries.map((e) => e.kind))].filter((k) => k !== 'statement').sort();
  return entries.some((e) => e.kind === 'statement') ? [...kinds, 'statement'] : kinds;
}

export interface NetworkSubset {
  nodeIds: Set<string>;
  edgeIds: Set<string>;
}

/**
 * What the network shows: with a window, only relationships dated in it (`windowed`, from the API)
 * and the actors they join (plus the focused actor); actor-kind filters drop nodes and their edges.
 */
export function networkSubset(
  nodes: ReadonlyArray<{ id: string; kind: ActorKind }>,
  edges: ReadonlyArray<{ id: string; source: { id: string }; target: { id: string } }>,
  windowedEdgeIds: ReadonlySet<string> | null,
  f: Pick<EntryFilter, 'actorKinds' | 'actor'>,
): NetworkSubset {
  const kindOk = new Set(
    nodes.filter((n) => f.actorKinds.length === 0 || f.actorKinds.includes(n.kind)).map((n) => n.id),
  );
  const edgeIds = new Set<string>();
  const joined = new Set<string>();
  for (const e of edges) {
    if (windowedEdgeIds && !windowedEdgeIds.has(e.id)) continue;
    if (!kindOk.has(e.source.id) || !kindOk.has(e.target.id)) continue;
    edgeIds.add(e.id);
    joined.add(e.source.id).add(e.target.id);
  }
  const nodeIds = windowedEdgeIds ? joined : kindOk;
  if (f.actor && kindOk.has(f.actor)) nodeIds.add(f.actor);
  return { nodeIds, edgeIds };
}

/** The focused actor and everyone one relationship away (among the shown edges). */
export function neighbourhood(
  actor: string,
  edges: ReadonlyArray<{ id: string; source: { id: string }; target: { id: string } }>,
  shown: ReadonlySet<string>,
  depth = 1,
): Set<string> {
  // Breadth-first, one ring per hop, over the edges shown (the window and kind filters apply to every hop).
  const near = new Set([actor]);
  let ring = new Set([actor]);
  for (let hop = 0; hop < depth && ring.size > 0; hop++) {
    const next = new Set<string>();
    for (const e of edges) {
      if (!shown.has(e.id)) continue;
      if (ring.has(e.source.id) && !near.has(e.target.id)) next.add(e.target.id);
      if (ring.has(e.target.id) && !near.has(e.source.id)) next.add(e.source.id);
    }
    for (const id of next) near.add(id);
    ring = next;
  }
  return near;
}
