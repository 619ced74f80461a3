// How a statement's words are shown: a verbatim quote between quotation marks, a paraphrase never (it is the
// article's wording, not the speaker's), marked with ≈ and set in italics wherever styling is possible.
import type { StatementKind } from '../domain/types.ts';

/** Written before a paraphrase where quotation marks would stand around a quote. */
export const PARAPHRASE_MARK = '≈';

/** “words” for a quote, "≈ gist" for a paraphrase. */
export function statementTitle(text: string, kind: StatementKind): string {
  return kind === 'QUOTE' ? `“${text}”` : `${PARAPHRASE_MARK} ${text}`;
}

/** "Sheinbaum: “words”" or "Sheinbaum, paraphrased: gist". */
export function attributed(speaker: string, text: string, kind: StatementKind): string {
  return kind === 'QUOTE' ? `${speaker}: “${text}”` : `${speaker}, paraphrased: ${text}`;
}
