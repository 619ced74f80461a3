// Cuts the article into paragraphs (blank lines) and sentences (compromise), as spans into the original text.
import nlp from 'compromise';
import type { Paragraph, Sentence, TextModel } from './types.ts';

export function buildTextModel(text: string): TextModel {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  // Single newlines also end a paragraph: plain-text exports put one paragraph per line.
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end <= start) continue;
    const index = paragraphs.length;
    paragraphs.push({ start, end });
    for (const s of splitSentences(text, start, end)) sentences.push({ ...s, paragraph: index });
  }
  return { text, paragraphs, sentences };
}

function splitSentences(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const para = text.slice(start, end);
  const out: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  // tokenize() splits without tagging: sentences need no part-of-speech, and tagging is most of compromise's cost.
  for (const s of nlp.tokenize(para).json() as Array<{ text: string }>) {
    // compromise's offsets drift on some characters, so the sentence is found again from where the last one ended.
    const words = s.text.trim();
    if (!words) continue;
    const at = para.indexOf(words, cursor);
    const from = at >= 0 ? at : cursor;
    const to = at >= 0 ? at + words.length : para.length;
    out.push({ start: start + from, end: start + to });
    cursor = to;
  }
  if (out.length === 0) out.push({ start, end });
  // Whatever compromise left out (trailing characters) belongs to the last sentence.
  const last = out[out.length - 1]!;
  if (last.end < end) last.end = end;
  return out;
}

/** The sentence holding offset `at`, or undefined outside every sentence. */
export function sentenceAt(model: TextModel, at: number): Sentence | undefined {
  return model.sentences.find((s) => s.start <= at && at < s.end);
}
