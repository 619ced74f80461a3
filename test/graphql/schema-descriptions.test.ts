// Every type, field, argument and enum value of the executable schema carries a description, so GraphiQL's
// docs explain the whole API. The walk covers every SDL file (server/graphql/schema/).
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../server/graphql/executable-schema.ts';

// Duck-typed rather than isObjectType & co: the schema is built by @graphql-tools, which may load the other of
// graphql's two module builds (CJS/ESM), and graphql's instanceof checks refuse types from "another realm".
interface Described {
  name: string;
  description?: string | null | undefined;
}
interface Field extends Described {
  args?: readonly Described[];
}
interface AnyType extends Described {
  getFields?: () => Record<string, Field>;
  getValues?: () => readonly Described[];
}

const BUILT_IN_SCALARS = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const described = (d: string | null | undefined) => typeof d === 'string' && d.trim().length > 0;

/** Dotted paths of everything in the type that lacks a description. */
function undescribed(type: AnyType): string[] {
  const missing: string[] = [];
  if (!described(type.description)) missing.push(type.name);
  for (const field of Object.values(type.getFields?.() ?? {})) {
    if (!described(field.description)) missing.push(`${type.name}.${field.name}`);
    for (const arg of field.args ?? [])
      if (!described(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
  }
  for (const value of type.getValues?.() ?? [])
    if (!described(value.description)) missing.push(`${type.name}.${value.name}`);
  return missing;
}

describe('schema descriptions', () => {
  const schema = buildSchema();
  const ours: AnyType[] = Object.values(schema.getTypeMap()).filter(
    (t) => !t.name.startsWith('__') && !BUILT_IN_SCALARS.has(t.name),
  );

  it('walks the whole schema: roots, interfaces, enums and the export types', () => {
    const names = ours.map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['Query', 'Actor', 'Node', 'TimelineItem', 'Precision', 'TimelineJSSlide', 'LaneBy']),
    );
    // The walk itself notices a missing description at each level.
    const field = { name: 'f', description: 'd', args: [{ name: 'a' }] };
    expect(undescribed({ name: 'X', getFields: () => ({ f: field }) })).toEqual(['X', 'X.f(a)']);
    expect(undescribed({ name: 'E', description: 'e', getValues: () => [{ name: 'V' }] })).toEqual(['E.V']);
  });

  it('describes every type, field, argument and enum value', () => {
    expect(ours.flatMap(undescribed)).toEqual([]);
  });
});
