// Quoted words: straight and curly double quotes, single quotes (nested inside others, or British-style on their
// own), and block quotes (a paragraph introduced by one ending in a colon, "..., stating:").
import type { Span, TextModel } from './types.ts';

export interface QuoteSpan extends Span {
  /** The words only, without the marks. */
  paragraph: number;
  /** Index of the quote this one sits inside. */
  parent?: number;
  /** For a block quote: the paragraph that introduces it. */
  intro?: Span;
  /** Too short to be a statement on its own: scare quotes ("so-called 'experts'"), kept only as a parent. */
  short?: boolean;
}

const OPENERS = new Set(['“', '"', '‘', "'"]);
const isLetter = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const MIN_WORDS = 3;

export function findQuotes(model: TextModel): QuoteSpan[] {
  const { text, paragraphs } = model;
  const out: QuoteSpan[] = [];
  paragraphs.forEach((p, i) => {
    const prev = paragraphs[i - 1];
    if (
      prev &&
      /:\s*$/.test(text.slice(prev.start, p.start)) &&
      text.slice(p.start, p.end).split(/\s+/).length >= MIN_WORDS
    ) {
      // The block is one quote; quotes inside it are nested in it.
      const block = out.push({ ...trimMarks(text, p.start, p.end), paragraph: i, intro: prev }) - 1;
      inline(text, p, i, out, block);
    } else inline(text, p, i, out, undefined);
  });
  return out;
}

function inline(text: string, p: Span, paragraph: number, out: QuoteSpan[], block: number | undefined): void {
  // Each quote takes its index when it opens, so quotes nested in it can point at it before it closes.
  const stack: Array<{ mark: string; index: number }> = [];
  const dropped = new Set<number>();
  const close = (at: number) => {
    const open = stack.pop()!;
    const q = out[open.index]!;
    Object.assign(q, trim(text, { start: q.start, end: at }));
    if (words(text, q) < MIN_WORDS && q.parent === undefined) dropped.add(open.index);
  };
  for (let at = p.start; at < p.end; at++) {
    const c = text[at]!;
    const before = text[at - 1];
    const after = text[at + 1];
    const top = stack[stack.length - 1];
    const single = c === '‘' || c === '’' || c === "'";
    // An apostrophe between letters ("They’re", "Trump's") is never a quote mark.
    if (single && isLetter(before) && isLetter(after)) continue;
    const closes =
      top !== undefined &&
      (c === '”' ||
        (c === '"' && top.mark === '"') ||
        ((c === '’' || c === "'") && (top.mark === '‘' || top.mark === "'"))) &&
      !isLetter(after);
    if (closes) {
      close(at);
      continue;
    }
    const opens = OPENERS.has(c) && !isLetter(before) && after !== undefined && /[\p{L}\p{N}….]/u.test(after);
    if (!opens) continue;
    // A quote opened inside another (or inside a block quote) is nested in it.
    const parent = top ? top.index : block;
    stack.push({ mark: c, index: out.length });
    out.push({ start: at + 1, end: -1, paragraph, ...(parent !== undefined ? { parent } : {}) });
  }
  // A quote still open at the paragraph's end runs to it (news style for a quote that goes on, or a typo).
  while (stack.length > 0) close(p.end);
  for (const i of dropped) out[i]!.short = true;
}

function words(text: string, s: Span): number {
  return text.slice(s.start, s.end).trim().split(/\s+/).filter(Boolean).length;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
  return { start, end };
}

function trimMarks(text: string, start: number, end: number): Span {
  if (/^["“]/.test(text[start]!) && /["”]$/.test(text[end - 1]!)) return { start: start + 1, end: end - 1 };
  return { start, end };
}
