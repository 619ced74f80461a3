import type { GraphStore } from '../store/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export interface GraphQLContext {
  store: GraphStore;
  loaders: Loaders;
}

export function createContext(store: GraphStore): GraphQLContext {
  return { store, loaders: createLoaders(store) };
}
