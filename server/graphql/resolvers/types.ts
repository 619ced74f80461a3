// Nested fields: each follows an id through the request's loaders, so a page of N items costs
// one batched store call per kind of thing it refers to, not N.
import type {
  Actor,
  Citation,
  Event,
  Evidence,
  Participant,
  Relationship,
  Role,
  SearchHit,
  Source,
  Statement,
  TimelineItem,
} from '../../../core/domain/types.ts';
import type {
  ActorLink,
  ActorSummary,
  EventSummary,
  RelationshipSummary,
  StatementSummary,
} from '../../store/store.ts';
import { fullEvent, fullStatement } from './full-items.ts';
import type { GraphQLContext } from '../context.ts';
import { loadPresent } from '../loaders.ts';
import { LIMITS } from '../limits.ts';
import { readFirst } from '../../input/read-arguments.ts';
import { graphqlArgs } from '../user-input.ts';
import { claimTypeResolvers, subjectFields } from './claim-fields.ts';
import { safeHttpUrl } from '../../documents/safe-url.ts';
import { ActorConnections } from './actor-connections.ts';
import { typeOfNode } from './node.ts';
import type { HopShape, PathShape } from './paths.ts';

type Ctx = GraphQLContext;

function typeOfItem(item: TimelineItem | Event | Statement): 'Event' | 'Statement' {
  if ('itemType' in item) return item.itemType;
  return 'speakerId' in item ? 'Statement' : 'Event';
}

export const typeResolvers = {
  TimelineItem: { __resolveType: typeOfItem },
  Node: { __resolveType: typeOfNode },
  // GraphQL says DAY/MONTH/YEAR/OPEN, as every enum is upper case; the domain (and exports) keep the lower case.
  Precision: { DAY: 'day', MONTH: 'month', YEAR: 'year', OPEN: 'open' },
  SearchNode: {
    __resolveType: (node: object) =>
      'speakerId' in node ? 'Statement' : 'participants' in node ? 'Event' : 'publishedAt' in node ? 'Source' : 'Actor',
  },
  Role: { of: (r: Role, _: unknown, { loaders }: Ctx) => (r.ofActorId ? loaders.actors.load(r.ofActorId) : null) },
  ...claimTypeResolvers,
  Actor: {
    ...subjectFields('Actor'),
    // Lists hand over whole actors; the loaders hand over summaries, whose evidence is read only if selected.
    evidence: (a: Actor | ActorSummary, _: unknown, { loaders }: Ctx) =>
      'evidence' in a ? a.evidence : loaders.actorEvidence.load(a.id),
    // A lean network's actors (store.ts ActorLink) hold neither; read through the loader if a query asks (no
    // promise otherwise: these resolve on every page's actors).
    aliases: (a: ActorSummary | ActorLink, _: unknown, { loaders }: Ctx) =>
      'aliases' in a ? a.aliases : loaders.actors.load(a.id).then((full) => full?.aliases ?? []),
    roles: (a: ActorSummary | ActorLink, _: unknown, { loaders }: Ctx) =>
      'roles' in a ? a.roles : loaders.actors.load(a.id).then((full) => full?.roles ?? []),
    ...ActorConnections,
  },
  // A page's actors are usually at hand already (page-actors.ts): then no promise per participant or speaker.
  Participant: {
    actor: (p: Participant, _: unknown, { loaders, actorsAtHand }: Ctx) =>
      actorsAtHand.get(p.actorId) ?? loaders.actors.load(p.actorId),
  },
  // A timeline page hands over summaries (timeline-selection.ts): what they lack is read, batched, if selected.
  EventLink: { target: (l: Event['links'][number], _: unknown, { loaders }: Ctx) => loaders.events.load(l.targetId) },
  Event: {
    ...subjectFields('Event'),
    statements: async (e: Event | EventSummary, _: unknown, { loaders }: Ctx) =>
      loadPresent(
        loaders.statements,
        'statementIds' in e ? e.statementIds : (await fullEvent(e, loaders)).statementIds,
      ),
    links: (e: Event | EventSummary, _: unknown, { loaders }: Ctx) =>
      'links' in e ? e.links : fullEvent(e, loaders).then((full) => full.links),
    evidence: (e: Event | EventSummary, _: unknown, { loaders }: Ctx) =>
      'evidence' in e ? e.evidence : fullEvent(e, loaders).then((full) => full.evidence),
  },
  Statement: {
    ...subjectFields('Statement'),
    // A String like Event.kind, so the TimelineItem interface can share the field; the enum is `form`.
    kind: (s: Statement) => s.kind.toLowerCase(),
    form: (s: Statement) => s.kind,
    speaker: (s: Statement, _: unknown, { loaders, actorsAtHand }: Ctx) =>
      actorsAtHand.get(s.speakerId) ?? loaders.actors.load(s.speakerId),
    event: (s: Statement, _: unknown, { loaders }: Ctx) => (s.eventId ? loaders.events.load(s.eventId) : null),
    quotes: async (s: Statement | StatementSummary, _: unknown, { loaders }: Ctx) =>
      loadPresent(loaders.statements, 'quoteIds' in s ? s.quoteIds : (await fullStatement(s, loaders)).quoteIds),
    evidence: (s: Statement | StatementSummary, _: unknown, { loaders }: Ctx) =>
      'evidence' in s ? s.evidence : fullStatement(s, loaders).then((full) => full.evidence),
    quotedIn: (s: Statement, _: unknown, { loaders }: Ctx) =>
      s.quotedInId ? loaders.statements.load(s.quotedInId) : null,
  },
  Relationship: {
    ...subjectFields('Relationship'),
    // A network hands over summaries (store.ts): their evidence is read, batched, only if selected.
    evidence: async (r: Relationship | RelationshipSummary, _: unknown, { loaders }: Ctx) =>
      'evidence' in r ? r.evidence : ((await loaders.relationships.load(r.id))?.evidence ?? []),
    source: (r: Relationship, _: unknown, { loaders, actorsAtHand }: Ctx) =>
      actorsAtHand.get(r.sourceId) ?? loaders.actors.load(r.sourceId),
    target: (r: Relationship, _: unknown, { loaders, actorsAtHand }: Ctx) =>
      actorsAtHand.get(r.targetId) ?? loaders.actors.load(r.targetId),
  },
  // A graph loaded before documents were checked for it may hold a javascript: or data: URL: never hand it out.
  Source: { url: (s: Source) => safeHttpUrl(s.url) },
  ActorPath: {
    actors: (p: PathShape, _: unknown, { loaders }: Ctx) => loadPresent(loaders.actors, p.actorIds),
  },
  PathHop: {
    from: (h: HopShape, _: unknown, { loaders }: Ctx) => loaders.actors.load(h.fromId),
    to: (h: HopShape, _: unknown, { loaders }: Ctx) => loaders.actors.load(h.toId),
  },
  Citation: { actor: (c: Citation, _: unknown, { loaders }: Ctx) => loaders.actors.load(c.actorId) },
  Evidence: {
    source: (e: Evidence, _: unknown, { loaders }: Ctx) => loaders.sources.load(e.sourceId),
    context: async (e: Evidence, args: { radius?: number }, { loaders }: Ctx) => {
      const radius = graphqlArgs(() => readFirst(args.radius ?? 240, LIMITS.maxContextRadius, 'radius'));
      const text = (await loaders.sources.load(e.sourceId))?.text ?? '';
      return {
        before: text.slice(Math.max(0, e.start - radius), e.start),
        quote: text.slice(e.start, e.end),
        after: text.slice(e.end, e.end + radius),
      };
    },
  },
  SearchHit: {
    node: (h: SearchHit, _: unknown, { loaders }: Ctx) =>
      h.kind === 'ACTOR'
        ? loaders.actors.load(h.id)
        : h.kind === 'EVENT'
          ? loaders.events.load(h.id)
          : h.kind === 'SOURCE'
            ? loaders.sources.load(h.id)
            : loaders.statements.load(h.id),
    sources: (h: SearchHit, _: unknown, { loaders }: Ctx) => loadPresent(loaders.sources, h.sourceIds),
  },
};
