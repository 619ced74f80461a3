// Reads article documents (JSON beside their text files) from disk and validates them.
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleValidationError } from './article-validation-error.ts';
import type { ParsedArticle } from './parsed-article.ts';
import { validateArticle } from './validate-article.ts';

/** The folder of article documents shipped with the project. */
export const DEFAULT_ARTICLES_DIR = fileURLToPath(new URL('../../seed/articles/', import.meta.url));

/** Loads one document; throws ArticleValidationError naming the file for anything wrong with it. */
export async function loadArticle(file: string): Promise<ParsedArticle> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new ArticleValidationError(file, [{ path: '', message: `cannot read as JSON: ${(e as Error).message}` }]);
  }
  const textFile = (raw as { source?: { textFile?: unknown } } | null)?.source?.textFile;
  let text = '';
  if (typeof textFile === 'string') {
    try {
      text = await readFile(path.resolve(path.dirname(file), textFile), 'utf8');
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

export async function loadArticles(paths: readonly string[] = [DEFAULT_ARTICLES_DIR]): Promise<ParsedArticle[]> {
  const files = await findArticleFiles(paths);
  const out: ParsedArticle[] = [];
  for (const f of files) out.push(await loadArticle(f));
  return out;
}
