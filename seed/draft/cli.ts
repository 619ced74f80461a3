// npm run draft -- ARTICLE.txt --source-id ID --title T --publisher P --published YYYY-MM-DD [--url U] [--out FILE]
//                  [--graph PATH ...] [--no-graph] [--force]
// npm run draft -- --review FILE [--port N]
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ArticleValidationError } from '../../server/article/article-validation-error.ts';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { draftArticle } from './draft-article.ts';
import { dropInvalidItems } from './repair.ts';
import { GraphIndex, GraphPathError, loadGraphIndex } from './graph-index.ts';
import { checkPublished, DraftInputError, readArticleText } from './read-article-text.ts';
import { documentJson, writeAtomically } from './write-document.ts';

const USAGE = `usage:
  npm run draft -- ARTICLE.txt --source-id ID --title T --publisher P --published YYYY-MM-DD [--url U] [--out FILE]
                   [--graph PATH ...] [--no-graph] [--force]
  npm run draft -- --review FILE [--port N]`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'source-id': { type: 'string' },
      title: { type: 'string' },
      publisher: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string' },
      graph: { type: 'string', multiple: true },
      'no-graph': { type: 'boolean' },
      force: { type: 'boolean' },
      review: { type: 'string' },
      port: { type: 'string' },
    },
  });
  if (values.review) {
    if (!existsSync(values.review)) throw new DraftInputError(`--review: no such file: ${values.review}`);
    const { startReviewServer } = await import('./review/review-server.ts');
    const server = await startReviewServer(values.review, values.port ? Number(values.port) : 4100);
    console.log(`Reviewing ${values.review} at ${server.url} (Ctrl-C to stop)`);
    return new Promise<number>(() => {});
  }
  const [textFile, ...extra] = positionals;
  if (!textFile || extra.length > 0) throw new DraftInputError(`give exactly one article text file\n${USAGE}`);
  const published = checkPublished(values.published);
  for (const k of ['source-id', 'title', 'publisher'] as const)
    if (!values[k]?.trim()) throw new DraftInputError(`--${k} is required\n${USAGE}`);
  const sourceId = values['source-id']!;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(sourceId))
    throw new DraftInputError(`--source-id "${sourceId}" must be kebab-case, <publisher-slug>-<YYYY-MM-DD>`);
  const text = readArticleText(textFile);
  const graph = values['no-graph'] ? new GraphIndex([]) : await loadGraphIndex(values.graph ?? [DEFAULT_ARTICLES_DIR]);
  const out = values.out ?? path.join(path.dirname(textFile), `${sourceId}.json`);
  if (!existsSync(path.dirname(path.resolve(out))))
    throw new DraftInputError(`--out: no such folder: ${path.dirname(out)}`);
  if (existsSync(out) && !values.force)
    throw new DraftInputError(`${out} exists; give --force to replace it, or another --out`);

  const drafted = draftArticle(
    text,
    {
      id: sourceId,
      title: values.title!,
      publisher: values.publisher!,
      published,
      ...(values.url ? { url: values.url } : {}),
      textFile: path.relative(path.dirname(path.resolve(out)), path.resolve(textFile)),
    },
    graph,
  );
  if (drafted.actors.length === 0)
    throw new DraftInputError(`${textFile}: no actor found (a document needs at least one); nothing written`);
  // The draft must be a valid document in everything but its review marks, or nothing is written.
  const checked = dropInvalidItems(out, drafted, text);
  const doc = checked.doc;
  for (const note of checked.notes) console.log(`note: ${note}`);
  writeAtomically(out, documentJson(doc));
  const n = (k: 'actors' | 'events' | 'statements' | 'relationships') => doc[k].length;
  console.log(
    `${out}: ${n('actors')} actors, ${n('events')} events, ${n('statements')} statements, ${n('relationships')} relationships, all proposed`,
  );
  if (!doc.statements.some((s) => s.kind === 'QUOTE')) console.log('note: no quotation found in the text');
  if (!doc.events.some((e) => !e.date.startsWith('..')))
    console.log(`note: no date found for any event; each is "on or before ${published}"`);
  console.log(`next: npm run draft -- --review ${out}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      const known = e instanceof DraftInputError || e instanceof GraphPathError || e instanceof ArticleValidationError;
      console.error(known ? `draft: ${(e as Error).message}` : e);
      if (e instanceof TypeError && (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) console.error(USAGE);
      process.exit(known || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 1);
    },
  );
}
