// Reads an article's text, refusing what cannot be one: a missing, empty or binary file.
import { readFileSync, statSync } from 'node:fs';

export class DraftInputError extends Error {}

export function readArticleText(file: string): string {
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) throw new DraftInputError(`${file}: not a file`);
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof DraftInputError) throw e;
    throw new DraftInputError(`${file}: cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (bytes.length === 0) throw new DraftInputError(`${file}: the file is empty; there is nothing to draft`);
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new DraftInputError(`${file}: binary data (a NUL byte at offset ${nul}); save the article as UTF-8 text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new DraftInputError(`${file}: not valid UTF-8 text; save the article as UTF-8`);
  }
  if (text.trim() === '')
    throw new DraftInputError(`${file}: the file holds only white space; there is nothing to draft`);
  // A byte-order mark is not article text, and would shift every offset by one.
  if (text.startsWith('\uFEFF'))
    throw new DraftInputError(`${file}: starts with a byte-order mark; save it as UTF-8 without BOM`);
  return text;
}

/** `--published` must be a real calendar day, YYYY-MM-DD. */
export function checkPublished(value: string | undefined): string {
  if (!value) throw new DraftInputError('--published is required: the publication day, YYYY-MM-DD');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!)
    throw new DraftInputError(
      `--published "${value}" is not a day: write the publication day as YYYY-MM-DD, e.g. 2025-05-05`,
    );
  return value;
}
