// The seed command's arguments (node:util parseArgs): options first-class, article paths positional.
import { parseArgs } from 'node:util';

export interface SeedArgs {
  help: boolean;
  dryRun: boolean;
  /** Draw the progress line even when stderr is not a terminal. */
  progress: boolean;
  /** Source ids to take out of the graph (`--remove`, repeatable); nothing is seeded then. */
  remove: string[];
  paths: string[];
}

export const USAGE = `Usage: npm run seed -- [options] [article files or folders...]

Validates every article document (seed/articles, or the ARTICLES list, plus the files and folders given: a
folder is searched for *.json documents, each with its .txt beside it), and only when all are valid writes them
into Neo4j, one transaction per batch of articles. Re-running it changes nothing; a changed document replaces its
source's claims and evidence (docs/claims.md).

Options:
  --dry-run     validate only and say what would be written; needs no Neo4j and no password (with
                NEO4J_PASSWORD set, also checks the documents' kinds against the graph they would join)
  --progress    show the progress line even when the output is not a terminal
  --remove ID   take the source with this id out of the graph (repeatable), with every node only it supports;
                nothing is seeded
  -h, --help    show this help

Environment:
  ARTICLES        comma-separated files or folders read instead of seed/articles (as the server reads them)

Neo4j connection (environment; not needed with --dry-run):
  NEO4J_URI       default bolt://localhost:7687
  NEO4J_USER      default neo4j
  NEO4J_PASSWORD  required
  NEO4J_DATABASE  default: the server's default database

Examples:
  npm run seed -- --dry-run ~/articles/my-article.json
  NEO4J_PASSWORD=secret npm run seed -- ~/articles
`;

export class SeedArgsError extends Error {
  override name = 'SeedArgsError';
}

export function readSeedArgs(argv: readonly string[]): SeedArgs {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h', default: false },
        'dry-run': { type: 'boolean', default: false },
        progress: { type: 'boolean', default: false },
        remove: { type: 'string', multiple: true, default: [] },
      },
    });
    return {
      help: values.help,
      dryRun: values['dry-run'],
      progress: values.progress,
      remove: values.remove,
      paths: positionals,
    };
  } catch (e) {
    throw new SeedArgsError(`${e instanceof Error ? e.message : String(e)}\nRun \`npm run seed -- --help\` for usage.`);
  }
}
