// Article documents written into temp dirs for the seed tests: mutated copies of the seed article, and a small
// second article that reuses the seed's actor and event ids.
import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';

export const SEED_NAME = 'thin-line-news-2025-05-05';
export const SEED_DOC = path.join(DEFAULT_ARTICLES_DIR, `${SEED_NAME}.json`);

// The raw JSON document, mutated in place by the tests; deliberately untyped beyond "JSON".
export type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
export type JsonObject = { [key: string]: Json };

export function tempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `kg-${prefix}-`));
}

/** Temp dirs made on demand by a test file, all removed by `removeAll` (its afterAll). */
export function tempDirs(): { make: (prefix: string) => Promise<string>; removeAll: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: async (prefix) => {
      const d = await tempDir(prefix);
      made.push(d);
      return d;
    },
    removeAll: async () => {
      await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

export async function seedDocument(): Promise<JsonObject> {
  return JSON.parse(await readFile(SEED_DOC, 'utf8')) as JsonObject;
}

/** The value at a dotted path like `events[0].participants`: the tests' way to reach into a document. */
export function at(doc: Json, pathExpr: string): Json {
  let v: Json = doc;
  for (const part of pathExpr.match(/[^.[\]]+/g) ?? []) {
    if (Array.isArray(v)) v = v[Number(part)] as Json;
    else if (v && typeof v === 'object') v = v[part] as Json;
    else throw new Error(`no ${part} in ${pathExpr}`);
  }
  return v;
}

export const obj = (doc: Json, pathExpr: string): JsonObject => at(doc, pathExpr) as JsonObject;

/** Writes `doc` as `<dir>/<name>.json` beside a copy of the seed text (or `text`), pointing textFile at it. */
export async function writeDocument(dir: string, name: string, doc: JsonObject, text?: string): Promise<string> {
  const textFile = `${name}.txt`;
  if (text === undefined) await copyFile(path.join(DEFAULT_ARTICLES_DIR, `${SEED_NAME}.txt`), path.join(dir, textFile));
  else await writeFile(path.join(dir, textFile), text);
  obj(doc, 'source')['textFile'] = textFile;
  const file = path.join(dir, `${name}.json`);
  await writeFile(file, JSON.stringify(doc, null, 2));
  return file;
}

/** An evidence span for the first occurrence of `quote` in `text`. */
export function span(text: string, quote: string): JsonObject {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture text lacks ${JSON.stringify(quote)}`);
  return { start, end: start + quote.length, quote };
}

export const SECOND_TEXT = `Second look at Mexico's refusal

May 7, 2025

According to the USA Herald, Claudia Sheinbaum, whom aides call Dr. Sheinbaum, again turned down Donald Trump.
At the National Palace she repeated that Mexico would not accept U.S. troops.
Her press conference defended the rejection of the troops.
Sheinbaum told reporters: "Our answer has not changed."`;

/**
 * A second article about the same people and events: new spans, one new alias, one participant it shares with
 * the seed and one it adds, a link the seed already has (with new evidence), and a statement of its own.
 */
export function secondArticle(): JsonObject {
  const t = SECOND_TEXT;
  return {
    formatVersion: 1,
    source: {
      id: 'second-look-2025-05-07',
      title: "Second look at Mexico's refusal",
      publisher: 'Test Fixture Wire',
      publishedAt: '2025-05-07',
      textFile: 'second.txt',
      citations: [{ actor: 'usa-herald', evidence: [span(t, 'According to the USA Herald')] }],
    },
    actors: [
      {
        id: 'claudia-sheinbaum',
        name: 'Claudia Sheinbaum',
        kind: 'PERSON',
        aliases: ['Sheinbaum', 'Dr. Sheinbaum'],
        evidence: [span(t, 'Claudia Sheinbaum'), span(t, 'Dr. Sheinbaum')],
      },
      { id: 'donald-trump', name: 'Donald Trump', kind: 'PERSON', evidence: [span(t, 'Donald Trump')] },
      { id: 'mexico', name: 'Mexico', kind: 'COUNTRY', evidence: [span(t, 'Mexico would not accept')] },
      { id: 'usa-herald', name: 'USA Herald', kind: 'MEDIA', evidence: [span(t, 'USA Herald')] },
    ],
    events: [
      {
        id: 'sheinbaum-national-palace-press-conference-on-us-troops',
        title: 'Press conference at the National Palace',
        kind: 'press-conference',
        location: 'National Palace, Mexico City',
        date: '../2025-05-05',
        participants: [
          { actor: 'claudia-sheinbaum', role: 'speaker' },
          { actor: 'mexico', role: 'subject' },
        ],
        links: [
          {
            type: 'DEFENDED',
            target: 'sheinbaum-rejection-us-troops-in-mexico',
            evidence: [span(t, 'Her press conference defended the rejection')],
          },
        ],
        evidence: [span(t, 'At the National Palace she repeated')],
      },
      {
        id: 'sheinbaum-rejection-us-troops-in-mexico',
        title: "Sheinbaum rejects Trump's proposal of U.S. troops in Mexico",
        kind: 'rejection',
        date: '../2025-05-05',
        participants: [{ actor: 'claudia-sheinbaum', role: 'agent' }],
        evidence: [span(t, 'again turned down Donald Trump')],
      },
    ],
    statements: [
      {
        id: 'claudia-sheinbaum-our-answer-has-not-changed',
        speaker: 'claudia-sheinbaum',
        kind: 'QUOTE',
        text: 'Our answer has not changed.',
        date: '2025-05-07',
        event: 'sheinbaum-national-palace-press-conference-on-us-troops',
        evidence: [span(t, 'Our answer has not changed.')],
      },
    ],
    relationships: [],
  };
}
