// Root fields: validate arguments, call the store once, shape the answer. Nothing else.
import type { GraphQLResolveInfo } from 'graphql';
import type { ActorKind } from '../../../core/domain/types.ts';
import type { GraphQLContext } from '../context.ts';
import {
  readCursor,
  readDepth,
  readFirst,
  readIds,
  readMatch,
  readSearchText,
  readWindow,
} from '../../input/read-arguments.ts';
import { readPathQuery } from '../../input/read-path.ts';
import { graphqlArgs } from '../user-input.ts';
import { LIMITS } from '../limits.ts';
import { toConnection } from './connection.ts';
import { withPageActors } from './page-actors.ts';
import { loadNode } from './node.ts';
import { toActorPath } from './paths.ts';
import { allSources, sourcesConnection } from './sources.ts';
import { needsFullNetwork } from './network-selection.ts';
import { needsFullTimeline } from './timeline-selection.ts';

type Args = Record<string, unknown>;
type Resolver = (root: unknown, args: Args, ctx: GraphQLContext, info: GraphQLResolveInfo) => unknown;

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The filters `events` and `timeline` share: the date window and its match, actors, sources and the page. */
const readItemFilters = (a: Args) => ({
  window: readWindow(a.from, a.to),
  match: readMatch(a.match),
  actorIds: readIds('actorIds', a.actorIds),
  sourceIds: readIds('sourceIds', a.sourceIds),
  first: readFirst(a.first),
  after: readCursor(a.after),
});

export const Query: Record<string, Resolver> = {
  actors: async (_, a, { store }) => {
    const p = graphqlArgs(() => ({ first: readFirst(a.first), after: readCursor(a.after) }));
    return toConnection(
      await store.listActors({ kind: (a.kind as ActorKind | null) ?? null, search: str(a.search), ...p }),
      p.after,
    );
  },
  actor: (_, a, { loaders }) => loaders.actors.load(String(a.id)),

  events: async (_, a, ctx, info) => {
    const q = graphqlArgs(() => ({ ...readItemFilters(a), kinds: readIds('kinds', a.kinds) }));
    const page = await ctx.store.listEvents(q);
    return toConnection(await withPageActors(page, info, ctx), q.after);
  },
  event: (_, a, { loaders }) => loaders.events.load(String(a.id)),

  statements: async (_, a, ctx, info) => {
    const q = graphqlArgs(() => ({
      first: readFirst(a.first),
      sourceIds: readIds('sourceIds', a.sourceIds),
      after: readCursor(a.after),
    }));
    const page = await ctx.store.listStatements({ ...q, speakerId: str(a.speakerId) });
    return toConnection(await withPageActors(page, info, ctx), q.after);
  },
  statement: (_, a, { loaders }) => loaders.statements.load(String(a.id)),
  relationship: (_, a, { loaders }) => loaders.relationships.load(String(a.id)),
  node: (_, a, ctx) => loadNode(String(a.id), ctx),

  timeline: async (_, a, ctx, info) => {
    const q = graphqlArgs(() => readItemFilters(a));
    const page = needsFullTimeline(info) ? await ctx.store.timeline(q) : await ctx.store.timelineSummaries(q);
    return toConnection(await withPageActors(page, info, ctx), q.after);
  },

  network: async (_, a, { store, actorsAtHand }, info) => {
    const q = graphqlArgs(() => {
      const window = readWindow(a.from, a.to);
      return {
        actorIds: readIds('actorIds', a.actorIds),
        depth: readDepth(a.depth),
        window: window.from || window.to ? window : null,
        match: readMatch(a.match),
      };
    });
    const network = needsFullNetwork(info) ? await store.network(q) : await store.networkLinks(q);
    for (const n of network.nodes) actorsAtHand.set(n.id, n);
    return network;
  },

  paths: async (_, a, { store }) => {
    const q = graphqlArgs(() => readPathQuery(a));
    return (await store.paths(q)).map(toActorPath);
  },

  search: (_, a, { store }) => {
    const q = graphqlArgs(() => ({ text: readSearchText(a.text), first: readFirst(a.first, LIMITS.maxSearchResults) }));
    return store.search(q);
  },

  sources: (_, __, { store }) => allSources(store),
  sourcesConnection: (_, a, { store }) => sourcesConnection(store, a),

  disputes: async (_, a, { store }) => {
    const p = graphqlArgs(() => ({ first: readFirst(a.first), after: readCursor(a.after) }));
    return toConnection(await store.listDisputes(p), p.after);
  },
};
