// Navigation from an actor: its events, statements and relationships as connections. Each is one store call per
// actor asked (the same reads as events(actorIds:), statements(speakerId:)); the cost limit bounds how many.
import type { Actor } from '../../../core/domain/types.ts';
import type { ActorSummary } from '../../store/store.ts';
import type { GraphQLContext } from '../context.ts';
import { readCursor, readFirst } from '../../input/read-arguments.ts';
import { graphqlArgs } from '../user-input.ts';
import { toConnection } from './connection.ts';

type Args = { first?: unknown; after?: unknown };
type ActorLike = Actor | ActorSummary;

const page = (a: Args) => graphqlArgs(() => ({ first: readFirst(a.first ?? 50), after: readCursor(a.after) }));

export const ActorConnections = {
  events: async (actor: ActorLike, a: Args, { store }: GraphQLContext) => {
    const p = page(a);
    const found = await store.listEvents({
      window: { from: null, to: null },
      match: 'OVERLAPS',
      actorIds: [actor.id],
      kinds: [],
      ...p,
    });
    return toConnection(found, p.after);
  },
  statements: async (actor: ActorLike, a: Args, { store }: GraphQLContext) => {
    const p = page(a);
    return toConnection(await store.listStatements({ speakerId: actor.id, ...p }), p.after);
  },
  relationships: async (actor: ActorLike, a: Args, { store }: GraphQLContext) => {
    const p = page(a);
    return toConnection(await store.listRelationships({ actorId: actor.id, ...p }), p.after);
  },
};
