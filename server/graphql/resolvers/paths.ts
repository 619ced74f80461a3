// `paths(from, to, maxHops, first)`: the store's answers shaped as ActorPath (arguments: input/read-path.ts).
import type { Relationship } from '../../../core/domain/types.ts';
import type { ActorPath } from '../../store/store.ts';

/** The GraphQL shape: actors and hops are resolved from ids by the type resolvers (PathShape, HopShape). */
export interface PathShape {
  length: number;
  actorIds: string[];
  hops: HopShape[];
}
export interface HopShape {
  fromId: string;
  toId: string;
  relationship: Relationship;
}

export function toActorPath(p: ActorPath): PathShape {
  return {
    length: p.relationships.length,
    actorIds: p.actorIds,
    hops: p.relationships.map((relationship, i) => ({
      fromId: p.actorIds[i]!,
      toId: p.actorIds[i + 1]!,
      relationship,
    })),
  };
}
