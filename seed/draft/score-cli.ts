// npm run draft:score -- DRAFT.json FINISHED.json: prints the score table (markdown) of a draft.
import { readFileSync } from 'node:fs';
import { articleDocumentSchema } from '../../server/article/document-schema.ts';
import { formatScore, scoreDraft } from './score.ts';

function read(file: string) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read as JSON: ${(e as Error).message}`);
  }
  const doc = articleDocumentSchema.safeParse(raw);
  if (!doc.success) throw new Error(`${file}: not an article document: ${doc.error.issues[0]?.message ?? ''}`);
  return doc.data;
}

const [draft, finished] = process.argv.slice(2);
if (!draft || !finished) {
  console.error('usage: npm run draft:score -- DRAFT.json FINISHED.json');
  process.exit(2);
}
try {
  const score = scoreDraft(read(draft), read(finished));
  console.log(formatScore(score));
  process.exitCode = score.overPrecise.length > 0 ? 1 : 0;
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
