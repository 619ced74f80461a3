// validateArticle rejects malformed documents with an error naming the file and each field at fault.
// Cases are mutations of the real seed document, so they stay in step with the format.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleValidationError } from '../../server/article/article-validation-error.ts';
import { DEFAULT_ARTICLES_DIR, loadArticle } from '../../server/article/load-articles.ts';
import { validateArticle } from '../../server/article/validate-article.ts';

const FILE = 'thin-line-news-2025-05-05.json';
const original: unknown = JSON.parse(await readFile(path.join(DEFAULT_ARTICLES_DIR, FILE), 'utf8'));
const text = await readFile(path.join(DEFAULT_ARTICLES_DIR, 'thin-line-news-2025-05-05.txt'), 'utf8');

const REMOVE = Symbol('remove');

/** A copy of the seed document with the field at `at` (e.g. `events[0].date`) set, or removed. */
function mutated(...changes: Array<[at: string, value: unknown]>): unknown {
  const doc: unknown = structuredClone(original);
  for (const [at, value] of changes) {
    const keys = at.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
    const last = keys.pop();
    let parent = doc as Record<string, unknown>;
    for (const key of keys) parent = parent[key] as Record<string, unknown>;
    if (last === undefined || typeof parent !== 'object') throw new Error(`no field at ${at}`);
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return doc;
}

/** The error validateArticle throws for `raw`; fails the test when it accepts it. */
function rejection(raw: unknown): ArticleValidationError {
  try {
    validateArticle(FILE, raw, text);
  } catch (e) {
    if (e instanceof ArticleValidationError) return e;
    throw e;
  }
  throw new Error('the document was accepted');
}

describe('validateArticle', () => {
  it('accepts the seed document unchanged', () => {
    expect(validateArticle(FILE, mutated(), text).source.id).toBe('thin-line-news-2025-05-05');
  });

  // [case, field changed, new value, path the error must name, what it must say]
  // prettier-ignore
  it.each<[string, string, unknown, string, RegExp]>([
    ['a month that does not exist', 'events[0].date', '2025-13', 'events[0].date', /"2025-13" is not a supported EDTF date/],
    ['prose instead of a date', 'statements[0].date', 'early May', 'statements[0].date', /not a supported EDTF date/],
    ['an interval ending before it starts', 'events[1].date', '2025-05/2025-01', 'events[1].date', /not a supported EDTF/],
    ['a bad relationship date', 'relationships[3].date', '2025-02-30', 'relationships[3].date', /February 2025 has 28 days/],
    ['a quote not matching the text', 'actors[0].evidence[0].quote', 'Mexican President Claudia Sheinbaun', 'actors[0].evidence[0].quote', /does not match the text at 83\.\.118/],
    ['a span past the end of the text', 'actors[0].evidence[0].end', 99_999, 'actors[0].evidence[0]', new RegExp(`outside the text \\(length ${text.length}\\)`)],
    ['a span ending before it starts', 'actors[0].evidence[0].end', 80, 'actors[0].evidence[0]', /outside the text/],
    ['a wrong quote on an event link', 'events[1].links[0].evidence[0].start', 0, 'events[1].links[0].evidence[0].quote', /does not match/],
    ['a wrong quote on a citation', 'source.citations[0].evidence[0].start', 0, 'source.citations[0].evidence[0].quote', /does not match/],
    ['an unknown participant', 'events[0].participants[0].actor', 'jane-doe', 'events[0].participants[0].actor', /unknown actor "jane-doe"/],
    ['an unknown speaker', 'statements[0].speaker', 'jane-doe', 'statements[0].speaker', /unknown actor "jane-doe"/],
    ['an unknown relationship target', 'relationships[0].target', 'atlantis', 'relationships[0].target', /unknown actor "atlantis"/],
    ['an unknown role holder', 'actors[0].roles[0].of', 'atlantis', 'actors[0].roles[0].of', /unknown actor "atlantis"/],
    ['an unknown cited actor', 'source.citations[0].actor', 'atlantis', 'source.citations[0].actor', /unknown actor/],
    ['a link to an unknown event', 'events[1].links[0].target', 'no-such-event', 'events[1].links[0].target', /unknown event "no-such-event"/],
    ['a statement at an unknown event', 'statements[0].event', 'no-such-event', 'statements[0].event', /unknown event/],
    ['a quote nested in an unknown statement', 'statements[1].quotedIn', 'no-such-statement', 'statements[1].quotedIn', /unknown statement/],
    ['a statement quoting itself', 'statements[1].quotedIn', 'donald-trump-how-can-we-help-you-fight-drug-trafficking', 'statements[1].quotedIn', /cannot quote itself/],
    ['a missing actor name', 'actors[0].name', REMOVE, 'actors[0].name', /./],
    ['a missing source title', 'source.title', REMOVE, 'source.title', /./],
    ['a missing event date', 'events[2].date', REMOVE, 'events[2].date', /./],
    ['a missing statement speaker', 'statements[0].speaker', REMOVE, 'statements[0].speaker', /./],
    ['an event without evidence', 'events[0].evidence', [], 'events[0].evidence', /at least one evidence span/],
    ['a duplicate event id', 'events[1].id', '2025-01-trump-border-directive', 'events[1].id', /already used at events\[0\]/],
    ['an event id equal to an actor id', 'events[0].id', 'mexico', 'events[0].id', /already used at actors\[3\]/],
    ['an id that is not kebab-case', 'actors[0].id', 'Claudia_Sheinbaum', 'actors[0].id', /kebab-case/],
    ['a relationship type not in UPPER_SNAKE_CASE', 'relationships[0].type', 'leads', 'relationships[0].type', /UPPER_SNAKE_CASE/],
    ['an unknown actor kind', 'actors[0].kind', 'ROBOT', 'actors[0].kind', /./],
    ['an unknown field', 'actors[0].nickname', 'Claudia', 'actors[0]', /nickname/],
    ['a publication date that is not a day', 'source.publishedAt', '2025-05', 'source.publishedAt', /ISO day/],
    ['another format version', 'formatVersion', 2, 'formatVersion', /./],
  ])('rejects %s', (_, at, value, field, message) => {
    const error = rejection(mutated([at, value]));
    expect(error.file).toBe(FILE);
    const issue = error.issues.find((i) => i.path === field);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`  - ${field}: `);
  });

  it('reports every problem at once, each on one line', () => {
    const error = rejection(
      mutated(
        ['events[0].date', '2025-13'],
        ['statements[0].speaker', 'jane-doe'],
        ['relationships[0].target', 'atlantis'],
      ),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'events[0].date',
      'statements[0].speaker',
      'relationships[0].target',
    ]);
    expect(error.message.split('\n')).toHaveLength(4);
  });
});

describe('loadArticle', () => {
  async function loadFailure(contents: string): Promise<{ file: string; error: unknown }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-article-'));
    try {
      const file = path.join(dir, 'broken.json');
      await writeFile(file, contents);
      return {
        file,
        error: await loadArticle(file).then(
          () => null,
          (e: unknown) => e,
        ),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('names the file when its text file is not beside it', async () => {
    const { file, error } = await loadFailure(JSON.stringify(original));
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect((error as ArticleValidationError).message).toContain(file);
    expect((error as ArticleValidationError).issues.map((i) => i.path)).toEqual(['source.textFile']);
  });

  it('names the file when it is not JSON', async () => {
    const { file, error } = await loadFailure('{ "formatVersion": 1,');
    expect(error).toBeInstanceOf(ArticleValidationError);
    expect((error as ArticleValidationError).message).toContain(file);
    expect((error as ArticleValidationError).message).toMatch(/cannot read as JSON/);
  });
});
