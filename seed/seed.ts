// `npm run seed [paths...]`: validates every article document (seed/articles plus any files or folders given),
// and only when all are valid writes them into the Neo4j at NEO4J_URI, several articles per transaction (see
// neo4j-writer.ts). Re-running it changes nothing; a changed document replaces its source's claims and evidence.
// `npm run seed -- --remove <source-id>` takes a source out instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleValidationError } from '../server/article/article-validation-error.ts';
import { idKindClashes } from '../server/article/check-id-kinds.ts';
import { DEFAULT_ARTICLES_DIR, findArticleFiles, loadArticle } from '../server/article/load-articles.ts';
import type { ParsedArticle } from '../server/article/parsed-article.ts';
import { createDriver, type Neo4jConnection } from '../server/store/neo4j/create-driver.ts';
import { graphCounts, type GraphCounts } from '../server/store/neo4j/graph-counts.ts';
import { ArticleWriteError, removeSources, writeArticles } from '../server/store/neo4j/neo4j-writer.ts';
import { StoreUnavailableError } from '../server/store/store-errors.ts';

/** One or more article documents are invalid; `errors` names each file, field and reason. */
export class InvalidArticlesError extends Error {
  constructor(readonly errors: readonly ArticleValidationError[]) {
    super(
      `${errors.length} invalid article document(s); nothing was written\n${errors.map((e) => e.message).join('\n')}`,
    );
    this.name = 'InvalidArticlesError';
  }
}

export interface SeedReport {
  files: string[];
  articles: number;
  /** The whole graph after seeding (not just what this run added). */
  counts: GraphCounts;
}

/** Loads and validates every document first; throws InvalidArticlesError listing all bad ones. */
export async function loadAllValid(paths: readonly string[]): Promise<{ files: string[]; articles: ParsedArticle[] }> {
  const files = [...new Set((await findArticleFiles(paths)).map((f) => path.resolve(f)))];
  const articles: ParsedArticle[] = [];
  const errors: ArticleValidationError[] = [];
  for (const file of files) {
    try {
      articles.push(await loadArticle(file));
    } catch (e) {
      if (!(e instanceof ArticleValidationError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length === 0) errors.push(...idKindClashes(articles));
  if (errors.length > 0) throw new InvalidArticlesError(errors);
  return { files, articles };
}

export async function seedNeo4j(
  connection: Neo4jConnection,
  paths: readonly string[] = [DEFAULT_ARTICLES_DIR],
): Promise<SeedReport> {
  const { files, articles } = await loadAllValid(paths);
  const driver = createDriver(connection);
  const options = connection.database ? { database: connection.database } : {};
  try {
    await writeArticles(driver, articles, options);
    return { files, articles: articles.length, counts: await graphCounts(driver, connection.database) };
  } finally {
    await driver.close();
  }
}

/** Takes sources out of the graph (`--remove <source-id>`): subjects only they supported go with them. */
export async function removeFromNeo4j(connection: Neo4jConnection, sourceIds: readonly string[]): Promise<GraphCounts> {
  const driver = createDriver(connection);
  try {
    await removeSources(driver, sourceIds, connection.database ? { database: connection.database } : {});
    return await graphCounts(driver, connection.database);
  } finally {
    await driver.close();
  }
}

/** `--remove <id>` (repeatable) and the paths to seed. */
export function parseSeedArgs(args: readonly string[]): { remove: string[]; paths: string[] } {
  const remove: string[] = [];
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--remove') {
      const id = args[++i];
      if (!id || id.startsWith('--'))
        throw new Error('--remove needs a source id, e.g. --remove thin-line-news-2025-05-05');
      remove.push(id);
    } else paths.push(arg);
  }
  return { remove, paths };
}

function formatCounts(c: Record<string, number>): string {
  return Object.entries(c)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

async function main(args: readonly string[]): Promise<number> {
  const password = process.env['NEO4J_PASSWORD'];
  if (!password) {
    console.error(
      'NEO4J_PASSWORD is not set. Set NEO4J_URI (default bolt://localhost:7687), NEO4J_USER (default neo4j) and NEO4J_PASSWORD.',
    );
    return 1;
  }
  const database = process.env['NEO4J_DATABASE'];
  const connection: Neo4jConnection = {
    uri: process.env['NEO4J_URI'] || 'bolt://localhost:7687',
    user: process.env['NEO4J_USER'] || 'neo4j',
    password,
    ...(database ? { database } : {}),
  };
  let parsed: { remove: string[]; paths: string[] };
  try {
    parsed = parseSeedArgs(args);
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
  try {
    if (parsed.remove.length > 0) {
      const counts = await removeFromNeo4j(connection, parsed.remove);
      console.log(`Removed ${parsed.remove.join(', ')} from ${connection.uri}.`);
      console.log(`nodes: ${formatCounts(counts.nodes)}`);
      console.log(`relationships: ${formatCounts(counts.relationships)}`);
      return 0;
    }
    const report = await seedNeo4j(connection, [DEFAULT_ARTICLES_DIR, ...parsed.paths]);
    console.log(`Seeded ${report.articles} article(s) into ${connection.uri}:`);
    for (const f of report.files) console.log(`  ${path.relative(process.cwd(), f)}`);
    console.log(`nodes: ${formatCounts(report.counts.nodes)}`);
    console.log(`relationships: ${formatCounts(report.counts.relationships)}`);
    return 0;
  } catch (e) {
    const unavailable = e instanceof ArticleWriteError ? e.cause : e;
    if (unavailable instanceof StoreUnavailableError)
      console.error(
        `Cannot reach Neo4j at ${connection.uri}: ${unavailable.message}${e instanceof ArticleWriteError ? `\n${e.message}` : ''}`,
      );
    else if (e instanceof InvalidArticlesError || e instanceof ArticleWriteError) console.error(e.message);
    else if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      console.error(`No such article file or folder: ${(e as NodeJS.ErrnoException).path ?? ''}`);
    else console.error(e);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
