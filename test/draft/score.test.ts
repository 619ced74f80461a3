// The drafter on the seed article's text, scored against the finished document: the targets, measured.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { scoreDraft, type Score } from '../../seed/draft/score.ts';
import { articleDocumentSchema, type ArticleDocument } from '../../server/article/document-schema.ts';
import { draftSeed, scratchDir, SEED_DOC, type Scratch } from './draft-fixture.ts';

let scratch: Scratch;
let draft: ArticleDocument;
let finished: ArticleDocument;
let score: Score;
const metric = (name: string) => {
  const m = score.metrics.find((x) => x.name.startsWith(name))!;
  return m.found / m.of;
};

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => {});
  scratch = scratchDir();
  // No graph: the drafter borrows no name or alias from the finished document it is scored against.
  const read = (file: string) => articleDocumentSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  draft = read(await draftSeed(scratch.dir));
  finished = read(SEED_DOC);
  score = scoreDraft(draft, finished);
});
afterAll(() => scratch.remove());

it('meets the targets on the seed article', () => {
  expect(metric('actors')).toBeGreaterThanOrEqual(0.9);
  expect(metric('quotations found')).toBeGreaterThanOrEqual(0.9);
  expect(metric('quotations with the right speaker')).toBeGreaterThanOrEqual(0.8);
  expect(metric('dates')).toBeGreaterThanOrEqual(0.9);
  expect(score.overPrecise).toEqual([]);
});

it('marks every item proposed, with a confidence and a reason', () => {
  const all = [
    ...draft.actors,
    ...draft.events,
    ...draft.statements,
    ...draft.relationships,
    ...draft.source.citations,
  ];
  for (const item of all) {
    expect(item.review?.status).toBe('proposed');
    expect(item.review?.confidence).toBeGreaterThan(0);
    expect(item.review?.reason?.length).toBeGreaterThan(5);
  }
});

it('resolves the nested quotes to their speakers and the block quote to its event', () => {
  const trump = draft.statements.find((s) => s.text.startsWith('How can we help you'));
  const block = draft.statements.find((s) => s.text.startsWith("He said, 'How can we help"));
  expect(block?.speaker).toBe('claudia-sheinbaum');
  expect(trump?.quotedIn).toBe(block?.id);
  expect(draft.actors.find((a) => a.id === trump?.speaker)?.aliases).toContain('President Trump');
  expect(draft.events.find((e) => e.id === block?.event)?.kind).toBe('press-conference');
});

it('counts a date more precise than the finished one', () => {
  const sharper = structuredClone(draft);
  const designation = sharper.events.find((e) => e.date === '2025-02')!;
  designation.date = '2025-02-14';
  expect(scoreDraft(sharper, finished).overPrecise).toEqual([
    expect.stringMatching(/^2025-02-us-cartel-fto-designation: drafted 2025-02-14, finished 2025-02$/),
  ]);
});
