// Reads the Cypher files under cypher/ once, keyed by their path without extension ('read/timeline-page').
import { projectPath } from '../project-root.ts';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { minifyCypher } from './minify-cypher.ts';

/** The project's query folder. */
export const CYPHER_DIR = projectPath('cypher/');

export class MissingQueryError extends Error {
  constructor(
    readonly missing: readonly string[],
    dir: string,
  ) {
    super(
      `missing Cypher quer${missing.length === 1 ? 'y' : 'ies'} in ${dir}: ${missing.map((m) => `${m}.cypher`).join(', ')}`,
    );
    this.name = 'MissingQueryError';
  }
}

export type QueryMap<K extends string> = Readonly<Record<K, string>>;

async function listCypherFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listCypherFiles(dir, rel)));
    else if (e.name.endsWith('.cypher')) out.push(rel);
  }
  return out.sort();
}

/** The files of a folder, read once per process: queries do not change while it runs (a deploy restarts it). */
const loaded = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** Every query under `dir`, keyed by relative path without `.cypher`, comments and layout stripped. */
export function loadAllQueries(dir: string = CYPHER_DIR): Promise<ReadonlyMap<string, string>> {
  let queries = loaded.get(dir);
  if (!queries) {
    queries = readAllQueries(dir);
    loaded.set(dir, queries);
    // A failed read (a missing folder) is not kept: the next call tries again.
    queries.catch(() => loaded.delete(dir));
  }
  return queries;
}

async function readAllQueries(dir: string): Promise<ReadonlyMap<string, string>> {
  const files = await listCypherFiles(dir);
  const queries = new Map<string, string>();
  for (const f of files) {
    const text = minifyCypher(await readFile(path.join(dir, f), 'utf8'));
    // A file holds one statement; a trailing semicolon would make the driver reject it.
    queries.set(f.slice(0, -'.cypher'.length), text.replace(/;$/, ''));
  }
  return queries;
}

/** The named queries, or MissingQueryError listing every one that has no file (so a bad deploy fails at start). */
export async function loadQueries<K extends string>(
  names: readonly K[],
  dir: string = CYPHER_DIR,
): Promise<QueryMap<K>> {
  const all = await loadAllQueries(dir);
  const missing = names.filter((n) => !all.has(n));
  if (missing.length > 0) throw new MissingQueryError(missing, dir);
  return Object.fromEntries(names.map((n) => [n, all.get(n)!])) as Record<K, string>;
}

/** The queries under one folder (e.g. every 'schema/…' statement), in file-name order. */
export async function loadQueryGroup(
  group: string,
  dir: string = CYPHER_DIR,
): Promise<Array<{ name: string; text: string }>> {
  const all = await loadAllQueries(dir);
  const out = [...all].filter(([name]) => name.startsWith(`${group}/`)).map(([name, text]) => ({ name, text }));
  if (out.length === 0) throw new MissingQueryError([`${group}/*`], dir);
  return out;
}
