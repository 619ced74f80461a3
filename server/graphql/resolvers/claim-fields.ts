// The fields every claim subject (Actor, Event, Statement, Relationship) shares: claims, disputes, sources; and
// the Claim and Dispute types. A subject's disputed fields are on the subject itself; its claims are one batched
// store call per request.
import type { Claim, ClaimSubjectType, Dispute } from '../../domain/claims/claim.ts';
import type { Source } from '../../../core/domain/types.ts';
import type { GraphQLContext } from '../context.ts';
import { loadPresent } from '../loaders.ts';

type Ctx = GraphQLContext;
/** Lean network actors and relationships (store.ts NetworkLinks) come without their claim lists. */
interface Subject {
  id: string;
  reportedBy?: readonly string[];
  disputedFields?: readonly string[];
}

/** The subject's claim lists: its own, or, for a lean one, read through the request's loaders. */
async function claimLists(type: ClaimSubjectType, s: Subject, { loaders }: Ctx) {
  if (s.reportedBy && s.disputedFields) return { reportedBy: s.reportedBy, disputedFields: s.disputedFields };
  const full = await (type === 'Actor'
    ? loaders.actors.load(s.id)
    : type === 'Relationship'
      ? loaders.relationships.load(s.id)
      : null);
  return { reportedBy: full?.reportedBy ?? [], disputedFields: full?.disputedFields ?? [] };
}

const byPublication = (a: Source, b: Source) =>
  a.publishedAt < b.publishedAt ? -1 : a.publishedAt > b.publishedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The claims about this type's subject: an id two types share holds both subjects' claims. */
const own = (type: ClaimSubjectType, claims: readonly Claim[]) => claims.filter((c) => c.subjectType === type);

export function subjectFields(type: ClaimSubjectType) {
  return {
    claims: async (s: Subject, args: { field?: string | null }, { loaders }: Ctx): Promise<Claim[]> => {
      const claims = own(type, await loaders.claims.load(s.id));
      return args.field ? claims.filter((c) => c.field === args.field) : claims;
    },
    disputes: async (s: Subject, _: unknown, ctx: Ctx): Promise<Dispute[]> => {
      const { disputedFields } = await claimLists(type, s, ctx);
      if (disputedFields.length === 0) return [];
      const claims = own(type, await ctx.loaders.claims.load(s.id));
      return disputedFields.map((field) => ({
        subjectType: type,
        subjectId: s.id,
        field,
        claims: claims.filter((c) => c.field === field),
      }));
    },
    sources: async (s: Subject, _: unknown, ctx: Ctx): Promise<Source[]> =>
      (await loadPresent(ctx.loaders.sources, (await claimLists(type, s, ctx)).reportedBy)).sort(byPublication),
  };
}

export const claimTypeResolvers = {
  Claim: { source: (c: Claim, _: unknown, { loaders }: Ctx) => loaders.sources.load(c.sourceId) },
  Dispute: {
    subject: (d: Dispute, _: unknown, { loaders }: Ctx) => {
      switch (d.subjectType) {
        case 'Actor':
          return loaders.actors.load(d.subjectId);
        case 'Event':
          return loaders.events.load(d.subjectId);
        case 'Statement':
          return loaders.statements.load(d.subjectId);
        case 'Relationship':
          return loaders.relationships.load(d.subjectId);
      }
    },
  },
  ClaimSubject: {
    // Each shape has one field the others lack.
    __resolveType: (node: object) =>
      'speakerId' in node
        ? 'Statement'
        : 'participants' in node
          ? 'Event'
          : 'targetId' in node
            ? 'Relationship'
            : 'Actor',
  },
};
