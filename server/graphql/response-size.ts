// The JSON size of a resolver's value under its selection, down to the fields that resolve themselves. Fields that
// resolve by default (a property read: most scalars, a connection's edges, an item's date) are counted here, when
// the resolver above them returns, instead of through a wrapper around each: a wrapper cost a function call per
// scalar of every response (~13,000 on a 500-item page) and kept a compiled executor from inlining the read.
// Fields with their own resolver are left out: response-budget.ts charges each when it runs.
import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLUnionType,
  type SelectionSetNode,
} from 'graphql';
import { isAbstractTypeAnyRealm, isObjectTypeAnyRealm } from './graphql-realm.ts';

/** One default-resolved field of an object's selection: where it goes in the JSON and what it selects below. */
interface Selected {
  key: string;
  name: string;
  /** The field's type, or null for `__typename`. */
  shape: Shape | null;
  nodes: readonly FieldNode[];
}

const tag = (t: unknown) => Object.prototype.toString.call(t);

/** A field's JSON size: its key (with quotes, colon, comma) and value. */
export function fieldSize(key: string, value: unknown, info: GraphQLResolveInfo, context: unknown): number {
  return key.length + 4 + valueSize(value, shapeOf(info.returnType), info.fieldNodes, new Walk(info, context));
}

/** Plans per field node and object type, for the life of the parsed document (yoga caches it per query text). */
const plans = new WeakMap<FieldNode, Map<string, Selected[]>>();

class Walk {
  constructor(
    readonly info: GraphQLResolveInfo,
    readonly context: unknown,
  ) {}

  /** The default-resolved fields `nodes` select on an object of `type`. */
  selected(nodes: readonly FieldNode[], type: GraphQLObjectType): Selected[] {
    const first = nodes[0]!;
    let byType = plans.get(first);
    if (!byType) plans.set(first, (byType = new Map()));
    let plan = byType.get(type.name);
    if (!plan) {
      const fields = new Map<string, Selected>();
      for (const node of nodes) if (node.selectionSet) this.collect(node.selectionSet, type, fields);
      byType.set(type.name, (plan = [...fields.values()]));
    }
    return plan;
  }

  private collect(set: SelectionSetNode, type: GraphQLObjectType, into: Map<string, Selected>) {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        const known = into.get(key);
        if (known) {
          (known.nodes as FieldNode[]).push(s);
          continue;
        }
        if (s.name.value === '__typename') {
          into.set(key, { key, name: '__typename', shape: null, nodes: [s] });
          continue;
        }
        const field: GraphQLField<unknown, unknown> | undefined = type.getFields()[s.name.value];
        if (field && !field.resolve) into.set(key, { key, name: s.name.value, shape: shapeOf(field.type), nodes: [s] });
        // A field with a resolver holds its key's place (a later duplicate merges into it) but is charged when it runs.
        else into.set(key, { key, name: s.name.value, shape: null, nodes: [] });
      } else {
        const fragment: { typeCondition?: { name: { value: string } }; selectionSet: SelectionSetNode } | undefined =
          s.kind === Kind.INLINE_FRAGMENT ? s : (this.info.fragments[s.name.value] as FragmentDefinitionNode);
        if (fragment && this.applies(fragment.typeCondition?.name.value, type))
          this.collect(fragment.selectionSet, type, into);
      }
    }
  }

  private applies(condition: string | undefined, type: GraphQLObjectType): boolean {
    if (!condition || condition === type.name) return true;
    const abstract = this.info.schema.getType(condition);
    return isAbstractTypeAnyRealm(abstract) && this.info.schema.isSubType(abstract, type);
  }

  /** The object type of a value under an abstract type, as execution will resolve it (ours resolve synchronously). */
  concrete(value: unknown, type: GraphQLInterfaceType | GraphQLUnionType): GraphQLObjectType | null {
    const name: unknown = type.resolveType?.(value, this.context, this.info, type);
    if (typeof name !== 'string') return null;
    const shape = shapeOf(this.info.schema.getType(name) as GraphQLOutputType);
    return shape.kind === 'object' ? shape.type : null;
  }
}

/** A field type, classified once (graphql's type tests are slow across realms, and this runs per value). */
type Shape =
  | { kind: 'leaf' }
  | { kind: 'list'; of: Shape }
  | { kind: 'object'; type: GraphQLObjectType }
  | { kind: 'abstract'; type: GraphQLInterfaceType | GraphQLUnionType };

const shapes = new WeakMap<GraphQLOutputType, Shape>();
const LEAF: Shape = { kind: 'leaf' };

function shapeOf(type: GraphQLOutputType): Shape {
  let shape = shapes.get(type);
  if (shape) return shape;
  const t = tag(type);
  if (t === '[object GraphQLNonNull]') shape = shapeOf((type as { ofType: GraphQLOutputType }).ofType);
  else if (t === '[object GraphQLList]')
    shape = { kind: 'list', of: shapeOf((type as { ofType: GraphQLOutputType }).ofType) };
  else if (isObjectTypeAnyRealm(type)) shape = { kind: 'object', type };
  else if (isAbstractTypeAnyRealm(type)) shape = { kind: 'abstract', type };
  else shape = LEAF;
  shapes.set(type, shape);
  return shape;
}

function valueSize(value: unknown, shape: Shape, nodes: readonly FieldNode[], walk: Walk): number {
  if (value === null || value === undefined) return 4;
  if (shape.kind === 'leaf' || typeof value !== 'object') return scalarSize(value);
  if (shape.kind === 'list') {
    if (!Array.isArray(value)) return scalarSize(value);
    let n = 2;
    for (const item of value) n += 1 + valueSize(item, shape.of, nodes, walk);
    return n;
  }
  if (shape.kind === 'object') return objectSize(value, shape.type, nodes, walk);
  const concrete = walk.concrete(value, shape.type);
  if (concrete) return objectSize(value, concrete, nodes, walk);
  // An abstract type whose resolver is not synchronous: the largest branch counts (a bound, never less).
  let most = 2;
  for (const t of walk.info.schema.getPossibleTypes(shape.type))
    most = Math.max(most, objectSize(value, t, nodes, walk));
  return most;
}

function objectSize(value: object, type: GraphQLObjectType, nodes: readonly FieldNode[], walk: Walk): number {
  let n = 2;
  for (const f of walk.selected(nodes, type)) {
    if (f.nodes.length === 0) continue;
    n += f.key.length + 4;
    if (f.shape === null) n += type.name.length + 2;
    else n += valueSize((value as Record<string, unknown>)[f.name], f.shape, f.nodes, walk);
  }
  return n;
}

/** A leaf's JSON: a string with its quotes, a list of leaves, a number or boolean as 8, null as 4. */
export function scalarSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || value === undefined) return 4;
  if (Array.isArray(value)) {
    let n = 2;
    for (const item of value) n += typeof item === 'object' && item !== null ? 3 : scalarSize(item) + 1;
    return n;
  }
  return typeof value === 'object' ? 2 : 8;
}
