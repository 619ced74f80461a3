// Type tests that work whichever copy of graphql built the schema. graphql can be loaded twice (its CommonJS and
// ESM builds: @graphql-tools and yoga get one, our modules under vitest the other), and graphql's own isObjectType
// and friends then throw "Cannot use GraphQLObjectType from another module or realm". Every graphql type names its
// class in Symbol.toStringTag, the same in both copies.
import type {
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLOutputType,
  GraphQLInterfaceType,
  GraphQLUnionType,
} from 'graphql';

const tag = (t: unknown) => Object.prototype.toString.call(t);

export const isObjectTypeAnyRealm = (t: unknown): t is GraphQLObjectType => tag(t) === '[object GraphQLObjectType]';

export const isAbstractTypeAnyRealm = (t: unknown): t is GraphQLInterfaceType | GraphQLUnionType =>
  tag(t) === '[object GraphQLInterfaceType]' || tag(t) === '[object GraphQLUnionType]';

const isWrapper = (t: unknown): t is { ofType: GraphQLOutputType } =>
  tag(t) === '[object GraphQLList]' || tag(t) === '[object GraphQLNonNull]';

/** The named type under any List/NonNull wrappers. */
export function namedTypeAnyRealm(t: GraphQLOutputType): GraphQLNamedType {
  let type: unknown = t;
  while (isWrapper(type)) type = type.ofType;
  return type as GraphQLNamedType;
}

/** Whether a field's type is a list (under an optional NonNull). */
export function isListAnyRealm(t: GraphQLOutputType): boolean {
  const inner = tag(t) === '[object GraphQLNonNull]' ? (t as { ofType: unknown }).ofType : t;
  return tag(inner) === '[object GraphQLList]';
}
