// The cost of an operation before it runs, from the document, its variables and the schema's defaults: every field
// costs 1 (or its weight), and a list multiplies what it selects by its effective size. GraphQL Armor's cost rule
// only sees a literal `first` (a variable or a field default counted as one item), so a small request could ask for
// gigabytes; this one runs at execution time, when the variables are known.
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { isAbstractTypeAnyRealm, isListAnyRealm, isObjectTypeAnyRealm, namedTypeAnyRealm } from './graphql-realm.ts';
import { InputError } from '../input/input-error.ts';
import { readFirst } from '../input/read-arguments.ts';
import { COST } from './limits.ts';

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Variable values as sent. */
  variables: Readonly<Record<string, unknown>>;
}

export interface CostResult {
  cost: number;
  /** A `first` the resolver would refuse (past its cap, negative): reported as that, not as a cost. */
  badInput: InputError | null;
}

/** The operation's estimated cost. */
export function operationCost({ schema, operation, fragments, variables }: CostInput): CostResult {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, badInput: null };
  // A variable left out takes its default from the operation.
  const values: Record<string, unknown> = {};
  for (const d of operation.variableDefinitions ?? [])
    if (d.defaultValue) values[d.variable.name.value] = literal(d.defaultValue, {});
  const walk = new CostWalk(schema, fragments, { ...values, ...variables });
  const cost = walk.selectionCost(operation.selectionSet, root, new Set());
  return { cost, badInput: walk.badInput };
}

class CostWalk {
  badInput: InputError | null = null;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>,
    private readonly variables: Readonly<Record<string, unknown>>,
  ) {}

  /**
   * For an abstract type the dearest of its possible types counts (a union item is one type, not all of them), so
   * `... on Event { } ... on Statement { }` costs the larger branch, not their sum.
   */
  selectionCost(set: SelectionSetNode, type: GraphQLNamedType, seen: ReadonlySet<string>): number {
    if (isAbstractTypeAnyRealm(type)) {
      let max = 0;
      for (const possible of this.schema.getPossibleTypes(type))
        max = Math.max(max, this.objectCost(set, possible, seen));
      return max;
    }
    return isObjectTypeAnyRealm(type) ? this.objectCost(set, type, seen) : 0;
  }

  private objectCost(set: SelectionSetNode, type: GraphQLObjectType, seen: ReadonlySet<string>): number {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const field = type.getFields()[selection.name.value];
        if (!field) continue; // __typename and other meta fields: free
        cost += this.fieldCost(type, field, selection, seen);
      } else {
        const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : this.fragments.get(selection.name.value);
        // Validation has already refused cycles; `seen` only guards against a document that skipped it.
        const name = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : null;
        if (!fragment || (name && seen.has(name))) continue;
        const condition = fragment.typeCondition?.name.value;
        if (condition && !this.applies(condition, type)) continue;
        cost += this.objectCost(fragment.selectionSet, type, name ? new Set([...seen, name]) : seen);
      }
    }
    return cost;
  }

  private applies(condition: string, type: GraphQLObjectType): boolean {
    if (condition === type.name) return true;
    const named = this.schema.getType(condition);
    return !!named && isAbstractTypeAnyRealm(named) && this.schema.isSubType(named, type);
  }

  private fieldCost(
    parent: GraphQLObjectType,
    field: GraphQLField<unknown, unknown>,
    node: FieldNode,
    seen: ReadonlySet<string>,
  ): number {
    const key = `${parent.name}.${field.name}`;
    const own = COST.fieldWeights[key] ?? 1;
    if (!node.selectionSet) return own;
    const size = this.listSize(key, field, node);
    return own + size * this.selectionCost(node.selectionSet, namedTypeAnyRealm(field.type), seen);
  }

  /** How many items a field's selection is paid for: its `first` (variable, literal or default), else its estimate. */
  private listSize(key: string, field: GraphQLField<unknown, unknown>, node: FieldNode) {
    if (key === 'Query.network') return this.networkShare(field, node);
    const capped = COST.pagedFields[key];
    if (capped !== undefined) {
      // Not a number (an invalid argument fails execution anyway): counted as the most it could be.
      const first = this.argument(field, node, 'first');
      if (typeof first !== 'number') return capped;
      try {
        return readFirst(first, capped);
      } catch (e) {
        // The resolver would refuse it with BAD_USER_INPUT (argument `first`); so does the plugin, before any work.
        if (!(e instanceof InputError)) throw e;
        this.badInput ??= e;
        return capped;
      }
    }
    if (!isListAnyRealm(field.type)) return 1;
    return COST.listEstimates[key] ?? COST.defaultListSize;
  }

  /**
   * The share of the whole graph a network is assumed to hold: all of it without seeds, else a neighbourhood per
   * seed and hop. It scales the Network.nodes and Network.edges estimates, which are the whole graph's.
   */
  private networkShare(field: GraphQLField<unknown, unknown>, node: FieldNode) {
    const actorIds = this.argument(field, node, 'actorIds');
    const seeds = Array.isArray(actorIds) ? actorIds.length : 0;
    if (seeds === 0) return 1;
    const given = this.argument(field, node, 'depth');
    const depth = typeof given === 'number' ? Math.max(1, given) : 1;
    return Math.min(1, (seeds * COST.networkNodesPerSeedHop ** depth) / COST.listEstimates['Network.nodes']!);
  }

  /** An argument's value: the literal, the variable's value, else the field's default. */
  private argument(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): unknown {
    const given = node.arguments?.find((a) => a.name.value === name);
    if (given) return literal(given.value, this.variables);
    return field.args.find((a) => a.name === name)?.defaultValue;
  }
}

/** A literal as a plain value (variables looked up); only what sizes a list needs: numbers and lists. */
function literal(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
    case Kind.FLOAT:
      return Number(value.value);
    case Kind.LIST:
      return value.values.map((v) => literal(v, variables));
    case Kind.NULL:
      return null;
    default:
      return undefined;
  }
}
