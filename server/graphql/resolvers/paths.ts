// `paths(from, to, maxHops, first)`: arguments read into the store's PathQuery, answers shaped as ActorPath.
import type { Relationship } from '../../../core/domain/types.ts';
import { MAX_PATH_HOPS, MAX_PATHS, type ActorPath, type PathQuery } from '../../store/store.ts';
import { BadInputError, readFirst } from '../arguments.ts';

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

export function readPathQuery(a: Record<string, unknown>): PathQuery {
  const fromId = readActorId('from', a.from);
  const toId = readActorId('to', a.to);
  if (fromId === toId) throw new BadInputError('to', `must differ from from ("${fromId}"): a path joins two actors`);
  const maxHops = a.maxHops ?? 3;
  if (typeof maxHops !== 'number' || !Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS)
    throw new BadInputError('maxHops', `must be a whole number from 1 to ${MAX_PATH_HOPS}, not ${String(maxHops)}`);
  const limit = readFirst(a.first ?? 10, MAX_PATHS);
  if (limit < 1) throw new BadInputError('first', 'must be at least 1');
  return { fromId, toId, maxHops, limit };
}

function readActorId(argument: string, v: unknown): string {
  if (typeof v !== 'string' || v.length === 0 || v.length > 200)
    throw new BadInputError(argument, 'must be an actor id (1 to 200 characters)');
  return v;
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
