// A lean corpus for the million-event browser test: one source per event, a tenth of a statement and a twentieth
// of a relationship per event (the default corpus has half and a quarter, and two to five sources), built in
// memory. Each document goes through the loader's own checks (JSON text parsed, then validateArticle and the
// id-kind check, as load-articles.ts does); only writing and reading the files is skipped, which at a million
// events would be 20,000 files and minutes of disk for nothing the test looks at.
import type { ParsedArticle } from '../../server/article/parsed-article.ts';
import { idKindClashes } from '../../server/article/check-id-kinds.ts';
import { validateArticle } from '../../server/article/validate-article.ts';
import { generateCorpus } from './generate-corpus.ts';

export const LEAN_CORPUS = {
  reportsPerArticle: [0, 0] as const,
  statementsPerEvent: 0.1,
  relationshipsPerEvent: 0.05,
};

/** Documents validated between yields to the event loop (as loadArticles does). */
const BATCH = 50;

export async function leanArticles(events: number, seed = 1): Promise<ParsedArticle[]> {
  const out: ParsedArticle[] = [];
  for (const a of generateCorpus({ events, seed, ...LEAN_CORPUS }).articles) {
    if (out.length > 0 && out.length % BATCH === 0) await new Promise(setImmediate);
    // Through JSON text, as from a file: the store then holds what a loaded document would, not the generator's objects.
    out.push(validateArticle(`${a.name}.json`, JSON.parse(JSON.stringify(a.document)), a.text));
  }
  const [clash] = idKindClashes(out);
  if (clash) throw clash;
  return out;
}
