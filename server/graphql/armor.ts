// GraphQL Armor's document limits (depth, aliases, tokens, directives, no field suggestions), with every refusal
// coded: Armor's own errors read "Syntax Error: ..." with no extensions.code, so a client could not tell a limit
// from a typo. Cost is not Armor's (it sees only a literal `first`): see query-cost.ts.
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { LIMITS } from './limits.ts';

type ArmorConfig = NonNullable<Parameters<typeof EnvelopArmorPlugin>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

export const QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

/** A limit refusal as clients see it: code QUERY_TOO_COMPLEX and which limit (`limit`). */
export function queryTooComplex(message: string, limit: string, extra: Record<string, unknown> = {}) {
  return createGraphQLError(message, { extensions: { code: QUERY_TOO_COMPLEX, limit, ...extra } });
}

const plainMessage = (e: GraphQLError) => e.message.replace(/^Syntax Error:\s*/, '');

/** Validation rules report the coded error in place of Armor's; the parser has no context, so it throws it. */
function reject(limit: string): { onReject: RejectCallback[]; propagateOnRejection: boolean } {
  return {
    propagateOnRejection: false,
    onReject: [
      (context, error) => {
        const coded = queryTooComplex(plainMessage(error), limit);
        if (context) context.reportError(coded);
        else throw coded;
      },
    ],
  };
}

export function armorPlugin() {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.maxDepth, ...reject('depth') },
    maxAliases: { n: LIMITS.maxAliases, ...reject('aliases') },
    maxTokens: { n: LIMITS.maxTokens, ...reject('tokens') },
    maxDirectives: { n: LIMITS.maxDirectives, ...reject('directives') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  });
}
