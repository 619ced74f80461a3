// A scratch folder with an article's text and its draft, made with the real CLI; removed by the caller.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../seed/draft/cli.ts';

export const SEED_ID = 'thin-line-news-2025-05-05';
export const SEED_TEXT = fileURLToPath(new URL(`../../seed/articles/${SEED_ID}.txt`, import.meta.url));
export const SEED_DOC = fileURLToPath(new URL(`../../seed/articles/${SEED_ID}.json`, import.meta.url));

export interface Scratch {
  dir: string;
  remove(): void;
}

export function scratchDir(): Scratch {
  const dir = mkdtempSync(path.join(tmpdir(), 'kg-draft-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Drafts the seed article's text into `dir/draft.json` (no graph: nothing borrowed from the finished document). */
export async function draftSeed(dir: string, extra: string[] = ['--no-graph']): Promise<string> {
  const text = path.join(dir, `${SEED_ID}.txt`);
  copyFileSync(SEED_TEXT, text);
  const out = path.join(dir, 'draft.json');
  const args = [
    text,
    '--source-id',
    SEED_ID,
    '--title',
    'Mexico rejects U.S. military assistance amid rising cartel violence',
  ];
  await main([...args, '--publisher', 'Thin Line News', '--published', '2025-05-05', '--out', out, ...extra]);
  return out;
}
