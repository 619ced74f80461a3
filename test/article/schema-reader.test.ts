// The compiled schema reader answers exactly as zod for what zod accepts, and defers to zod for anything else.
// Checked on the seed document and on thousands of seeded random mutations of it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { articleDocumentSchema } from '../../server/article/document-schema.ts';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { compileSchemaReader, NO_MATCH } from '../../server/article/schema-reader.ts';

const original: unknown = JSON.parse(
  await readFile(path.join(DEFAULT_ARTICLES_DIR, 'thin-line-news-2025-05-05.json'), 'utf8'),
);
const readDocument = compileSchemaReader(articleDocumentSchema);

/** Same values and the same key order as zod's result. */
function expectSameAsZod(schema: z.ZodType, read: (v: unknown) => unknown, input: unknown): 'read' | 'deferred' {
  const mine = read(input);
  const theirs = schema.safeParse(input);
  if (mine === NO_MATCH) return 'deferred';
  expect(theirs.success).toBe(true);
  expect(mine).toStrictEqual(theirs.data);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs.data));
  return 'read';
}

// A small seeded generator (mulberry32), so a failure can be replayed.
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REMOVE = Symbol('remove');
const REPLACEMENTS: unknown[] = [
  REMOVE,
  undefined,
  null,
  '',
  ' ',
  '  padded  ',
  'UPPER',
  'kebab-case-id',
  'Bad Id',
  'PROPOSED_TO',
  '2025-05-05',
  'https://example.org/a',
  'not a url',
  'PERSON',
  'QUOTE',
  -1,
  0,
  1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  true,
  [],
  [{}],
  {},
  JSON.parse('{"__proto__": 1}'),
];

/** Every [parent, key] in the document, nested ones included. */
function slots(doc: unknown): Array<[Record<string, unknown> | unknown[], string | number]> {
  const out: Array<[Record<string, unknown> | unknown[], string | number]> = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        out.push([v, i]);
        walk(x);
      });
    } else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        out.push([o, k]);
        walk(o[k]);
      }
    }
  };
  walk(doc);
  return out;
}

function mutate(random: () => number): unknown {
  const doc: unknown = structuredClone(original);
  const changes = 1 + Math.floor(random() * 3);
  for (let c = 0; c < changes; c++) {
    const all = slots(doc);
    const [parent, key] = all[Math.floor(random() * all.length)]!;
    const roll = random();
    if (roll < 0.1 && !Array.isArray(parent)) {
      parent[`extra${c}`] = 1; // an undeclared key
      continue;
    }
    const value = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)];
    if (value === REMOVE) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key as string];
    } else (parent as Record<string | number, unknown>)[key] = structuredClone(value);
  }
  return doc;
}

describe('compileSchemaReader', () => {
  it('reads the seed document exactly as zod does', () => {
    expect(expectSameAsZod(articleDocumentSchema, readDocument, original)).toBe('read');
  });

  it('never accepts what zod rejects, and returns what zod returns, over random mutations', () => {
    const random = rng(20261128);
    const counts = { read: 0, deferred: 0 };
    for (let i = 0; i < 3000; i++) counts[expectSameAsZod(articleDocumentSchema, readDocument, mutate(random))]++;
    // Both paths are exercised: some mutations keep the document valid (defaults, trimming, other valid values).
    expect(counts.read).toBeGreaterThan(50);
    expect(counts.deferred).toBeGreaterThan(500);
  });

  it('trims and fills defaults as zod does', () => {
    const doc = structuredClone(original) as { actors: Array<Record<string, unknown>> };
    doc.actors[0]!.name = '  Claudia Sheinbaum \n';
    delete doc.actors[0]!.aliases;
    delete doc.actors[0]!.roles;
    expect(expectSameAsZod(articleDocumentSchema, readDocument, doc)).toBe('read');
  });

  it('returns input the schema leaves unchanged as itself, and copies input it changes', () => {
    // zod's own result: keys in schema order, defaults filled, strings trimmed.
    const doc = articleDocumentSchema.parse(original) as unknown as { actors: Array<Record<string, unknown>> };
    expect(readDocument(doc)).toBe(doc);
    // The seed document leaves defaults out: a copy.
    expect(readDocument(original)).not.toBe(original);
    // Keys out of schema order: zod's result has them in schema order, so this must be a copy.
    const actor = doc.actors[0]!;
    const { id, ...rest } = actor;
    doc.actors[0] = { ...rest, id };
    const read = readDocument(doc) as typeof doc;
    expect(read).not.toBe(doc);
    expect(Object.keys(read.actors[0]!)).toStrictEqual(Object.keys(actor));
    expect(expectSameAsZod(articleDocumentSchema, readDocument, doc)).toBe('read');
  });

  it('hands kinds and checks it does not know to zod', () => {
    const schema = z.strictObject({
      url: z.url(),
      email: z.email().optional(),
      short: z.string().max(3),
      tags: z.array(z.string()).max(2).default([]),
      pair: z.tuple([z.number(), z.number()]).optional(),
    });
    const read = compileSchemaReader(schema);
    const good = { url: 'https://example.org', email: 'a@b.org', short: 'abc', pair: [1, 2] };
    expect(expectSameAsZod(schema, read, good)).toBe('read');
    for (const bad of [
      { ...good, url: 'example' },
      { ...good, email: 'nope' },
      { ...good, short: 'abcd' },
      { ...good, tags: ['a', 'b', 'c'] },
      { ...good, pair: [1] },
      { ...good, url: undefined },
    ])
      expect(read(bad)).toBe(NO_MATCH);
  });
});
