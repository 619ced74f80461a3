// Reads article documents (JSON beside their text files) from disk and validates them.
import { projectPath } from '../project-root.ts';
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleValidationError } from './article-validation-error.ts';
import { idKindClashes } from './check-id-kinds.ts';
import type { ParsedArticle } from './parsed-article.ts';
import { validateArticle } from './validate-article.ts';

/** The folder of article documents shipped with the project. */
export const DEFAULT_ARTICLES_DIR = projectPath('seed', 'articles/');

/** The ARTICLES setting's files and folders, or the shipped folder when it lists none (the server and the seed). */
export const articlePaths = (listed: readonly string[]): string[] =>
  listed.length > 0 ? [...listed] : [DEFAULT_ARTICLES_DIR];

/** Loads one document; throws ArticleValidationError naming the file for anything wrong with it. */
export async function loadArticle(file: string): Promise<ParsedArticle> {
  return readArticle(file);
}

// Reads are synchronous: documents are read at start-up or by the seed, before anything is served, and
// fs/promises' readFile costs several thread-pool round trips per file (at 100k events, 4,000 files: ~0.5 s
// of CPU and idle waits, against ~0.2 s read synchronously). loadArticles yields between batches so timers
// and signals still run.
function readArticle(file: string): ParsedArticle {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ArticleValidationError(file, [{ path: '', message: `cannot read as JSON: ${(e as Error).message}` }]);
  }
  const textFile = (raw as { source?: { textFile?: unknown } } | null)?.source?.textFile;
  let text = '';
  if (typeof textFile === 'string') {
    try {
      text = readFileSync(path.resolve(path.dirname(file), textFile), 'utf8');
    } catch {
      throw new ArticleValidationError(file, [
        { path: 'source.textFile', message: `cannot read "${textFile}" next to the document` },
      ]);
    }
  }
  return validateArticle(file, raw, text);
}

/** Expands folders to the `.json` documents inside them (sorted, so loads are reproducible). */
export async function findArticleFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const p of paths) {
    if ((await stat(p)).isDirectory()) {
      const names = (await readdir(p)).filter((n) => n.endsWith('.json')).sort();
      files.push(...names.map((n) => path.join(p, n)));
    } else files.push(p);
  }
  return files;
}

/** Documents loaded between yields to the event loop. */
const BATCH = 50;

/**
 * Loads every document, in file order; all or nothing: the first bad file is the error thrown, and so is the
 * first document declaring an id with another kind than an earlier one (check-id-kinds.ts).
 */
export async function loadArticles(paths: readonly string[] = [DEFAULT_ARTICLES_DIR]): Promise<ParsedArticle[]> {
  const files = await findArticleFiles(paths);
  const out: ParsedArticle[] = [];
  for (const [i, f] of files.entries()) {
    if (i > 0 && i % BATCH === 0) await new Promise(setImmediate);
    out.push(readArticle(f));
  }
  const [clash] = idKindClashes(out);
  if (clash) throw clash;
  return out;
}
