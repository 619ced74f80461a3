// The execution-time limits of a GraphQL request, as one envelop plugin: the cost estimate (with variables known)
// refuses before any resolver runs; the response budget and deadline (response-budget.ts) stop one that runs away.
// Each refusal is one coded error and no data, never a half-built response.
import { Kind, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { badUserInput } from './user-input.ts';
import { queryTooComplex } from './armor.ts';
import { LIMITS } from './limits.ts';
import { operationCost } from './query-cost.ts';
import { BUDGET, ResponseBudget } from './response-budget.ts';

export interface RequestLimits {
  maxCost: number;
  maxResponseBytes: number;
  requestDeadlineMs: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  maxCost: LIMITS.maxCost,
  maxResponseBytes: LIMITS.maxResponseBytes,
  requestDeadlineMs: LIMITS.requestDeadlineMs,
};

export function requestLimitsPlugin(limits: RequestLimits = DEFAULT_REQUEST_LIMITS): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution, extendContext }) {
      const refusal = refusalOf(args, limits.maxCost);
      if (refusal) {
        setResultAndStopExecution({ errors: [refusal] });
        return;
      }
      const budget = new ResponseBudget(
        limits.maxResponseBytes,
        Date.now() + limits.requestDeadlineMs,
        limits.requestDeadlineMs,
      );
      extendContext({ [BUDGET]: budget } as Record<string, unknown>);
      return {
        onExecuteDone({ setResult }) {
          if (budget.exceeded) setResult({ errors: [budget.exceeded as never] });
        },
      };
    },
  };
}

/** Why the operation is refused before it runs (a bad `first`, a cost over the limit), or null. */
function refusalOf(args: Parameters<NonNullable<Plugin['onExecute']>>[0]['args'], maxCost: number) {
  const operation = operationOf(args.document.definitions, args.operationName);
  if (!operation) return null; // execution reports the missing operation itself
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of args.document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const variables = (args.variableValues ?? {}) as Record<string, unknown>;
  const { cost, badInput } = operationCost({ schema: args.schema, operation, fragments, variables });
  if (badInput) return badUserInput(badInput);
  if (cost <= maxCost) return null;
  const rounded = Math.round(cost);
  return queryTooComplex(
    `Query cost ${rounded} is over the limit of ${maxCost}; ask for fewer items (a smaller first) or fewer nested lists.`,
    'cost',
    { cost: rounded, maxCost },
  );
}

function operationOf(
  definitions: ReadonlyArray<{ kind: string }>,
  name: string | null | undefined,
): OperationDefinitionNode | undefined {
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return name ? operations.find((o) => o.name?.value === name) : operations.length === 1 ? operations[0] : undefined;
}
