// Writes a file whole or not at all: a temporary file beside the target, renamed over it.
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function writeAtomically(file: string, contents: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, contents);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The document as the project writes them: two-space JSON and a final newline. */
export function documentJson(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
