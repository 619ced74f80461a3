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

// Loose view of the raw JSON, only for mutating it in tests.
interface RawSpan { start: number; end: number; quote: string }
interface RawDoc {
  source: Record<string, unknown>;
  actors: Array<Record<string, unknown> & { evidence: RawSpan[] }>;
  events: Array<Record<string, unknown> & { id: string; date: string; participants: Array<{ actor: string }>; links: Array<{ target: string }> }>;
  statements: Array<Record<string, unknown> & { speaker: string }>;
  relationships: Array<Record<string, unknown> & { target: string }>;
}

function mutated(change: (doc: RawDoc) => void): unknown {
  const doc = structuredClone(original) as RawDoc;
  change(doc);
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
    expect(validateArticle(FILE, structuredClone(original), text).source.id).toBe('thin-line-news-2025-05-05');
  });

  it.each<[string, (doc: RawDoc) => void, string, RegExp]>([
    ['a month that does not exist', (d) => { d.events[0]!.date = '2025-13'; }, 'events[0].date', /"2025-13" is not a supported EDTF date/],
    ['prose instead of a date', (d) => { d.statements[0]!.date = 'early May'; }, 'statements[0].date', /not a supported EDTF date/],
    ['an interval that ends before it starts', (d) => { d.events[1]!.date = '2025-05/2025-01'; }, 'events[1].date', /not a supported EDTF date/],
    ['a quote that does not match the text', (d) => { d.actors[0]!.evidence[0]!.quote = 'Mexican President Claudia Sheinbaun'; }, 'actors[0].evidence[0].quote', /does not match the text at 83\.\.118/],
    ['a span past the end of the text', (d) => { d.actors[0]!.evidence[0]!.end = text.length + 10; }, 'actors[0].evidence[0]', /outside the text/],
    ['a span that ends before it starts', (d) => { const s = d.actors[0]!.evidence[0]!; s.end = s.start - 1; }, 'actors[0].evidence[0]', /outside the text/],
    ['an unknown participant', (d) => { d.events[0]!.participants[0]!.actor = 'jane-doe'; }, 'events[0].participants[0].actor', /unknown actor "jane-doe"/],
    ['an unknown speaker', (d) => { d.statements[0]!.speaker = 'jane-doe'; }, 'statements[0].speaker', /unknown actor "jane-doe"/],
    ['an unknown relationship target', (d) => { d.relationships[0]!.target = 'atlantis'; }, 'relationships[0].target', /unknown actor "atlantis"/],
    ['a link to an unknown event', (d) => { d.events[1]!.links[0]!.target = 'no-such-event'; }, 'events[1].links[0].target', /unknown event "no-such-event"/],
    ['a quote nested in an unknown statement', (d) => { d.statements[1]!.quotedIn = 'no-such-statement'; }, 'statements[1].quotedIn', /unknown statement/],
    ['a statement quoting itself', (d) => { d.statements[1]!.quotedIn = d.statements[1]!.id; }, 'statements[1].quotedIn', /cannot quote itself/],
    ['a missing actor name', (d) => { delete d.actors[0]!.name; }, 'actors[0].name', /./],
    ['a missing source title', (d) => { delete d.source.title; }, 'source.title', /./],
    ['a missing event date', (d) => { delete (d.events[2] as Record<string, unknown>).date; }, 'events[2].date', /./],
    ['an event without evidence', (d) => { d.events[0]!.evidence = []; }, 'events[0].evidence', /at least one evidence span/],
    ['a duplicate event id', (d) => { d.events[1]!.id = d.events[0]!.id; }, 'events[1].id', /already used at events\[0\]/],
    ['an event id equal to an actor id', (d) => { d.events[0]!.id = 'mexico'; }, 'events[0].id', /already used at actors\[3\]/],
    ['an id that is not kebab-case', (d) => { d.actors[0]!.id = 'Claudia_Sheinbaum'; }, 'actors[0].id', /kebab-case/],
    ['an unknown field', (d) => { d.actors[0]!.nickname = 'Claudia'; }, 'actors[0]', /nickname/],
    ['an unknown actor kind', (d) => { d.actors[0]!.kind = 'ROBOT'; }, 'actors[0].kind', /./],
  ])('rejects %s at %s', (_, change, field, message) => {
    const error = rejection(mutated(change));
    expect(error.file).toBe(FILE);
    const issue = error.issues.find((i) => i.path === field);
    expect(issue, JSON.stringify(error.issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain(`${field}:`);
  });

  it('reports every problem at once, not only the first', () => {
    const error = rejection(
      mutated((d) => {
        d.events[0]!.date = '2025-13';
        d.statements[0]!.speaker = 'jane-doe';
        d.relationships[0]!.target = 'atlantis';
      }),
    );
    expect(error.issues.map((i) => i.path)).toEqual(['events[0].date', 'statements[0].speaker', 'relationships[0].target']);
  });

  it('keeps date errors to one line per issue', () => {
    const error = rejection(mutated((d) => { d.events[0]!.date = '2025-13'; }));
    expect(error.message.split('\n')).toHaveLength(2);
  });

  it('rejects an unsupported format version', () => {
    const error = rejection(mutated((d) => { (d as unknown as Record<string, unknown>).formatVersion = 2; }));
    expect(error.issues.map((i) => i.path)).toEqual(['formatVersion']);
  });
});

describe('loadArticle', () => {
  async function withDocument(raw: unknown, body: (file: string) => Promise<void>): Promise<void> {
    const dir = await mkdtemp(path.join(tmpdir(), 'kg-article-'));
    try {
      const file = path.join(dir, 'broken.json');
      await writeFile(file, typeof raw === 'string' ? raw : JSON.stringify(raw));
      await body(file);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('names the file when the text file is missing beside it', async () => {
    await withDocument(original, async (file) => {
      const error = await loadArticle(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArticleValidationError);
      expect((error as ArticleValidationError).message).toContain(file);
      expect((error as ArticleValidationError).issues.map((i) => i.path)).toEqual(['source.textFile']);
    });
  });

  it('names the file when it is not JSON', async () => {
    await withDocument('{ "formatVersion": 1,', async (file) => {
      const error = await loadArticle(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ArticleValidationError);
      expect((error as ArticleValidationError).message).toContain(file);
      expect((error as ArticleValidationError).message).toMatch(/cannot read as JSON/);
    });
  });
});
