// Bad input to `npm run draft`: each case gives a clear message and leaves nothing behind.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { main } from '../../seed/draft/cli.ts';
import { writeAtomically } from '../../seed/draft/write-document.ts';
import { loadArticles } from '../../server/article/load-articles.ts';
import { validateArticle } from '../../server/article/validate-article.ts';
import { scratchDir, type Scratch } from './draft-fixture.ts';

let scratch: Scratch;
let logs: string[];
beforeEach(() => {
  scratch = scratchDir();
  logs = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void logs.push(a.join(' ')));
});
afterEach(() => {
  vi.restoreAllMocks();
  scratch.remove();
});

const args = (file: string, ...more: string[]) => [
  file,
  '--source-id',
  'example-news-2025-05-05',
  '--title',
  'T',
  '--publisher',
  'P',
  '--published',
  '2025-05-05',
  '--no-graph',
  ...more,
];
const write = (name: string, data: string | Buffer) => {
  const file = path.join(scratch.dir, name);
  writeFileSync(file, data);
  return file;
};
const leftBehind = () => readdirSync(scratch.dir).filter((f) => f.endsWith('.json') || f.endsWith('.tmp'));

it('refuses an empty file', async () => {
  await expect(main(args(write('a.txt', '')))).rejects.toThrow(/a\.txt: the file is empty; there is nothing to draft/);
  await expect(main(args(write('b.txt', ' \n\n ')))).rejects.toThrow(/only white space/);
  expect(leftBehind()).toEqual([]);
});

it('refuses a binary file, naming the offending byte', async () => {
  await expect(main(args(write('a.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))))).rejects.toThrow(
    /binary data \(a NUL byte at offset 4\)/,
  );
  await expect(main(args(write('b.txt', Buffer.from([0x41, 0xc3, 0x28]))))).rejects.toThrow(/not valid UTF-8 text/);
  expect(leftBehind()).toEqual([]);
});

it('refuses a --published that is not a day', async () => {
  const file = write('a.txt', 'Maria Lopez said "we will go on" on Monday.');
  for (const bad of ['2025-13-01', '2025-02-30', 'May 5, 2025', '2025-05']) {
    const a = args(file);
    a[a.indexOf('--published') + 1] = bad;
    await expect(main(a)).rejects.toThrow(`--published "${bad}" is not a day: write the publication day as YYYY-MM-DD`);
  }
  expect(leftBehind()).toEqual([]);
});

it('refuses an unknown --graph path', async () => {
  const file = write('a.txt', 'Maria Lopez said "we will go on" on Monday.');
  const a = args(file).filter((x) => x !== '--no-graph');
  await expect(main([...a, '--graph', path.join(scratch.dir, 'nope')])).rejects.toThrow(
    /--graph: no such file or folder: .*nope/,
  );
  expect(leftBehind()).toEqual([]);
});

it('drafts a text with no dates and no quotes, says so, and the draft is valid but for its review marks', async () => {
  const file = write(
    'a.txt',
    'Mayor Maria Lopez met Governor Juan Perez at the town hall.\n\nThe Senate rejected the budget.\n',
  );
  expect(await main(args(file))).toBe(0);
  expect(logs.join('\n')).toMatch(/note: no quotation found in the text/);
  expect(logs.join('\n')).toMatch(/note: no date found for any event; each is "on or before 2025-05-05"/);
  const out = path.join(scratch.dir, 'example-news-2025-05-05.json');
  const doc = JSON.parse(readFileSync(out, 'utf8'));
  expect(doc.actors.map((a: { name: string }) => a.name)).toEqual(
    expect.arrayContaining(['Maria Lopez', 'Juan Perez', 'Senate']),
  );
  expect(doc.statements).toEqual([]);
  expect(() => validateArticle(out, doc, readFileSync(file, 'utf8'))).toThrow(/still proposed by the drafter/);
  // Accepting every item is all it takes to make it loadable.
  for (const k of ['actors', 'events', 'statements', 'relationships'])
    for (const x of doc[k]) x.review.status = 'accepted';
  writeFileSync(out, JSON.stringify(doc));
  expect((await loadArticles([out]))[0]!.actors.length).toBe(doc.actors.length);
});

it('will not replace an existing document without --force', async () => {
  const file = write('a.txt', 'Mayor Maria Lopez met Governor Juan Perez.');
  const out = write('example-news-2025-05-05.json', '{"finished": true}');
  await expect(main(args(file))).rejects.toThrow(/exists; give --force to replace it/);
  expect(readFileSync(out, 'utf8')).toBe('{"finished": true}');
  expect(await main(args(file, '--force'))).toBe(0);
  expect(JSON.parse(readFileSync(out, 'utf8')).formatVersion).toBe(1);
});

it('refuses a text in which it finds no actor, writing nothing', async () => {
  await expect(main(args(write('a.txt', 'it rained all day and nobody came.')))).rejects.toThrow(
    /no actor found .*nothing written/,
  );
  expect(leftBehind()).toEqual([]);
});

it('leaves no temporary file when a write fails', () => {
  const target = path.join(scratch.dir, 'taken');
  mkdirSync(path.join(target, 'inside'), { recursive: true });
  expect(() => writeAtomically(target, 'x')).toThrow();
  expect(readdirSync(scratch.dir)).toEqual(['taken']);
});

it('refuses to review a file that is not there', async () => {
  await expect(main(['--review', path.join(scratch.dir, 'nope.json')])).rejects.toThrow(
    /--review: no such file: .*nope\.json/,
  );
});
