// A faster reading of a zod schema for input the schema accepts, compiled from the schema's own definition.
// zod stays the contract: this reader only ever answers "the schema returns exactly this" or "ask zod" (NO_MATCH),
// never an error of its own, so every rejection and its messages still come from zod. At 100k events zod's
// generic machinery (a payload object, a check loop and an issue list per value, ~2M values) was a quarter of
// start-up. Kinds of schema it does not know, and checks it does not know, are handed to zod value by value.
import type { z } from 'zod';

/** The reader's answer when it cannot vouch for the input: run the schema itself. */
export const NO_MATCH: unique symbol = Symbol('no match');
type Read = (value: unknown) => unknown;

/** Compiles `schema` into a function returning exactly what `schema.parse` would, or NO_MATCH. */
export function compileSchemaReader(schema: z.ZodType): Read {
  return compile(schema);
}

type Node = z.core.$ZodType;
type Check = z.core.$ZodCheck;
const defOf = (node: Node) => node._zod.def;
// Every zod instance, checks included, names the kinds it implements in `traits` (typed on schemas only).
const has = (node: Node | Check, trait: string) => (node._zod as { traits?: Set<string> }).traits?.has(trait) === true;

function compile(node: Node): Read {
  const def = defOf(node);
  // A schema that is also a check (formats such as z.url()) carries logic beyond its kind: zod reads it.
  if (has(node, '$ZodCheck') || ('coerce' in def && def.coerce)) return delegate(node);
  switch (def.type) {
    case 'object':
      return compileObject(node as z.core.$ZodObject) ?? delegate(node);
    case 'array':
      return compileArray(node as z.core.$ZodArray) ?? delegate(node);
    case 'string':
      return compileString(node) ?? delegate(node);
    case 'number':
      return compileNumber(node) ?? delegate(node);
    case 'enum':
    case 'literal': {
      const values = node._zod.values;
      if (!values || !(has(node, '$ZodEnum') || has(node, '$ZodLiteral')) || checksOf(node).length > 0)
        return delegate(node);
      return (v) => (values.has(v as z.core.util.Primitive) ? v : NO_MATCH);
    }
    default:
      return delegate(node);
  }
}

/** zod itself, for one value. */
function delegate(node: Node): Read {
  const schema = node as z.ZodType;
  return (v) => {
    const r = schema.safeParse(v);
    return r.success ? r.data : NO_MATCH;
  };
}

function checksOf(node: Node): Check[] {
  return defOf(node).checks ?? [];
}

/** How an object field treats an absent key; null when it is a kind this reader leaves to zod. */
type Field = { key: string; read: Read; absent: 'fail' | 'omit' | (() => unknown) };

function fieldOf(key: string, node: Node): Field | null {
  const { optin, optout } = node._zod;
  if (optin === undefined && optout === undefined) return { key, read: compile(node), absent: 'fail' };
  const def = defOf(node);
  // .optional() over a value that is not defaulted: an absent key is left out of the result.
  if (def.type === 'optional' && has(node, '$ZodOptional') && !has(node, '$ZodExactOptional') && optin === 'optional') {
    const inner = (def as z.core.$ZodOptionalDef).innerType;
    if (inner._zod.optin !== undefined) return null;
    return { key, read: compile(inner), absent: 'omit' };
  }
  // .default(x): an absent key gets the default (zod's getter hands out a fresh copy each time).
  if (def.type === 'default' && has(node, '$ZodDefault') && optout === undefined) {
    const d = def as z.core.$ZodDefaultDef;
    if (d.innerType._zod.optin !== undefined || d.innerType._zod.optout !== undefined) return null;
    return { key, read: compile(d.innerType), absent: () => d.defaultValue };
  }
  return null;
}

function compileObject(node: z.core.$ZodObject): Read | null {
  const def = node._zod.def;
  const catchall = def.catchall;
  // Strict objects (catchall never) and plain ones (no catchall) only; checks on objects are left to zod.
  const strict = catchall !== undefined;
  if ((strict && defOf(catchall).type !== 'never') || checksOf(node).length > 0) return null;
  if (Object.getOwnPropertySymbols(def.shape).length > 0) return null;
  const fields: Field[] = [];
  for (const key of Object.keys(def.shape)) {
    const field = key === '__proto__' ? null : fieldOf(key, def.shape[key] as Node);
    if (!field) return null;
    fields.push(field);
  }
  // Each key's place in the schema: zod's result lists keys in schema order, so input in another order is copied.
  const place = new Map(fields.map((f, i) => [f.key, i] as const));
  return (v) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return NO_MATCH;
    const input = v as Record<string, unknown>;
    // zod walks every enumerable key (for...in) and rejects undeclared ones in a strict object (drops them in a
    // plain one, which is then a copy).
    let inOrder = true;
    let last = -1;
    for (const key in input) {
      const at = place.get(key);
      if (at === undefined) {
        if (strict) return NO_MATCH;
        inOrder = false;
      } else if (at < last) inOrder = false;
      else last = at;
    }
    // Input the schema returns unchanged (keys in schema order, nothing trimmed or defaulted) is returned itself:
    // copying every object and array of a parsed document was a quarter of the reader's CPU time at 100k events, and
    // garbage. The copy starts at the first field that differs.
    let out: Record<string, unknown> | null = inOrder ? null : {};
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i]!;
      const value = input[f.key];
      if (value === undefined) {
        // A key present with the value undefined has its own rules in zod: not worth repeating here.
        if (f.absent === 'fail' || f.key in input) return NO_MATCH;
        if (f.absent === 'omit') continue;
        out ??= copyFields(input, fields, i);
        out[f.key] = f.absent();
        continue;
      }
      const r = f.read(value);
      if (r === NO_MATCH || r === undefined) return NO_MATCH;
      if (out === null && r !== value) out = copyFields(input, fields, i);
      if (out !== null) out[f.key] = r;
    }
    return out ?? input;
  };
}

/** A new object holding input's values of the first `n` fields (present ones), which read as themselves. */
function copyFields(input: Record<string, unknown>, fields: readonly Field[], n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) {
    const value = input[fields[i]!.key];
    if (value !== undefined) out[fields[i]!.key] = value;
  }
  return out;
}

/** min_length checks (arrays, strings): the only length check this reader runs itself. */
function minLength(check: Check): number | null {
  if (!has(check, '$ZodCheckMinLength')) return null;
  const minimum = (check._zod.def as z.core.$ZodCheckMinLengthDef).minimum;
  return typeof minimum === 'number' ? minimum : null;
}

function compileArray(node: z.core.$ZodArray): Read | null {
  let min = 0;
  for (const check of checksOf(node)) {
    const m = minLength(check);
    if (m === null) return null;
    min = Math.max(min, m);
  }
  const element = compile(node._zod.def.element);
  return (v) => {
    if (!Array.isArray(v) || v.length < min) return NO_MATCH;
    // As for objects: the array itself when every element reads as itself, else a copy from the first that does not.
    let out: unknown[] | null = null;
    for (let i = 0; i < v.length; i++) {
      const r = element(v[i]);
      if (r === NO_MATCH || r === undefined) return NO_MATCH;
      if (out === null && r !== v[i]) out = v.slice(0, i);
      if (out !== null) out.push(r);
    }
    return out ?? v;
  };
}

type StringStep = { test: (s: string) => boolean } | { tx: (s: string) => string };

function compileString(node: Node): Read | null {
  if (!has(node, '$ZodString') || 'format' in defOf(node)) return null;
  // zod runs a string's checks in order, each on the value the previous overwrite left.
  const steps: StringStep[] = [];
  for (const check of checksOf(node)) {
    const cdef = check._zod.def;
    const min = minLength(check);
    if (min !== null) steps.push({ test: (s) => s.length >= min });
    else if (has(check, '$ZodCheckRegex') && !cdef.when) {
      const pattern = (cdef as z.core.$ZodCheckRegexDef).pattern;
      steps.push({
        test: (s) => {
          pattern.lastIndex = 0;
          return pattern.test(s);
        },
      });
    } else if (has(check, '$ZodCheckOverwrite') && !cdef.when) {
      const tx = (cdef as z.core.$ZodCheckOverwriteDef<string>).tx;
      steps.push({ tx });
    } else return null;
  }
  // One check, the usual case (an id's pattern): called directly, without the loop over steps (~2M strings).
  const only = steps.length === 1 ? steps[0]! : null;
  if (only !== null && 'test' in only) {
    const test = only.test;
    return (v) => (typeof v === 'string' && test(v) ? v : NO_MATCH);
  }
  return (v) => {
    if (typeof v !== 'string') return NO_MATCH;
    let s = v;
    for (const step of steps) {
      if ('tx' in step) {
        const next: unknown = step.tx(s);
        if (typeof next !== 'string') return NO_MATCH;
        s = next;
      } else if (!step.test(s)) return NO_MATCH;
    }
    return s;
  };
}

function compileNumber(node: Node): Read | null {
  if (!has(node, '$ZodNumber') || defOf(node).type !== 'number') return null;
  const tests: Array<(n: number) => boolean> = [];
  for (const check of checksOf(node)) {
    const cdef = check._zod.def;
    if (cdef.when) return null;
    if (has(check, '$ZodCheckNumberFormat') && (cdef as z.core.$ZodCheckNumberFormatDef).format === 'safeint') {
      tests.push(Number.isSafeInteger);
    } else if (has(check, '$ZodCheckGreaterThan')) {
      const { value, inclusive } = cdef as z.core.$ZodCheckGreaterThanDef;
      if (typeof value !== 'number') return null;
      tests.push(inclusive ? (n) => n >= value : (n) => n > value);
    } else return null;
  }
  return (v) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) return NO_MATCH;
    for (const t of tests) if (!t(v)) return NO_MATCH;
    return v;
  };
}
