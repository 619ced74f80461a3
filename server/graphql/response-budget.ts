// Bounds the work of one GraphQL request while it runs: an estimate of the response's size, counted as fields
// resolve, and a wall-clock deadline. Past either, every further resolver fails at once, so the response is never
// built, and request-limits.ts answers one coded error instead. The cost estimate (query-cost.ts) refuses most
// large requests before they start; this catches what an estimate cannot know (a hub actor's thousand spans).
import { defaultFieldResolver, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isObjectTypeAnyRealm } from './graphql-realm.ts';

export const RESPONSE_TOO_LARGE = 'RESPONSE_TOO_LARGE';
export const DEADLINE_EXCEEDED = 'DEADLINE_EXCEEDED';

/** Where the budget lives in the context; a symbol so no resolver or client field can collide with it. */
export const BUDGET = Symbol('responseBudget');

export class ResponseBudget {
  private bytes = 0;
  /** The coded error this request ended with, once it has. */
  exceeded: Error | null = null;

  constructor(
    private readonly maxBytes: number,
    private readonly deadline: number,
    private readonly deadlineMs: number,
  ) {}

  /** Before a resolver runs: refuses once the request is over budget or past its deadline. */
  enter(): void {
    if (this.exceeded) throw this.exceeded;
    if (Date.now() > this.deadline)
      this.fail(
        createGraphQLError(`The request took longer than ${this.deadlineMs} ms and was stopped; ask for less.`, {
          extensions: { code: DEADLINE_EXCEEDED, limitMs: this.deadlineMs },
        }),
      );
  }

  /** After a resolver: counts its value's share of the JSON (key, quotes, value; objects count as their fields). */
  add(key: string, value: unknown): void {
    this.bytes += key.length + 4 + sizeOf(value);
    if (this.bytes > this.maxBytes)
      this.fail(
        createGraphQLError(
          `The response would be larger than ${this.maxBytes} bytes and was not built; ask for fewer items or fields.`,
          { extensions: { code: RESPONSE_TOO_LARGE, limitBytes: this.maxBytes } },
        ),
      );
  }

  private fail(error: Error): never {
    this.exceeded = error;
    throw error;
  }
}

function sizeOf(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || value === undefined) return 4;
  if (Array.isArray(value)) {
    let n = 2;
    for (const item of value) n += typeof item === 'object' && item !== null ? 3 : sizeOf(item) + 1;
    return n;
  }
  return typeof value === 'object' ? 2 : 8;
}

const isPromise = (v: unknown): v is Promise<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

/** Wraps every field resolver of the schema (in place, once) to charge the request's budget. */
export function chargeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeAnyRealm(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const budget = (context as { [BUDGET]?: ResponseBudget } | null)?.[BUDGET];
        if (!budget) return resolve(source, args, context, info);
        budget.enter();
        const value = resolve(source, args, context, info);
        if (isPromise(value))
          return value.then((v) => {
            budget.add(info.fieldName, v);
            return v;
          });
        budget.add(info.fieldName, value);
        return value;
      };
    }
  }
  return schema;
}
