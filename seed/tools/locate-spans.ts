// CLI: builds an article document from its draft (spans given by quote only) and writes it beside its text.
// Usage: npx tsx seed/tools/locate-spans.ts seed/tools/drafts/<id>.draft.json [seed/articles/<id>.json]
// It validates the result with the real validator, so a document it writes is one `npm run seed` accepts.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_ARTICLES_DIR } from '../../server/article/load-articles.ts';
import { validateArticle } from '../../server/article/validate-article.ts';
import { locateSpans } from './span-locator.ts';

/**
 * The document as this repository formats JSON (prettier) when the dev tools are installed; plain indented JSON
 * otherwise, so the tool runs on a production install too (prettier is a dev dependency, never needed to run).
 */
async function formatJson(document: unknown, outFile: string): Promise<string> {
  const prettier = await import('prettier').catch(() => null);
  if (!prettier) return `${JSON.stringify(document, null, 2)}\n`;
  const config = (await prettier.resolveConfig(outFile)) ?? {};
  return prettier.format(JSON.stringify(document), { ...config, parser: 'json' });
}

/** Where a draft's document goes by default: seed/articles/<name without .draft>.json. */
function defaultOutputOf(draftFile: string): string {
  return path.join(DEFAULT_ARTICLES_DIR, path.basename(draftFile).replace(/(\.draft)?\.json$/, '.json'));
}

async function main(argv: readonly string[]): Promise<void> {
  const [draftArg, outArg] = argv;
  if (!draftArg) throw new Error('usage: locate-spans <draft.json> [document.json]');
  const draftFile = path.resolve(draftArg);
  const outFile = path.resolve(outArg ?? defaultOutputOf(draftFile));
  const draft: unknown = JSON.parse(await readFile(draftFile, 'utf8'));
  const textFile = (draft as { source?: { textFile?: unknown } } | null)?.source?.textFile;
  if (typeof textFile !== 'string') throw new Error(`${draftFile}: source.textFile is missing`);
  // textFile is relative to the document, not the draft, as in the real format.
  const text = await readFile(path.resolve(path.dirname(outFile), textFile), 'utf8');

  const document = locateSpans(draft, text);
  const parsed = validateArticle(outFile, document, text);
  await writeFile(outFile, await formatJson(document, outFile));
  const counts = ['actors', 'events', 'statements', 'relationships'] as const;
  console.log(
    `wrote ${path.relative(process.cwd(), outFile)}: ${counts.map((k) => `${parsed[k].length} ${k}`).join(', ')}`,
  );
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
