// loadArticles: every document in file order, or nothing: the first bad file (in that order) is the error.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleValidationError } from '../../server/article/article-validation-error.ts';
import { DEFAULT_ARTICLES_DIR, findArticleFiles, loadArticles } from '../../server/article/load-articles.ts';

describe('loadArticles', () => {
  let dir = '';
  let valid = '';
  let text = '';

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'kg-load-articles-'));
    const [first] = await findArticleFiles([DEFAULT_ARTICLES_DIR]);
    valid = await readFile(first!, 'utf8');
    const doc = JSON.parse(valid) as { source: { textFile: string } };
    text = await readFile(path.join(DEFAULT_ARTICLES_DIR, doc.source.textFile), 'utf8');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** A folder of documents named in order; each is the seed document, or the given broken JSON. */
  async function folder(name: string, docs: Array<string | null>): Promise<string> {
    const at = path.join(dir, name);
    await rm(at, { recursive: true, force: true });
    await mkdir(at);
    const { source } = JSON.parse(valid) as { source: { textFile: string } };
    await writeFile(path.join(at, source.textFile), text);
    // More documents than one batch, so the load crosses its yields to the event loop.
    for (const [i, doc] of docs.entries())
      await writeFile(path.join(at, `doc-${String(i).padStart(3, '0')}.json`), doc ?? valid);
    return at;
  }

  it('loads every document in file order, across batches', async () => {
    const at = await folder(
      'all-good',
      Array.from({ length: 120 }, () => null),
    );
    const articles = await loadArticles([at]);
    expect(articles.map((a) => path.basename(a.file))).toEqual(
      Array.from({ length: 120 }, (_, i) => `doc-${String(i).padStart(3, '0')}.json`),
    );
  });

  it('fails on the first bad file in order, naming it, even when later files are bad too', async () => {
    const docs: Array<string | null> = Array.from({ length: 80 }, () => null);
    docs[61] = '{ "formatVersion": 1,';
    docs[70] = '{}';
    const at = await folder('two-bad', docs);
    const error = await loadArticles([at]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect((error as ArticleValidationError).file).toBe(path.join(at, 'doc-061.json'));
    expect((error as ArticleValidationError).message).toMatch(/cannot read as JSON/);
  });

  it('refuses an id declared with another kind in a later document, naming both files, both kinds and the path', async () => {
    const clashing = JSON.parse(valid) as { source: { id: string }; actors: Array<{ id: string; kind: string }> };
    clashing.source.id = 'another-outlet-2025-05-06';
    const mexico = clashing.actors.findIndex((a) => a.id === 'mexico');
    clashing.actors[mexico]!.kind = 'GROUP';
    const at = await folder('kind-clash', [null, JSON.stringify(clashing)]);
    const error = await loadArticles([at]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticleValidationError);
    const message = (error as ArticleValidationError).message;
    expect((error as ArticleValidationError).file).toBe(path.join(at, 'doc-001.json'));
    expect(message).toContain(`actors[${mexico}].kind`);
    expect(message).toContain('id "mexico" is declared as GROUP here but as COUNTRY in');
    expect(message).toContain(path.join(at, 'doc-000.json'));
  });
});
