// Bounds the work of one GraphQL request while it runs: an estimate of the response's size, counted as fields
// resolve, and a wall-clock deadline. Past either, every further resolver fails at once, so the response is never
// built, and request-limits.ts answers one coded error instead. The cost estimate (query-cost.ts) refuses most
// large requests before they start; this catches what an estimate cannot know (a hub actor's thousand spans).
import type { GraphQLSchema } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { isObjectTypeAnyRealm } from './graphql-realm.ts';
import { fieldSize } from './response-size.ts';

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

  /** Bytes charged so far: the estimate of the response's size. */
  get used(): number {
    return this.bytes;
  }

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

  /** After a resolver: counts its value's share of the JSON (response-size.ts). */
  add(bytes: number): void {
    this.bytes += bytes;
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

const isPromise = (v: unknown): v is Promise<unknown> =>
  typeof v === 'object' && v !== null && typeof (v as { then?: unknown }).then === 'function';

/**
 * Wraps every field resolver the schema declares (in place, once) to charge the request's budget: a resolver's value
 * is charged with everything under it that resolves by default (response-size.ts), so default-resolved fields keep
 * no wrapper. The deadline is checked before each resolver and again when its promise settles.
 */
export function chargeResolvers(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectTypeAnyRealm(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve;
      if (!resolve) continue;
      field.resolve = (source, args, context, info) => {
        const budget = (context as { [BUDGET]?: ResponseBudget } | null)?.[BUDGET];
        if (!budget) return resolve(source, args, context, info);
        budget.enter();
        const key = info.fieldNodes[0]?.alias?.value ?? info.fieldName;
        const value = resolve(source, args, context, info);
        if (isPromise(value))
          return value.then((v) => {
            budget.enter();
            budget.add(fieldSize(key, v, info, context));
            return v;
          });
        budget.add(fieldSize(key, value, info, context));
        return value;
      };
    }
  }
  return schema;
}
