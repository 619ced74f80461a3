// Per-request batching: every nested lookup of one kind in one tick becomes one store call (no N+1).
import DataLoader from 'dataloader';
import type { Event, Evidence, Relationship, Source, Statement } from '../../core/domain/types.ts';
import type { Claim } from '../domain/claims/claim.ts';
import type { ActorSummary, GraphStore } from '../store/store.ts';

export interface Loaders {
  /** Without evidence: Actor.evidence is loaded apart (actorEvidence), only when a query selects it. */
  actors: DataLoader<string, ActorSummary | null>;
  actorEvidence: DataLoader<string, Evidence[]>;
  events: DataLoader<string, Event | null>;
  statements: DataLoader<string, Statement | null>;
  sources: DataLoader<string, Source | null>;
  relationships: DataLoader<string, Relationship | null>;
  /** A subject's claims, by subject id. */
  claims: DataLoader<string, Claim[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  return {
    actors: new DataLoader((ids) => store.getActorSummaries(ids)),
    actorEvidence: new DataLoader((ids) => store.getActorEvidence(ids)),
    events: new DataLoader((ids) => store.getEvents(ids)),
    statements: new DataLoader((ids) => store.getStatements(ids)),
    sources: new DataLoader((ids) => store.getSources(ids)),
    relationships: new DataLoader((ids) => store.getRelationships(ids)),
    claims: new DataLoader((ids) => store.getClaims(ids)),
  };
}

/** Loads many and drops ids that no longer resolve, for non-null list fields. */
export async function loadPresent<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const found = await loader.loadMany(ids);
  const out: T[] = [];
  for (const f of found) {
    if (f instanceof Error) throw f;
    if (f !== null) out.push(f);
  }
  return out;
}
