// Every type, field, argument and enum value of the executable schema carries a description, so GraphiQL's
// docs explain the whole API. The walk covers both SDL files (schema.graphql and exports.graphql).
import { describe, expect, it } from 'vitest';
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLNamedType,
} from 'graphql';
import { buildSchema } from '../../server/graphql/executable-schema.ts';

const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

/** Dotted paths of everything in the type that lacks a description. */
function undescribed(type: GraphQLNamedType): string[] {
  const missing: string[] = [];
  if (!described(type.description)) missing.push(type.name);
  if (isObjectType(type) || isInterfaceType(type)) {
    for (const field of Object.values(type.getFields())) {
      if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
      for (const arg of field.args)
        if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
    }
  } else if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields()))
      if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
  } else if (isEnumType(type)) {
    for (const value of type.getValues()) if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema descriptions', () => {
  const schema = buildSchema();
  const ours = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t));

  it('walks the whole schema (the roots and the export types are in it)', () => {
    const names = ours.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['Query', 'Actor', 'PageInfo', 'TimelineJSSlide', 'LaneBy']));
  });

  it('describes every type, field, argument and enum value', () => {
    expect(ours.flatMap(undescribed)).toEqual([]);
  });
});
