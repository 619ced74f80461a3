// `npm run seed -- [--dry-run] [paths...]` (`--help` for usage): validates every article document (seed/articles
// plus any files or folders given), and only when all are valid writes them into the Neo4j at NEO4J_URI, several
// articles per transaction (see neo4j-writer.ts), with a progress line on a terminal. Re-running changes nothing; a
// changed document replaces its source's claims and evidence. `--remove <source-id>` takes a source out instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleValidationError } from '../server/article/article-validation-error.ts';
import { DEFAULT_ARTICLES_DIR, findArticleFiles, loadArticle } from '../server/article/load-articles.ts';
import type { ParsedArticle } from '../server/article/parsed-article.ts';
import { createDriver, type Neo4jConnection } from '../server/store/neo4j/create-driver.ts';
import { graphCounts, type GraphCounts } from '../server/store/neo4j/graph-counts.ts';
import {
  ArticleWriteError,
  removeSources,
  UnknownSourceError,
  writeArticles,
  type WriteOptions,
} from '../server/store/neo4j/neo4j-writer.ts';
import { idKindClashes } from '../server/article/check-id-kinds.ts';
import { graphKindClashes } from '../server/store/neo4j/graph-id-kinds.ts';
import { StoreUnavailableError } from '../server/store/store-errors.ts';
import { formatSeconds, progressLine } from './progress-line.ts';
import { readSeedArgs, SeedArgsError, USAGE } from './seed-args.ts';

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
  progress: Pick<WriteOptions, 'onProgress'> = {},
): Promise<SeedReport> {
  const { files, articles } = await loadAllValid(paths);
  return writeValid(connection, files, articles, progress);
}

/**
 * Refuses documents declaring an id as another kind than a source already in the graph does (a COUNTRY there, a
 * GROUP here), like loadAllValid refuses it between the documents of one run; the sources they re-seed don't count.
 */
export async function checkAgainstGraph(
  connection: Neo4jConnection,
  articles: readonly ParsedArticle[],
): Promise<void> {
  const driver = createDriver(connection);
  try {
    const errors = await graphKindClashes(driver, articles, connection.database);
    if (errors.length > 0) throw new InvalidArticlesError(errors);
  } finally {
    await driver.close();
  }
}

/** Writes articles already validated by loadAllValid, once checkAgainstGraph finds no clash with the graph. */
export async function writeValid(
  connection: Neo4jConnection,
  files: string[],
  articles: readonly ParsedArticle[],
  progress: Pick<WriteOptions, 'onProgress'> = {},
): Promise<SeedReport> {
  await checkAgainstGraph(connection, articles);
  const driver = createDriver(connection);
  const options: WriteOptions = { ...progress, ...(connection.database ? { database: connection.database } : {}) };
  try {
    await writeArticles(driver, articles, options);
    return { files, articles: articles.length, counts: await graphCounts(driver, connection.database) };
  } finally {
    await driver.close();
  }
}

function formatCounts(c: Record<string, number>): string {
  return Object.entries(c)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
}

/** What the documents hold, distinct ids across articles (an id shared by two articles is one node). */
function documentCounts(articles: readonly ParsedArticle[]): Record<string, number> {
  const kinds = ['actors', 'events', 'statements', 'relationships'] as const;
  return Object.fromEntries(kinds.map((k) => [k, new Set(articles.flatMap((a) => a[k].map((x) => x.id))).size]));
}

/** ARTICLES (comma-separated, as the server reads it) replaces seed/articles; the Docker service mounts it. */
function baseArticles(): string[] {
  const listed = (process.env['ARTICLES'] ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  return listed.length > 0 ? listed : [DEFAULT_ARTICLES_DIR];
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

function connectionFromEnv(password: string): Neo4jConnection {
  const database = process.env['NEO4J_DATABASE'];
  return {
    uri: process.env['NEO4J_URI'] || 'bolt://localhost:7687',
    user: process.env['NEO4J_USER'] || 'neo4j',
    password,
    ...(database ? { database } : {}),
  };
}

function reportError(e: unknown, uri: string): void {
  const unavailable = e instanceof ArticleWriteError ? e.cause : e;
  if (unavailable instanceof StoreUnavailableError)
    console.error(
      `Cannot reach Neo4j at ${uri}: ${unavailable.message}${e instanceof ArticleWriteError ? `\n${e.message}` : ''}`,
    );
  else if (
    e instanceof InvalidArticlesError ||
    e instanceof ArticleWriteError ||
    e instanceof SeedArgsError ||
    e instanceof UnknownSourceError
  )
    console.error(e.message);
  else if ((e as NodeJS.ErrnoException).code === 'ENOENT')
    console.error(`No such article file or folder: ${(e as NodeJS.ErrnoException).path ?? ''}`);
  else console.error(e);
}

async function main(argv: readonly string[]): Promise<number> {
  let uri = '(not connected)';
  try {
    const args = readSeedArgs(argv);
    if (args.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    if (args.remove.length > 0) {
      const password = process.env['NEO4J_PASSWORD'];
      if (!password) {
        console.error('NEO4J_PASSWORD is not set: removing a source needs the Neo4j connection.');
        return 1;
      }
      const connection = connectionFromEnv(password);
      uri = connection.uri;
      const counts = await removeFromNeo4j(connection, args.remove);
      console.log(`Removed ${args.remove.join(', ')} from ${connection.uri}.`);
      console.log(`nodes: ${formatCounts(counts.nodes)}`);
      console.log(`relationships: ${formatCounts(counts.relationships)}`);
      return 0;
    }
    // Validation comes first: a bad document is reported without any credentials or database.
    const started = Date.now();
    const { files, articles } = await loadAllValid([...baseArticles(), ...args.paths]);
    const listed = files.map((f) => `  ${path.relative(process.cwd(), f)}`).join('\n');
    const password = process.env['NEO4J_PASSWORD'];
    if (args.dryRun) {
      // With credentials, the dry run also says whether the documents fit the graph they would be seeded into.
      if (password) {
        uri = connectionFromEnv(password).uri;
        await checkAgainstGraph(connectionFromEnv(password), articles);
      }
      console.log(`Dry run: ${articles.length} article document(s) valid, nothing written:\n${listed}`);
      console.log(`They hold: ${formatCounts(documentCounts(articles))}.`);
      console.log(
        password
          ? `No id in them has another kind in the graph at ${uri}.`
          : 'Not compared with a graph (NEO4J_PASSWORD is not set).',
      );
      return 0;
    }
    if (!password) {
      console.error(
        `${articles.length} article document(s) are valid, but NEO4J_PASSWORD is not set. Set NEO4J_URI (default bolt://localhost:7687), NEO4J_USER (default neo4j) and NEO4J_PASSWORD, or run with --dry-run to validate only.`,
      );
      return 1;
    }
    const connection = connectionFromEnv(password);
    uri = connection.uri;
    const progress = process.stderr.isTTY || args.progress ? progressLine(process.stderr) : null;
    const report = await writeValid(connection, files, articles, {
      ...(progress ? { onProgress: (done: number, total: number) => progress.update(done, total) } : {}),
    }).finally(() => progress?.finish());
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `Seeded ${report.articles} article(s) into ${connection.uri} in ${formatSeconds(seconds)} (${(report.articles / Math.max(seconds, 0.001)).toFixed(1)} articles/s):\n${listed}`,
    );
    console.log(`nodes: ${formatCounts(report.counts.nodes)}`);
    console.log(`relationships: ${formatCounts(report.counts.relationships)}`);
    return 0;
  } catch (e) {
    reportError(e, uri);
    return 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
