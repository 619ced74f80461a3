import type { Actor } from '../../core/domain/types.ts';
import type { ActorLink, ActorSummary, GraphStore } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
  /** Actors this request already holds (a network's nodes, a page's participants and speakers): they resolve without a promise. */
  actorsAtHand: Map<string, Actor | ActorSummary | ActorLink>;
}

export function createContext(store: GraphStore): GraphQLContext {
  return { store, loaders: createLoaders(store), actorsAtHand: new Map() };
}
