// The embedded store's actor summaries and evidence (store port): actors are in memory with their evidence, so a
// summary is the actor itself and its evidence costs nothing to hand over.
import type { Actor, Evidence } from '../../../core/domain/types.ts';
import type { ActorLink, ActorSummary } from '../store.ts';
import { linkOf } from '../network-links.ts';

export function actorSummaries(actors: ReadonlyMap<string, Actor>, ids: readonly string[]): Array<ActorSummary | null> {
  return ids.map((id) => actors.get(id) ?? null);
}

export function actorEvidence(actors: ReadonlyMap<string, Actor>, ids: readonly string[]): Evidence[][] {
  return ids.map((id) => actors.get(id)?.evidence ?? []);
}

export function actorLinks(actors: ReadonlyMap<string, Actor>, ids: readonly string[]): Array<ActorLink | null> {
  return ids.map((id) => {
    const actor = actors.get(id);
    return actor ? linkOf(actor) : null;
  });
}
